"""What the user logs, and the record kept of it.

incidents.py (revisions, never overwrites), drafts.py (what a form holds and its rules),
taxonomy.py (types, fields, platforms), occurred.py (when, as precisely as known), accounts.py
and account_registry.py (perpetrators), evidence.py (originals byte for byte, in the database),
custody.py (the append-only, hash-chained custody log), search.py and textfold.py (full-text
search across scripts and spellings).
"""
