"""Bringing data back in: tracker round-trip (bundle import lives in planner.exchange.bundle)."""
