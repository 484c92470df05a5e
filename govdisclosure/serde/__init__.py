"""JSON in and out, the flat facts view, and the JSON Schemas."""
