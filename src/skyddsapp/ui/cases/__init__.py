"""The case list and the case view: its header, tabs, persons and dialogs."""
