"""Shared by every test folder."""

# pytest reads `filterwarnings` (pyproject.toml) before any test, and that imports part of pydantic. PySide6's import
# hook, installed once a test module imports Qt, then trips over pydantic's lazy attributes when the rest of pydantic
# loads: a circular import, seen only when one such test file runs alone. The program never has half of pydantic
# loaded when Qt starts; importing it whole here, before Qt, keeps the tests in that state.
import pydantic.fields  # noqa: F401
