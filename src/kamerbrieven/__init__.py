"""kamerbrieven: Dutch parliamentary letters as a clean, structured, searchable knowledge base.

>>> import kamerbrieven
>>> letter = kamerbrieven.read("samples/002_ad9ccb4a6e4e1731.txt")
>>> letter.number, letter.date
(307, '2018-12-12')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Failure",
    "Letter",
    "__version__",
    "open_knowledge_base",
    "open_store",
    "read",
    "read_many",
]

if TYPE_CHECKING:
    from kamerbrieven.knowledge_base import open_knowledge_base
    from kamerbrieven.pipeline import Failure, read, read_many
    from kamerbrieven.record import Letter
    from kamerbrieven.store import open_store

# Imported on first use, so `import kamerbrieven` stays cheap for the CLI's --help.
_LAZY = {
    "read": "kamerbrieven.pipeline",
    "read_many": "kamerbrieven.pipeline",
    "Failure": "kamerbrieven.pipeline",
    "Letter": "kamerbrieven.record",
    "open_knowledge_base": "kamerbrieven.knowledge_base",
    "open_store": "kamerbrieven.store",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kamerbrieven' has no attribute {name!r}")
