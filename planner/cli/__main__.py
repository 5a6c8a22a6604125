"""`python -m planner.cli`: the same command as the `planner` console script."""

import sys

from planner.cli import main

sys.exit(main())
