import sys

from collector_desk.cli import main

sys.exit(main())
