"""The insight answers as Dutch text: plain lines (a timeline of thousands of letters prints
at once) and, where two things stand side by side, a table."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rich.markup import escape
from rich.table import Table

from kamerbrieven.cli.dutch import count, label
from kamerbrieven.insight import (
    Commitment,
    Dossier,
    LetterRef,
    MeetingDetail,
    MeetingRef,
    MeetingSummary,
    PeriodPositions,
    Position,
    References,
    Said,
    Timeline,
    TopicCount,
)
from kamerbrieven.present.titles import cut_at_word, display_title, dutch_date

STATUS_WORDS = {"kept": "nagekomen", "open": "open", "overdue": "verlopen"}
REASON_WORDS = {
    "cites": "verwijst naar de brief",
    "is_document": "is het toegezegde stuk",
    "same_dossier": "zelfde dossier",
    "same_topic": "zelfde onderwerp",
    "register": "volgens het register van de Tweede Kamer",
}
ROLE_WORDS = {"agenda": "geannoteerde agenda", "verslag": "verslag", "other": "ook over"}
TITLE_WIDTH = 90


def letter_line(letter: LetterRef) -> str:
    title = display_title(letter.title, letter.kind, letter.dossier_title, letter.date)
    return f"{letter.date or '?':10}  {letter.letter_id}  {cut_at_word(title, TITLE_WIDTH)}"


def meeting_words(meeting: MeetingRef) -> str:
    days = dutch_date(meeting.first_day)
    if meeting.last_day != meeting.first_day:
        days = f"{dutch_date(meeting.first_day)} t/m {dutch_date(meeting.last_day)}"
    place = f", {meeting.location}" if meeting.location else ""
    return f"{meeting.body}, {days}{place} ({meeting.id})"


def said_line(said: Said, indent: str = "    ") -> str:
    who = f"{said.actor}: " if said.actor else ""
    return f"{indent}{label(said.kind)} - {who}{said.text}"


def references_lines(refs: References) -> Iterator[str]:
    if refs.letter:
        yield letter_line(refs.letter)
    else:
        yield f"{refs.letter_id}: niet in de store" + (f" ({refs.url})" if refs.url else "")
    yield f"verwijst naar ({len(refs.cites)}):"
    for cited in refs.cites:
        if cited.letter:
            yield "  " + letter_line(cited.letter)
        else:
            where = cited.url or "geen officieel adres bekend"
            yield f"  {cited.target_id or cited.raw}  niet in de store: {where}"
    yield f"aangehaald door ({len(refs.cited_by)}):"
    yield from ("  " + letter_line(letter) for letter in refs.cited_by)


def dossier_lines(dossier: Dossier) -> Iterator[str]:
    yield f"Dossier {dossier.dossier}" + (f": {dossier.title}" if dossier.title else "")
    for doc in dossier.documents:
        number = f"nr. {doc.number}" if doc.number is not None else "nr. ?"
        yield f"  {number:9} {label(doc.letter.kind):12} {letter_line(doc.letter)}"
    if dossier.missing:
        yield "aangehaald maar niet in de store:"
    for missing in dossier.missing:
        number = f"nr. {missing.number}" if missing.number is not None else "nr. ?"
        by = ", ".join(missing.cited_by)
        yield f"  {number:9} {missing.target_id}  {missing.url or ''}  (aangehaald door {by})"
    yield (
        f"{count(len(dossier.documents), 'stuk', 'stukken')} in de store, "
        f"{len(dossier.missing)} ontbrekend"
    )


def topic_table(topics: Sequence[TopicCount]) -> Table:
    table = Table("onderwerp", "brieven", "van", "tot")
    for topic in topics:
        table.add_row(escape(topic.topic), str(topic.letters), topic.first or "", topic.last or "")
    return table


def timeline_lines(timeline: Timeline) -> Iterator[str]:
    yield f"{', '.join(timeline.topics)}: {count(len(timeline.entries), 'brief', 'brieven')}"
    for entry in timeline.entries:
        yield letter_line(entry.letter)
        if entry.meeting:
            yield f"    vergadering: {meeting_words(entry.meeting)}"
        yield from (said_line(s) for s in entry.positions)
        yield from (said_line(s) for s in entry.decisions)


def position_lines(positions: Sequence[Position]) -> Iterator[str]:
    for p in positions:
        topic = f"  [{p.topic}]" if p.topic else ""
        yield f"{p.date or '?':10}  {p.letter_id}  {p.actor or '-'}{topic}"
        if p.meeting:
            yield f"    vergadering: {meeting_words(p.meeting)}"
        yield f"    {p.text}"
    yield count(len(positions), "standpunt", "standpunten")


def compare_table(periods: Sequence[PeriodPositions]) -> Table:
    """The periods as columns, their positions one under another."""
    table = Table(*(f"{p.label} ({len(p.positions)})" for p in periods), show_lines=False)
    cells = [
        "\n\n".join(
            escape(f"{x.date} {x.letter_id} - {x.actor or '-'}: {x.text}") for x in p.positions
        )
        or "-"
        for p in periods
    ]
    table.add_row(*cells)
    return table


def commitment_lines(found: Sequence[Commitment], counts: dict[str, int]) -> Iterator[str]:
    total = sum(counts.values())
    parts = ", ".join(f"{counts[s]} {STATUS_WORDS[s]}" for s in STATUS_WORDS)
    yield f"{count(total, 'toezegging', 'toezeggingen')}: {parts}"
    for c in found:
        # brief#nummer: how `alert add --commitment` names a letter's commitment
        where = (
            f"{c.letter_id}#{c.ord}"
            if c.letter_id
            else f"register {c.register.number if c.register else '?'}"
        )
        yield f"{c.date or '?':10}  {where}  {STATUS_WORDS[c.status]}"
        yield f"    {c.text}"
        if c.register and c.letter_id:
            yield f"    ook in het register van de Tweede Kamer: {c.register.number}"
        details = []
        if c.subject:
            details.append(f"wat: {c.subject}")
        if c.deadline_text or c.not_after:
            when = c.deadline_text or ""
            details.append(
                f"uiterlijk: {when} ({c.not_after})" if c.not_after else f"uiterlijk: {when}"
            )
        if details:
            yield "    " + "; ".join(details)
        for e in c.evidence:
            why = ", ".join(REASON_WORDS[r] for r in e.reasons)
            if e.topic:
                why = why.replace(REASON_WORDS["same_topic"], f"zelfde onderwerp ({e.topic})")
            yield f"    nagekomen in {e.letter_id} ({e.date or '?'}): {why}"
    if len(found) < total:
        yield f"{len(found)} van {total} getoond; --limit 0 toont alle"


def meeting_lines(meetings: Sequence[MeetingSummary]) -> Iterator[str]:
    for m in meetings:
        yield meeting_words(m.meeting)
        for role, letters in (("agenda", m.agenda), ("verslag", m.verslag), ("other", m.other)):
            for letter in letters:
                yield f"    {ROLE_WORDS[role]}: {letter_line(letter)}"
    yield count(len(meetings), "vergadering", "vergaderingen")


def meeting_table(detail: MeetingDetail) -> Table:
    """Per agenda item the intention beside the outcome."""
    table = Table("agendapunt", "inzet (agenda)", "uitkomst (verslag)", show_lines=True)
    for item in detail.items:
        table.add_row(
            escape(item.item or "overig"),
            "\n".join(escape(said_line(s, "")) for s in item.intention) or "-",
            "\n".join(escape(said_line(s, "")) for s in item.outcome) or "-",
        )
    return table
