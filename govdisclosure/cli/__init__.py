"""The ``govdisclosure`` command line."""

from govdisclosure.cli.main import main

__all__ = ["main"]
