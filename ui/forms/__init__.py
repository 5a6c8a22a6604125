"""Dialogs that create and edit every entity, with inline validation from the services."""
