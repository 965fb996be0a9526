"""Studio: a desktop authoring studio for instructors (core package, no Qt)."""

__version__ = "0.1.0"
