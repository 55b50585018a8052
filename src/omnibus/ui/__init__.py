"""The desktop application (PySide6). The only package that imports Qt; it reaches data only through the service."""
