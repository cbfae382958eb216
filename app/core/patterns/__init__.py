"""Seeing the pattern across incidents.

campaigns.py (incidents grouped by the user), campaign_detection.py and campaign_suggestions.py
(the same message or picture from several accounts, suggested), lookalike.py, near_duplicates.py
and perceptual_hash.py (the same text or image in disguise), stats.py (figures over time) and
type_colours.py (one colour per type, on screen and in the report).
"""
