"""Storage and its protection: opening a workspace (SQLite file or PostgreSQL server),
migrations, encryption at rest, backups, the audit trail, the instance lock, the
protection journal that makes encrypt/decrypt crash-safe, and full-text search."""
