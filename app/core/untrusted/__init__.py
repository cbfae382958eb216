"""Files from outside, handled without trusting them.

safezip.py reads a zip someone handed us; filenames.py makes their names safe to show and use;
mediatype.py judges a file by its content; isolation.py decodes images in limited worker
processes (isolation_preload.py warms them up, decoder_reply.py checks what they answer);
imagemeta.py and thumbnails.py keep what those decoders report.
"""
