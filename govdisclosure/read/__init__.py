"""Reading a report out of its text: labels, sections, metadata, tables, the parse pipeline."""
