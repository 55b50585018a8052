"""Bundle start-up on Linux: fontconfig (used by Qt and by WeasyPrint's Pango) also sees the bundled Noto fonts.

On a system with no fonts at all, the window's text and the PDF report would otherwise be empty boxes. The bundled
configuration includes the system's own first, so installed fonts keep working. A FONTCONFIG_FILE set by the user
or the system is left alone.
"""

import os
import sys

from omnibus.resources import resource

if sys.platform.startswith("linux") and not os.environ.get("FONTCONFIG_FILE"):
    os.environ["FONTCONFIG_FILE"] = str(resource("fontconfig") / "fonts.conf")
