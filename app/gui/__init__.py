"""The desktop app: PySide6 views over app.core. Thin: a view asks the core and shows the answer."""
