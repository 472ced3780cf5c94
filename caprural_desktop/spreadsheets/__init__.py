"""Spreadsheets in and out: reading form responses, mapping their columns (no Qt here)."""
