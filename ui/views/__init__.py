"""Standalone visual views (power map, relationship map, timeline) the shell embeds.

Each view takes a Workspace and ids, reads through ``planner`` services only, exposes a
``refresh()`` and reports user gestures as signals; the shell turns them into undoable
commands. None of them writes to the database itself.
"""
