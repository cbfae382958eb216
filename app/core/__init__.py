"""The domain, one package per concept; never imports Qt (tests/core/test_architecture.py).

storage/    the encrypted vault on disk: database, key slots, schema, backups, crypto-erase
records/    what the user logs: incidents, taxonomy, dates, accounts, evidence, custody log, search
untrusted/  files from outside: zips, names, media types, images decoded in isolated processes
checks/     the integrity check, in plain words
bundles/    signed evidence bundles for a court, and their verification by anyone
reporting/  the PDF report inside a bundle
patterns/   campaigns, coordinated-message detection, figures over time
importers/  Telegram, WhatsApp, e-mail and folders, previewed then imported in one transaction
workshop/   the demo vault for trainers

Shared by all of them: errors.py (one exception per failure, with the sentence the user reads),
wording.py (those sentences, translatable) and canonical.py (the JSON that hashes are taken over).
"""
