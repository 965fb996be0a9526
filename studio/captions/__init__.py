"""Captions: caption files (VTT/SRT), undoable caption commands, shaping cues to a
profile, the quality report and transcripts. Headless; imports only the core."""
