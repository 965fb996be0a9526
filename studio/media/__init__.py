"""Media work: probing, Whisper captioning, video composition and editing, PPTX import.

Nothing here imports Qt except the recorder back end (``recorder*.py``).
"""
