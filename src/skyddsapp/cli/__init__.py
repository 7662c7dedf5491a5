"""Administrator command line: `skyddsapp vault|user|audit|demo`."""
