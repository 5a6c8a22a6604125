"""Bringing data back in: tracker round-trip (bundle import lives in planner.bundle)."""
