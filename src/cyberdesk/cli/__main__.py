"""``python -m cyberdesk.cli``: the ``cyberdesk`` command without the installed script."""

from . import main

main()
