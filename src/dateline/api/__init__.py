"""Public Python API (``api.python``) and the REST API (``api.rest``)."""
