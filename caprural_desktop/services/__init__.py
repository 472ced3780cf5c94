"""Use cases: one function per user action, one transaction each, plain data out (no Qt here)."""
