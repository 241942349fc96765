"""The frozen program's entry point (packaging/dual_reader.spec): the same `main` as the `reader`
console script, so the installed program takes every subcommand, `--self-test` and files to open."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # an import worker process re-enters here and must stop at this line
    from reader.cli import main

    sys.exit(main())
