"""One module per API namespace (``client.runs``, ``client.machines``, ...)."""
