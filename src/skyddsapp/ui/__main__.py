"""`python -m skyddsapp.ui`: start the desktop client."""

from __future__ import annotations

import sys

from skyddsapp.ui.shell.app import main

sys.exit(main())
