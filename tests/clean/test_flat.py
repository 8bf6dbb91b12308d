"""A document flattened onto one line (ah-tk-20142015-698 as a dataset keeps it)."""

from kamerbrieven.clean.flat import is_flat, unflatten
from kamerbrieven.ingest.base import RawDocument
from kamerbrieven.parse import read_letter
from kamerbrieven.record import Source

# The real opening, first page end and second page start of ah-tk-20142015-698, padded to
# the length of a flat document with the prose of its answers.
_PROSE = "Zorgverzekeraars en zorgaanbieders hebben alle ruimte om een prijs af te spreken. " * 30
FLAT = (
    "Tweede Kamer der Staten-Generaal 2 Vergaderjaar 2014–2015 Aanhangsel van de Handelingen "
    "Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden "
    "698 Vragen van het lid Bouwmeester (PvdA) aan de Minister van Volksgezondheid, Welzijn en "
    "Sport over onterechte ziekenhuisrekeningen (ingezonden 3 oktober 2014). Antwoord van "
    "Minister Schippers (Volksgezondheid, Welzijn en Sport) (ontvangen 26 november 2014). "
    "Vraag 1 Kent u de berichten «Schadepost van tientallen miljoenen voor ziekenhuizen»?1, 2 "
    "Antwoord 1 Ja. Vraag 2 en 3 Herinnert u zich uw uitspraken?3 " + _PROSE + "Bent u van "
    "mening dat hierover voldoende voorlichting wordt 1 Financieel Dagblad, «Schadepost van "
    "tientallen miljoenen voor ziekenhuizen», 24 september 2014 2 De Telegraaf, «Waanzin», "
    "27 september 2014 3 Kamerstuk, 28 828, nr. 70 ah-tk-20142015-698 ISSN 0921 - 7398 "
    "’s-Gravenhage 2014 Tweede Kamer, vergaderjaar 2014–2015, Aanhangsel 1 gegeven aan "
    "verzekerden? Antwoord 2 en 3 " + _PROSE
)


FD = (
    "Financieel Dagblad, «Schadepost van tientallen miljoenen voor ziekenhuizen», 24 september 2014"
)


def test_flat_text_is_recognised():
    # a long paragraph of an HTML page is one line too, but not the whole document
    letter = "Geachte voorzitter,\n\n" + _PROSE + "\n\nDe minister van Defensie,\n\nA. Naam"
    assert is_flat(FLAT) and not is_flat(letter)
    assert unflatten(letter) == letter


def test_flat_aanhangsel_reads_like_the_typeset_one():
    letter = read_letter(RawDocument(Source("ah.txt", "ab" * 32, "text"), FLAT))
    assert (letter.kind, letter.number, letter.date) == (
        "antwoorden kamervragen",
        698,
        "2014-11-26",
    )
    assert letter.title.endswith("over onterechte ziekenhuisrekeningen")
    assert [s.heading for s in letter.sections if s.heading] == [
        "Vraag 1",
        "Antwoord 1",
        "Vraag 2 en 3",
        "Antwoord 2 en 3",
    ]
    assert [(f.mark, f.text) for f in letter.footnotes] == [
        ("1", FD),
        ("2", "De Telegraaf, «Waanzin», 27 september 2014"),
        ("3", "Kamerstuk, 28 828, nr. 70"),
    ]
    # the sentence the footnotes and the page footer interrupted joins up again
    assert "voorlichting wordt gegeven aan verzekerden?" in letter.text
    assert "ISSN" not in letter.text
