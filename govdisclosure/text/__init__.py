"""From input to text: decoding, HTML to text, the compact view, spans and sentences."""
