"""``python -m studio`` and the PyInstaller entry point: the ``studio`` command."""

import sys

from studio.cli import main

if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # the batch pool's workers, in a PyInstaller build
    sys.exit(main())
