"""PDF forms rendered in memory (see the paperwork issue)."""
