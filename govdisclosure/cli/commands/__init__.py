"""One module a command: each adds its subparser (``add``) and runs it (``run``)."""
