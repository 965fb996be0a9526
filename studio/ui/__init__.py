"""Studio desktop window (PySide6, imported only through studio.ui.qt)."""
