"""Moodle exports: the course backup (.mbz) and Moodle XML questions."""
