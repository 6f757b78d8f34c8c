"""``python -m communique.cli``."""

import sys

from . import main

sys.exit(main())
