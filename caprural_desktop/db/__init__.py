"""Storage: SQLAlchemy models, the engine and the migrations (no Qt here)."""
