"""``khabar serve``: a JSON API and server-rendered web pages over the corpus store."""

from khabar.web.app import create_app
from khabar.web.settings import Settings

__all__ = ["Settings", "create_app"]
