"""How a render tells its caller where it stands (the hand-in page's worker shows a progress bar)."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[float, str], None]
"""Called as `progress(fraction, stage)` from the rendering thread; stage is prepare, layout, pdf or done."""
