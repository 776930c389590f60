"""Statistical Hindi named-entity recogniser (PER, LOC, ORG)."""

from khabar.ner.model import EntitySpan, Tagger, load_model
from khabar.ner.tokenize import Token, tokenize

__all__ = ["EntitySpan", "Tagger", "Token", "load_model", "tokenize"]
