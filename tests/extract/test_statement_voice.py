"""The government's voice in domestic letters (issue 12): its first person, a ministry or
service as the actor, its view where it is no subject; not this letter's own act, not a
description of the country, not someone else's past act. And a commitment's deadline,
subject and topics. The sentences are the issue's, from real ministry letters."""

from __future__ import annotations

from datetime import date

import pytest

from kamerbrieven.extract.commitment_subjects import commitment_subject
from kamerbrieven.extract.deadlines import find_deadline
from kamerbrieven.extract.statements import classify, find_statements
from kamerbrieven.nl.sentences import split_sentences
from kamerbrieven.record import Deadline, Entity, Section, Signatory

SIGNER = (Signatory("M.A.M. Adriaansens", "Minister van Economische Zaken en Klimaat"),)


@pytest.mark.parametrize(
    "sentence",
    [
        "We gaan daarom door met deze aanpak.",
        "We sluiten daarom aan bij EU-beleid.",
        "Daarom leggen we in dit programma de nadruk op de gehele keten.",
        "In de afgelopen periode (2020-2023) hebben we positieve ervaringen opgedaan met deze "
        "aanpak.",
        "Bij het ontwerp van de regels is normering voor het kabinet het uitgangspunt.",
        "Daarom is kennisopbouw voor het kabinet van groot belang.",
        "Als het verdrag opnieuw voorligt, ben ik bereid wederom te tekenen.",
        "Defensie staat in nauw contact met beide landen.",
        "Het ministerie van IenW laat in 2023 onderzoek uitvoeren.",
    ],
)
def test_the_government_speaks(sentence):
    found = classify(sentence, [], None, SIGNER)
    assert found is not None and found[0] == "position"


@pytest.mark.parametrize(
    "sentence",
    [
        "Met deze Kamerbrief bied ik u de voortgangsrapportage aan.",
        "Daarnaast reageer ik op twee rapporten.",
        "Op de derde aanbeveling kom ik later in deze brief terug.",
        "Bij deze doe ik u het afschrift toekomen.",
        "Met dit schrijven meld ik u dat de regeling is gewijzigd.",
        "Nederland is toonaangevend op het gebied van landbouw.",
        "Op 12 december heeft de Minister van Buitenlandse Zaken het fiche aangeboden.",
        "Met de motie Van den Berg c.s. is de regering verzocht een onderzoek in te stellen.",
        "Op 22 juni heb ik uw Kamer de 7de Voortgangsrapportage Kinderopvangtoeslag toegestuurd.",
    ],
)
def test_the_letters_own_act_or_a_report_is_no_statement(sentence):
    assert classify(sentence, [], None, SIGNER) is None


@pytest.mark.parametrize(
    ("sentence", "letter_date", "deadline"),
    [
        (
            "waarover ik uw Kamer dit najaar zal berichten.",
            "2023-05-30",
            ("dit najaar", "2023-12-31"),
        ),
        ("Ik stuur u de evaluatie voor de zomer.", "2023-09-01", ("voor de zomer", "2024-07-01")),
        (
            "De Kamer wordt in het eerste kwartaal van 2024 geïnformeerd.",
            "2023-10-01",
            ("in het eerste kwartaal van 2024", "2024-03-31"),
        ),
        ("Ik informeer u op zeer korte termijn.", "2023-05-30", ("op zeer korte termijn", None)),
        (
            "U ontvangt de brief voor het commissiedebat van 12 maart.",
            "2024-02-01",
            ("voor het commissiedebat van 12 maart", "2024-03-12"),
        ),
        ("U ontvangt de brief voor Prinsjesdag.", "2024-05-01", ("voor Prinsjesdag", "2024-09-17")),
        ("Ik zal u volgende week informeren.", "2022-11-18", ("volgende week", "2022-11-27")),
    ],
)
def test_a_deadline_is_resolved_against_the_letters_date(sentence, letter_date, deadline):
    assert find_deadline(sentence, date.fromisoformat(letter_date)) == Deadline(*deadline)


def test_no_time_phrase_no_deadline():
    assert find_deadline("Ik zal uw Kamer informeren.", date(2023, 5, 30)) is None


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Ik zal u deze visie in september toesturen.", "rapport"),
        ("De antwoorden op de vragen zal ik u voor de zomer sturen.", "antwoorden"),
        (
            "Het kabinet zal zijn reactie op het advies voor de zomer aan uw Kamer sturen.",
            "standpunt",
        ),
        ("Het wetsvoorstel wordt na de zomer bij uw Kamer ingediend.", "wetsvoorstel"),
        ("Ik zal uw Kamer informeren over de uitkomsten van het onderzoek.", "brief"),
    ],
)
def test_a_commitment_names_what_it_promises(sentence, subject):
    assert commitment_subject(sentence) == subject


def test_a_commitment_carries_its_deadline_subject_and_topics():
    text = (
        "Oekraïne\n\n"
        "Het kabinet zal uw Kamer dit najaar informeren over de steun van de EU aan Oekraïne."
    )
    entities = (
        Entity("organisation", "EU", "EU", (text.index("EU"), text.index("EU") + 2)),
        Entity("country", "Oekraïne", "Oekraïne", (text.rindex("Oekraïne"), len(text) - 1)),
    )
    sections = (Section("2. Oekraïne", 0, len(text)),)
    sentences = [s for s in split_sentences(text) if text[s[0] : s[1]].endswith(".")]
    [found] = find_statements(
        text, sentences, sections, reference=date(2023, 5, 30), entities=entities
    )
    assert (found.kind, found.subject) == ("commitment", "brief")
    assert found.deadline == Deadline("dit najaar", "2023-12-31")
    assert found.topics == ("Oekraïne", "EU")


def test_in_a_debate_we_are_the_speakers_not_the_government():
    text = "Het is goed dat we hier vandaag over spreken."
    assert find_statements(text, [(0, len(text))], government=False) == []
    assert find_statements(text, [(0, len(text))])[0].kind == "position"
