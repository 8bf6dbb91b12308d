"""The characters of one PDF page with their position and effective type size (pypdfium2).

Only this module talks to pdfium's text API; the layout rules in ``pdf_layout`` work on
the plain ``Char`` tuples it returns, so they can be tested without a PDF.
"""

from __future__ import annotations

import ctypes
import math
from typing import NamedTuple

import pypdfium2.raw as pdfium_c

# pdfium's marker for a hyphen it found at a line end ("betrek\x02kingen"); U+FFFE is the
# same marker in some pdfium builds. Both become a plain "-" that the cleaner may join.
_HYPHEN_MARKERS = (0x02, 0xFFFE)
_LINE_BREAKS = (0x0A, 0x0D)


# FPDFText_GetTextObject with a plain integer result: a hashable key per text object,
# without a ctypes.cast for every glyph
_text_object = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)(
    ctypes.cast(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p).value
)


class Char(NamedTuple):
    """One glyph: its text, left/right edge, baseline and effective size, all in points."""

    text: str
    x0: float
    x1: float
    y: float
    size: float
    hyphen: bool = False  # a line-end hyphen pdfium marked, not one in the text


def page_chars(textpage: object) -> list[Char]:
    """The glyphs of a pypdfium2 PdfTextPage in content order, rotated text left out.

    Sizes are effective: the font size times the text matrix's vertical scale (typeset
    Kamerstukken set every font at 1 pt and scale it by the matrix).

    >>> import pypdfium2 as pdfium  # doctest: +SKIP
    >>> page_chars(pdfium.PdfDocument("brief.pdf")[0].get_textpage())[0].text  # doctest: +SKIP
    'N'
    """
    raw = textpage.raw  # type: ignore[attr-defined]
    count = max(pdfium_c.FPDFText_CountChars(raw), 0)
    codes = _page_codes(raw, count)
    # the loose box spans the glyph's advance, not its ink: "2011" has no gap between its 1s
    box = pdfium_c.FS_RECTF()
    box_ref = ctypes.byref(box)
    ox, oy = ctypes.c_double(), ctypes.c_double()
    matrix = pdfium_c.FS_MATRIX()
    ox_ref, oy_ref = ctypes.byref(ox), ctypes.byref(oy)
    get_box, get_origin = pdfium_c.FPDFText_GetLooseCharBox, pdfium_c.FPDFText_GetCharOrigin
    # size and rotation are properties of the text object: look them up once per object
    objects: dict[int, tuple[float, bool]] = {}
    raw_address = ctypes.cast(raw, ctypes.c_void_p).value
    chars: list[Char] = []
    for index, code in enumerate(codes):
        if code in _LINE_BREAKS:
            continue
        special = code in _HYPHEN_MARKERS or code in (0x20, 0x2D)
        generated = special and pdfium_c.FPDFText_IsGenerated(raw, index) == 1
        if code in _HYPHEN_MARKERS or (code == 0x2D and generated):
            if chars:
                last = chars[-1]
                chars.append(Char("-", last.x1, last.x1 + 0.3 * last.size, last.y, last.size, True))
            continue
        if generated:
            # pdfium adds spaces where it sees a word gap; they have no box of their own
            if code == 0x20 and chars and chars[-1].text != " ":
                last = chars[-1]
                chars.append(Char(" ", last.x1, last.x1, last.y, last.size))
            continue
        if code == 0 or code < 0x20 and code != 0x09:
            continue
        key = _text_object(raw_address, index) or 0
        known = objects.get(key) if key else None
        if known is None:
            known = _object_size(raw, index, matrix)
            if key:
                objects[key] = known
        size, rotated = known
        if rotated:
            continue  # vertical margin text (archive stamps, rotated labels)
        get_box(raw, index, box_ref)
        get_origin(raw, index, ox_ref, oy_ref)
        x0, x1 = box.left, box.right
        if code in (0x09, 0xA0, 0x20):
            x0 = min(x0, ox.value)
            chars.append(Char(" ", x0, max(x1, x0), oy.value, size))
        else:
            chars.append(Char(chr(code), x0, max(x1, x0), oy.value, size))
    return chars


def _page_codes(raw: object, count: int) -> list[int]:
    """Every character's code point, in one call where the page has no surrogate pairs."""
    if count == 0:
        return []
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    target = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort))
    written = pdfium_c.FPDFText_GetText(raw, 0, count, target)
    units = buffer.raw[: max(written - 1, 0) * 2]
    codes = [int.from_bytes(units[i : i + 2], "little") for i in range(0, len(units), 2)]
    if len(codes) != count or any(0xD800 <= code < 0xE000 for code in codes):
        return [pdfium_c.FPDFText_GetUnicode(raw, index) for index in range(count)]
    return codes


def _object_size(raw: object, index: int, matrix: object) -> tuple[float, bool]:
    """Effective size (font size x the matrix's vertical scale) and whether it is rotated."""
    size = pdfium_c.FPDFText_GetFontSize(raw, index)
    rotated = False
    if pdfium_c.FPDFText_GetMatrix(raw, index, matrix):
        scale = math.hypot(matrix.c, matrix.d)  # type: ignore[attr-defined]
        if scale > 0:
            size *= scale
        rotated = abs(matrix.b) > 0.2 * abs(matrix.a) + 1e-6  # type: ignore[attr-defined]
    return round(size, 2), rotated
