"""``python -m ui`` and the PyInstaller build's entry: the same as ``campaign-planner``."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
