"""The integrity check: is anything in the vault damaged, and what, in plain words.

integrity.py runs it; check_session.py holds one pass (its private read-only connection, progress
and findings); wal_check.py finds saved changes a damaged write-ahead log would lose;
evidence_check.py re-hashes every original against the SHA-256 taken when it was collected.
"""
