import sys

from organiser.cli import run

sys.exit(run())
