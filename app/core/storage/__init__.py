"""The encrypted vault on disk: one folder, one SQLCipher database, one key-slot file.

vault.py opens, creates and locks it; keyslots.py wraps the random database key under the
passphrase and the recovery code; database.py opens SQLCipher with encryption confirmed;
schema.py migrates it; backup.py and backup_file.py write and restore encrypted backups;
erase.py destroys it by destroying its key; location.py and fsutil.py find and write files safely.
"""
