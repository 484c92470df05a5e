"""The report model: cells, the report, its cells by id, diagnostics, findings and errors."""
