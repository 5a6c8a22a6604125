"""Workspace bundles: the file format laptops exchange, its checks, sealing and import."""
