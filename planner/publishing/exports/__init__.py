"""Document generators: each takes a plain snapshot, never a session."""
