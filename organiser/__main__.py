import sys

from organiser.cli import main

sys.exit(main())
