"""One module per aggregate: validation, queries and commands shared by GUI, CLI and tests."""
