"""Files the app writes and reads: atomic replacement, private (owner-only) files,
the shipped resources, and the fault points the crash tests stop at. Imports nothing
from the rest of ``planner``."""
