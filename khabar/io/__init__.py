"""Getting articles in: bytes to text, files and JSON Lines to records."""
