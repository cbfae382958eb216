"""Evidence bundles for a lawyer or a court (docs/bundle-format.md).

bundle.py exports a signed BagIt bag straight into a zip (bagzip.py), with incidents_csv.py,
incidents_schema.py, custody_export.py, exportnames.py and VERIFY.txt (verify_instructions.py);
signing.py, sshsig.py and allowed_signers.py sign it in OpenSSH's format; verify.py, bagtext.py and
verify_text.py check one anyone hands us, as a court would.
"""
