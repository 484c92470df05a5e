"""Out to the world: JSON, the facts and findings as tables (CSV, pandas, xlsx, Parquet), the schemas."""
