"""Imported by the image decoders' fork server (isolation.py): warm Pillow up once, there.

Every worker is forked from the fork server, so the modules a decode imports lazily (Pillow's
plugins, EXIF tags, text codecs) are loaded once here rather than in each new worker, before the
worker forbids itself new file descriptors. Importing this module anywhere else is harmless.
"""

from app.core.untrusted.isolation import _warm_up

_warm_up()
