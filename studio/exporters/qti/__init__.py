"""QTI: the CC-profile QTI 1.2 items, Canvas QTI 1.2, QTI 2.1, and the question-bank packages."""
