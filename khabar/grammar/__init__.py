"""What Hindi grammar tells the later stages: tense, negation and modality of verb groups."""

# The end of a Devanagari word in a regular expression: no Devanagari letter, sign or digit follows.
# The dandas (। ॥, U+0964-0965) end a word like a space, so they are left out of the class.
WORD_END = r"(?![\u0900-\u0963\u0966-\u097f])"
