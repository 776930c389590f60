"""khabar: raw news articles in, structured and linked knowledge out.

>>> import khabar
>>> doc = khabar.analyze("पहला वाक्य है। दूसरा वाक्य है।")
>>> doc.sentence_texts()
['पहला वाक्य है।', 'दूसरा वाक्य है।']
"""

from __future__ import annotations

import logging

from khabar.errors import InputError, KhabarError, PipelineError
from khabar.model import Actor, Article, ArticleError, Entity, Event, Quote, Span, TimeExpr, Trigger
from khabar.pipeline import Pipeline, analyze, default_pipeline

__all__ = [
    "Actor",
    "Article",
    "ArticleError",
    "Entity",
    "Event",
    "InputError",
    "KhabarError",
    "Pipeline",
    "PipelineError",
    "Quote",
    "Span",
    "TimeExpr",
    "Trigger",
    "analyze",
    "default_pipeline",
]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
