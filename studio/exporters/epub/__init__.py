"""EPUB 3: the offline learner edition (pages, media, quizzes, navigation, metadata)."""
