"""Bundle start-up: a `portable.txt` beside the executable keeps all user data in `data/` beside it."""

import sys
from pathlib import Path

from omnibus import portable

portable.activate(Path(sys.executable).resolve().parent)
