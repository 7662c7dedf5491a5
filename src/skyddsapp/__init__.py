"""skyddsapp: offline, encrypted case handling for safe housing after violence."""

__version__ = "0.1.0"
