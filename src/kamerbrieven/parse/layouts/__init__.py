"""The header block, read by one reader per layout: the detector picks the reader from the
first lines, a web page's copy is stripped of the site's furniture first.

A layout is a module with a `RuleTable` of its header lines and a reader class with
`detect(top) -> Evidence | None` and `read(lines) -> Header` (see `base.Layout`); adding
one is that module and one line in `LAYOUTS`. A wrapper (`base.Wrapper`, the web copy)
is stripped off before the layout inside it is detected and read.

    >>> h = read_header(["Nr. 307 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN", "",
    ...     "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "",
    ...     "Den Haag, 12 december 2018", "", "Hierbij informeer ik u"])
    >>> h.layout, h.number, h.date, h.addressee, h.body_start
    ('kamerstuk', 307, '2018-12-12', 'Voorzitter van de Tweede Kamer der Staten-Generaal', 5)
"""

from __future__ import annotations

from kamerbrieven.parse.layouts.aanhangsel import Aanhangsel
from kamerbrieven.parse.layouts.base import Header, Layout, Wrapper, top_lines
from kamerbrieven.parse.layouts.committee import Committee
from kamerbrieven.parse.layouts.detect import choose
from kamerbrieven.parse.layouts.handed_in import HandedIn
from kamerbrieven.parse.layouts.handelingen import Handelingen
from kamerbrieven.parse.layouts.kamerstuk import Kamerstuk, split_run_together
from kamerbrieven.parse.layouts.letterhead import Letterhead
from kamerbrieven.parse.layouts.shared import read_plain
from kamerbrieven.parse.layouts.webcopy import WebCopy

# On a tie the first listed wins: a letter's salutation or subject before a Kamerstuk's
# lines, as the header was read before there were layouts.
LAYOUTS: tuple[Layout, ...] = (
    Letterhead(),
    Kamerstuk(),
    Aanhangsel(),
    Committee(),
    Handelingen(),
    HandedIn(),
)
WEB_COPY = WebCopy()
WRAPPERS: tuple[Wrapper, ...] = (WEB_COPY,)

__all__ = ["LAYOUTS", "WRAPPERS", "Header", "read_header", "split_run_together"]


def read_header(lines: list[str]) -> Header:
    """Read the header block at the top of `lines` ("" blank, "\\f" page break) with the
    reader of its layout.

    >>> h = read_header(["Gepubliceerd: 1 september 2014", "ID: 33268-25",
    ...     "Nr. 25 BRIEF VAN DE MINISTER", "Den Haag, 1 september 2014", "Voor donderdag"])
    >>> h.wrapper, h.layout, h.dossier, h.number, h.body_start
    ('webcopy', 'kamerstuk', '33268', 25, 4)
    """
    top = top_lines(lines)
    for wrapper in WRAPPERS:
        if wrapper.detect(top):
            stripped = wrapper.strip(lines)
            inside = _read_document(stripped.lines, top_lines(stripped.lines))
            return wrapper.finish(inside, stripped)
    return _read_document(lines, top)


def _read_document(lines: list[str], top: tuple[str, ...]) -> Header:
    choice = choose(LAYOUTS, top)
    header = choice.layout.read(lines) if choice.layout else read_plain(lines)
    if choice.warning:
        header.warnings.append(choice.warning)
    return header
