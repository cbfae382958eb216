"""The domain: vault, incidents, evidence, custody log, search. Never imports Qt."""
