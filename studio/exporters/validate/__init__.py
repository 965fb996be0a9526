"""Checking packages: schemas and the rules schemas cannot express, for every kind Studio writes."""
