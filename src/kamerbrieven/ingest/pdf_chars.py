"""The characters of one PDF page with their position and effective type size (pypdfium2).

Only this module talks to pdfium's text API; the layout rules in ``pdf_layout`` work on
the plain ``Char`` tuples it returns, so they can be tested without a PDF.
"""

from __future__ import annotations

import ctypes
import math
import struct
from typing import Any, NamedTuple

import pypdfium2.raw as pdfium_c

# pdfium's marker for a hyphen it found at a line end ("betrek\x02kingen"); U+FFFE is the
# same marker in some pdfium builds. Both become a plain "-" that the cleaner may join.
_HYPHEN_MARKERS = (0x02, 0xFFFE)
# codes that may be pdfium's own: line-end hyphens and word-gap spaces it generated
_MAYBE_GENERATED = frozenset((*_HYPHEN_MARKERS, 0x20, 0x2D))
_SPACES = frozenset((0x09, 0xA0, 0x20))  # tab, no-break space, space: all a plain space


def _untyped(function: Any, restype: Any = ctypes.c_int) -> Any:
    """The same pdfium function, called the cheapest way ctypes has.

    The per-glyph calls below dominate reading time. Without ``argtypes`` a call costs
    about a third (callers pass only ctypes pointers and small ints), and keeping the
    GIL for these short calls saves another fifth.
    """
    address = ctypes.cast(function, ctypes.c_void_p).value
    assert address is not None  # a function pdfium exports
    return ctypes.PYFUNCTYPE(restype)(address)


_get_text_object = _untyped(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p)  # int or None
_get_loose_box = _untyped(pdfium_c.FPDFText_GetLooseCharBox)
_get_origin = _untyped(pdfium_c.FPDFText_GetCharOrigin)
_is_generated = _untyped(pdfium_c.FPDFText_IsGenerated)


class _Glyph(ctypes.Structure):
    """Where pdfium writes a glyph's loose box and origin, read back with one unpack."""

    _fields_ = [("box", pdfium_c.FS_RECTF), ("x", ctypes.c_double), ("y", ctypes.c_double)]


# _Glyph's native layout: left, (top), right, (bottom) as float, (origin x), y as double;
# the fields in brackets are skipped so that no Python float is made for them
_BOX_AND_BASELINE = struct.Struct("f4xf4x8xd")
assert _BOX_AND_BASELINE.size == ctypes.sizeof(_Glyph)


class Char(NamedTuple):
    """One glyph: its text, left/right edge, baseline and effective size, all in points."""

    text: str
    x0: float
    x1: float
    y: float
    size: float
    hyphen: bool = False  # a line-end hyphen pdfium marked, not one in the text


# builds a Char from all six fields without the NamedTuple constructor's Python call
_new_char = tuple.__new__


def page_chars(textpage: Any) -> list[Char]:
    """The glyphs of a pypdfium2 PdfTextPage in content order, rotated text left out.

    Sizes are effective: the font size times the text matrix's vertical scale (typeset
    Kamerstukken set every font at 1 pt and scale it by the matrix).

    >>> import pypdfium2 as pdfium
    >>> page_chars(pdfium.PdfDocument("samples/kst-29515-496.pdf")[0].get_textpage())[0].text
    'T'
    """
    raw = textpage.raw
    count = max(pdfium_c.FPDFText_CountChars(raw), 0)
    # the loose box spans the glyph's advance, not its ink: "2011" has no gap between its 1s
    glyph = _Glyph()
    box_ref = ctypes.byref(glyph)
    x_ref, y_ref = ctypes.byref(glyph, _Glyph.x.offset), ctypes.byref(glyph, _Glyph.y.offset)
    read_glyph = _BOX_AND_BASELINE.unpack_from
    get_object, get_box, get_origin = _get_text_object, _get_loose_box, _get_origin
    matrix = pdfium_c.FS_MATRIX()
    # size and rotation are properties of the text object: look them up once per object
    objects: dict[int | None, tuple[float, bool]] = {}
    chars: list[Char] = []
    append = chars.append
    for index, code in enumerate(_page_codes(raw, count)):
        if code in _MAYBE_GENERATED and (code in _HYPHEN_MARKERS or _is_generated(raw, index) == 1):
            _add_generated(chars, code)
            continue
        if code < 0x20 and code != 0x09:
            continue  # line breaks and other control characters
        key = get_object(raw, index)
        known = objects.get(key)  # key None (no text object) is never stored
        if known is None:
            known = _object_size(raw, index, matrix)
            if key:
                objects[key] = known
        size, rotated = known
        if rotated:
            continue  # vertical margin text (archive stamps, rotated labels)
        get_box(raw, index, box_ref)
        get_origin(raw, index, x_ref, y_ref)
        x0, x1, y = read_glyph(glyph)
        if code in _SPACES:
            x0 = min(x0, glyph.x)
            text = " "
        else:
            text = chr(code)
        x1 = x0 if x0 > x1 else x1  # max(x1, x0) without the call
        append(_new_char(Char, (text, x0, x1, y, size, False)))
    return chars


def _add_generated(chars: list[Char], code: int) -> None:
    """A line-end hyphen or word-gap space pdfium added: it has no box of its own."""
    if not chars:
        return
    last = chars[-1]
    if code != 0x20:
        chars.append(Char("-", last.x1, last.x1 + 0.3 * last.size, last.y, last.size, True))
    elif last.text != " ":
        chars.append(Char(" ", last.x1, last.x1, last.y, last.size))


def _page_codes(raw: Any, count: int) -> list[int]:
    """Every character's code point, in one call where the page has no surrogate pairs."""
    if count == 0:
        return []
    units = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(raw, 0, count, units)
    codes = units[: max(written - 1, 0)]
    if len(codes) != count or _has_surrogates(bytes(units)[: 2 * len(codes)]):
        return [pdfium_c.FPDFText_GetUnicode(raw, index) for index in range(count)]
    return codes


def _has_surrogates(utf16: bytes) -> bool:
    """Whether UTF-16 text holds surrogates: a pair decodes to one character, a lone
    one does not decode at all."""
    try:
        return len(utf16.decode("utf-16-le")) * 2 != len(utf16)
    except UnicodeDecodeError:
        return True


def _object_size(raw: Any, index: int, matrix: Any) -> tuple[float, bool]:
    """Effective size (font size x the matrix's vertical scale) and whether it is rotated."""
    size = pdfium_c.FPDFText_GetFontSize(raw, index)
    rotated = False
    if pdfium_c.FPDFText_GetMatrix(raw, index, matrix):
        scale = math.hypot(matrix.c, matrix.d)
        if scale > 0:
            size *= scale
        rotated = abs(matrix.b) > 0.2 * abs(matrix.a) + 1e-6
    return round(size, 2), rotated
