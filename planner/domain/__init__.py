"""The domain and its rules: the tables (core and the convenor's edge), the plain
records services hand out, the closed vocabularies, validation, who may be named for
which audience, member states and the Security Council.

Importing the package registers every table on the one ``Base``, so Alembic and every
session see the edge tables and the stance-history event whichever module came first."""
