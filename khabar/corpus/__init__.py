"""The corpus: ingest (sources, feeds), near-duplicates, stories, search, watch lists and export,
over the store in khabar.store. Evaluation: ``python -m khabar.corpus.evaluate``; benchmark:
``python -m khabar.corpus.benchmark``."""
