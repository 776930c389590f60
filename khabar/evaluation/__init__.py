"""Evaluation: each capability's figures on the data in ../shared (``python -m khabar.evaluation``)."""
