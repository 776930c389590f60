"""Text-level tools: normalisation with offset maps, digits, sentence splitting."""
