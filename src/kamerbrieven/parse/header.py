"""The header block: chamber, year, dossier and title, number, kind line, addressee, date,
subject. These lines are metadata and leave the body text.

Each layout of header has its reader in `kamerbrieven.parse.layouts`; this module keeps
the names its callers import.
"""

from kamerbrieven.parse.layouts import read_header, split_run_together
from kamerbrieven.parse.layouts.base import Header

__all__ = ["Header", "read_header", "split_run_together"]
