"""Planning views computed from the workspace: dashboard, power map, relationship
network, timeline, strategy, vote count and the calendar of moments."""
