"""The new-case wizard and its pages."""
