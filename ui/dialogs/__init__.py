"""Dialogs for documents (brief, tracker) and for protecting the data (passphrase, backups)."""
