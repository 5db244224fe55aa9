"""``python -m newsseed``: the same as the ``newsseed`` command."""

from newsseed._cli import main

if __name__ == "__main__":
    raise SystemExit(main())
