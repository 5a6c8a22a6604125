"""Table models over service queries: one per list, rows are plain records."""
