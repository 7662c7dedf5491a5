"""PySide6 desktop client (see the desktop issue)."""
