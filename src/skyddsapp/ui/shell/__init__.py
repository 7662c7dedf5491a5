"""The frame around the work: start, unlock, the main window, locking, settings."""
