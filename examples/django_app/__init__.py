"""Patient lookup through Cyberdesk as a minimal Django project (see ``views.py``)."""
