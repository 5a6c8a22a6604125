"""The pages of the shell: dashboard, lists, and the campaign workspace."""
