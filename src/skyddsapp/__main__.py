"""`python -m skyddsapp` runs the command line."""

from skyddsapp.cli.main import main

raise SystemExit(main())
