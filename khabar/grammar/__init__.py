"""What Hindi grammar tells the later stages: tense, negation and modality of verb groups."""
