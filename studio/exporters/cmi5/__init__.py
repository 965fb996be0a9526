"""cmi5 export: a course structure (``cmi5.xml``) beside the same learner player as SCORM."""
