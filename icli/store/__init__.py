"""The archive: opening and migrating the SQLite file, batched writes, the links made at the end of
an ingest, the ingest itself, and read-only queries."""
