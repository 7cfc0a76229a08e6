"""Run the Organiser window: ``python main.py [--sample] [FILE]``."""

import sys

from organiser.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
