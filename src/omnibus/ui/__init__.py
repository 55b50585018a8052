"""The desktop application (PySide6). The only package that imports Qt; it reaches data only through the service."""

import PySide6.QtCore  # noqa: F401 - loads the import scan that the next line makes cheaper

from omnibus.ui.import_scan import use_cheaper_import_scan

use_cheaper_import_scan()
