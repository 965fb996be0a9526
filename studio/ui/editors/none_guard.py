"""Work around PySide6 6.12.0 on Python 3.11: every call of a Qt method returning
``void`` drops one reference to ``None`` without taking it, so after a few
thousand calls (typing, repainting a table) CPython frees ``None`` and aborts with
"Fatal Python error: none_dealloc" (signal ``emit`` does the same to the bools:
"bool_dealloc"). Python 3.12+ makes ``None`` immortal, which
is presumably why the binding no longer counts it; 6.11.3 does not have the bug.

``protect_none()`` gives ``None`` a huge reference count once (what 3.12 does),
so the stray decrements can never reach zero. It does nothing on Python 3.12+ or
with another PySide6: ``pyproject.toml`` pins PySide6 < 6.12, so this is only a
safety net for an environment that has 6.12.0 anyway.
"""

from __future__ import annotations

import ctypes
import sys

_DONE = False
_BOOST = 1 << 40  # far more than any session can leak (1e12 calls)


def _buggy_pyside() -> bool:
    try:
        import PySide6
    except ImportError:
        return False
    return str(getattr(PySide6, "__version__", "")).startswith("6.12.")


def protect_none() -> bool:
    """Make ``None``, ``True`` and ``False`` effectively immortal on Python < 3.12; True if it was applied now."""
    global _DONE
    if _DONE or sys.version_info >= (3, 12) or not _buggy_pyside():
        return False
    for singleton in (None, True, False):  # signal emit() drops references to the bools
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < _BOOST:
            refcount.value += _BOOST
    _DONE = True
    return True
