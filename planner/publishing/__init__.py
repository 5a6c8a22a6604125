"""What leaves the workspace, and the one gate it passes (``planner.publishing.gate``)."""
