"""The workshop demo: an invented case trainers open, show and reset in one click.

demo.py builds the vault; demo_story.py is what happened (no real person); demo_pictures.py
what each screenshot shows; demo_images.py draws them.
"""
