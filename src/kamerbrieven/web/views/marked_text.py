"""A letter's clean text as HTML: by section, in paragraphs, with what the reader found in
it marked where it stands (citations as links, people, countries, statements) and footnote
markers linked to their notes. Every piece of the text is escaped here; only our own tags
are added around it.

Marks come in two layers: statements (whole sentences) outside, citations and names inside
them. Marks of one layer never overlap (the earlier, then the longer, wins) and an inner
mark that crosses a statement's edge is left unmarked, so the tags always nest.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup, escape

from kamerbrieven.record import Footnote, Letter, Reference
from kamerbrieven.web.views.citations import citation_url
from kamerbrieven.web.views.words import STATEMENT_WORDS

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_FOOTNOTE_MARKER = re.compile(r"\[([0-9]{1,3}|[a-z*])\]")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    open: str  # the opening tag, its attributes escaped
    close: str


@dataclass(frozen=True)
class SectionView:
    anchor: str
    heading: str | None
    paragraphs: list[Markup]


@dataclass(frozen=True)
class FootnoteView:
    mark: str
    anchor: str
    backlink: str
    html: Markup


@dataclass(frozen=True)
class MarkedLetter:
    sections: list[SectionView]
    footnotes: list[FootnoteView]


def marked_letter(letter: Letter, in_store: Callable[[str], bool]) -> MarkedLetter:
    """The letter's sections and footnotes as HTML; `in_store(id)` says which cited letters
    the store holds (those link here, the others to their official address)."""
    notes = {note.mark: n for n, note in enumerate(letter.footnotes, 1)}
    note_refs, text_refs = _split_references(letter, notes)
    outer = _layer(_statement_marks(letter))
    inner = _layer([*_reference_marks(text_refs, in_store), *_name_marks(letter)])
    render = _Renderer(letter.text, notes, (outer, inner))
    sections = [
        SectionView(f"sectie-{n}", heading, render.paragraphs(start, end, heading))
        for n, (heading, start, end) in enumerate(_blocks(letter), 1)
    ]
    footnotes = [
        FootnoteView(
            note.mark,
            f"voetnoot-{n}",
            f"noot-{n}",
            _footnote_html(note, note_refs.get(note.mark, []), in_store),
        )
        for n, note in enumerate(letter.footnotes, 1)
    ]
    return MarkedLetter(sections, footnotes)


def _blocks(letter: Letter) -> list[tuple[str | None, int, int]]:
    """The sections in order, and any text between or after them as a block without heading."""
    text = letter.text
    blocks: list[tuple[str | None, int, int]] = []
    at = 0
    for section in sorted(letter.sections, key=lambda s: s.start):
        start, end = max(section.start, at), min(section.end, len(text))
        if start > at and text[at:start].strip():
            blocks.append((None, at, start))
        if end > start:
            blocks.append((section.heading, start, end))
            at = end
    if text[at:].strip():
        blocks.append((None, at, len(text)))
    return blocks


def _split_references(
    letter: Letter, notes: dict[str, int]
) -> tuple[dict[str, list[Reference]], list[Reference]]:
    """Citations found in a footnote carry the span of its marker (`[2]`): those go with
    their note; the rest are marked in the text."""
    in_notes: dict[str, list[Reference]] = {}
    in_text = []
    for ref in letter.references:
        start, end = ref.span
        marker = _FOOTNOTE_MARKER.fullmatch(letter.text[start:end])
        if marker and marker.group(1) in notes:
            in_notes.setdefault(marker.group(1), []).append(ref)
        else:
            in_text.append(ref)
    return in_notes, in_text


def _statement_marks(letter: Letter) -> list[Mark]:
    marks = []
    for statement in letter.statements:
        word = STATEMENT_WORDS.get(statement.kind, statement.kind)
        title = f"{word} ({statement.actor})" if statement.actor else word
        attrs = f'class="uitspraak uitspraak-{escape(word)}" title="{escape(title)}"'
        marks.append(Mark(*statement.span, f"<span {attrs}>", "</span>"))
    return marks


def _reference_marks(refs: list[Reference], in_store: Callable[[str], bool]) -> list[Mark]:
    marks = []
    for ref in refs:
        known = bool(ref.target_id) and in_store(ref.target_id or "")
        marks.append(Mark(*ref.span, *_citation_tags(ref, known)))
    return marks


def _citation_tags(ref: Reference, known: bool) -> tuple[str, str]:
    url = citation_url(ref.target_id, known)
    title = escape(ref.target_id or ref.raw)
    if url is None:
        return f'<span class="verwijzing" title="{title}">', "</span>"
    where = "intern" if known else "extern"
    rel = "" if known else ' rel="noopener noreferrer"'
    return f'<a class="verwijzing {where}" href="{escape(url)}" title="{title}"{rel}>', "</a>"


def _name_marks(letter: Letter) -> list[Mark]:
    marks = []
    for entity in letter.entities:
        if entity.type not in ("person", "country"):
            continue
        css = "persoon" if entity.type == "person" else "land"
        details = ", ".join(x for x in (entity.name, entity.role, entity.party) if x)
        marks.append(
            Mark(*entity.span, f'<mark class="{css}" title="{escape(details)}">', "</mark>")
        )
    return marks


def _layer(marks: list[Mark]) -> list[Mark]:
    """Marks that do not overlap, in order: the earlier wins, then the longer."""
    kept: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (m.start, m.start - m.end)):
        if mark.end > mark.start and (not kept or mark.start >= kept[-1].end):
            kept.append(mark)
    return kept


class _Renderer:
    def __init__(self, text: str, notes: dict[str, int], layers: tuple[list[Mark], ...]):
        self.text = text
        self.notes = notes
        self.layers = layers
        self.starts = [[mark.start for mark in layer] for layer in layers]  # for bisect
        self.marked_notes: set[str] = set()  # a note's first marker gets the back-link id

    def paragraphs(self, start: int, end: int, heading: str | None) -> list[Markup]:
        body = self.text[start:end]
        if heading and body.lstrip().startswith(heading):  # the heading is shown above it
            start += len(body) - len(body.lstrip()) + len(heading)
        found = []
        at = start
        for gap in [*_PARAGRAPH_BREAK.finditer(self.text, start, end), None]:
            stop = gap.start() if gap else end
            if self.text[at:stop].strip():
                found.append(Markup(self.range(at, stop, 0)))
            at = gap.end() if gap else end
        return found

    def range(self, start: int, end: int, depth: int) -> str:
        """Text from start to end with the marks of layer `depth` and deeper."""
        if depth == len(self.layers):
            return self.plain(start, end)
        out = []
        at = start
        layer = self.layers[depth]
        first = bisect.bisect_left(self.starts[depth], start)
        for mark in layer[first:]:
            if mark.start >= end:
                break
            if mark.end > end:
                continue  # crossing the edge of the range: unmarked
            out.append(self.range(at, mark.start, depth + 1))
            out.append(mark.open + self.range(mark.start, mark.end, depth + 1) + mark.close)
            at = mark.end
        out.append(self.range(at, end, depth + 1))
        return "".join(out)

    def plain(self, start: int, end: int) -> str:
        """Escaped text; footnote markers of known notes become links to the note."""
        out = []
        at = start
        for marker in _FOOTNOTE_MARKER.finditer(self.text, start, end):
            number = self.notes.get(marker.group(1))
            if number is None:
                continue
            out.append(str(escape(self.text[at : marker.start()])))
            first = marker.group(1) not in self.marked_notes
            self.marked_notes.add(marker.group(1))
            anchor = f' id="noot-{number}"' if first else ""
            label = escape(marker.group(1))
            out.append(
                f'<sup><a class="voetnootteken" href="#voetnoot-{number}"{anchor} '
                f'aria-label="voetnoot {label}">[{label}]</a></sup>'
            )
            at = marker.end()
        out.append(str(escape(self.text[at:end])))
        return "".join(out)


def _footnote_html(
    note: Footnote, refs: list[Reference], in_store: Callable[[str], bool]
) -> Markup:
    """The note's text escaped, its citations linked where their words stand in it."""
    marks = []
    for ref in refs:
        at = note.text.find(ref.raw)
        if at >= 0 and ref.raw:
            known = bool(ref.target_id) and in_store(ref.target_id or "")
            marks.append(Mark(at, at + len(ref.raw), *_citation_tags(ref, known)))
    return Markup(_Renderer(note.text, {}, (_layer(marks),)).range(0, len(note.text), 0))
