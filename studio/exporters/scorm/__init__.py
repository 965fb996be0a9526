"""SCORM 1.2 and SCORM 2004 4th Edition packages: one manifest builder, one package writer."""
