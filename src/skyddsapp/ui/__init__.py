"""PySide6 desktop client, by screen (see README, "Layout").

Importing the package guards ``None`` against PySide6 6.12.0's reference leak on CPython 3.11
(`none_guard`), before any Qt call can leak it.
"""

from skyddsapp.ui import none_guard

none_guard.install()
