"""Team mode on a shared PostgreSQL server: colleagues' changes heard live (``live``)."""
