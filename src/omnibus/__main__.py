from omnibus.cli import main

raise SystemExit(main())
