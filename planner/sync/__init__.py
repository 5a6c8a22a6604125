"""Sync of a laptop's workspace with a team server: per-field three-way merge by UUID."""
