"""The general rules behind two patterns that were written from one sentence each: a
meeting called off or moved is a decision, and the writer's own finding put impersonally
is a position. Each is held to sentences it was not written from."""

from __future__ import annotations

import pytest

from kamerbrieven.extract.statements import classify
from kamerbrieven.record import Signatory

SIGNER = (Signatory("A.B. de Vries", "De Minister van Defensie"),)


@pytest.mark.parametrize(
    "sentence",
    [
        "De vergadering van de vaste commissie gaat niet door.",
        "De top is uitgesteld tot na de zomer.",
        "De Raad Algemene Zaken van 12 mei is afgelast.",
        "De hoorzitting over het wetsvoorstel is geannuleerd.",
        # tests/data/corpus/tk-besluitenlijst-procedurevergadering-fin-20161026.pdf
        "Het op 25 oktober geplande overleg met de Rekenkamer is verplaatst naar een latere datum.",
        # devset/domestic/kst-32793-69 (a decision in its gold reading)
        "U heeft daarop het AO verplaatst naar aanvankelijk 27 maart en uiteindelijk 10 april a.s.",
    ],
)
def test_a_meeting_called_off_or_moved_is_a_decision(sentence):
    assert classify(sentence, [], None) == ("decision", None)


@pytest.mark.parametrize(
    "sentence",
    [
        # a request to move it (devset/domestic/kst-32793-69), not the move
        "Wij betreuren dit en bieden onze excuses aan voor het feit dat we wederom een beroep "
        "moeten doen op uw welwillendheid om het AO te verplaatsen.",
        # the participle describes the meeting; nothing is called off here
        "De uitgestelde top vindt in juni plaats.",
        "Het overleg vindt doorgang.",
        "De Raad gaat niet door met de onderhandelingen.",
        # a policy put off is no meeting: this rule leaves it alone
        "De invoering van de wet is uitgesteld.",
    ],
)
def test_no_meeting_is_called_off(sentence):
    result = classify(sentence, [], None)
    assert result is None or result[0] != "decision"


@pytest.mark.parametrize(
    "sentence",
    [
        "Het is ons gebleken dat de termijn te krap is.",
        "Het is mij inmiddels bekend dat de gemeente het besluit heeft herzien.",
        "Het was mij niet bekend dat de stukken al waren verzonden.",
        "Het is tot op heden niet gelukt om de stukken te achterhalen.",
        # devset/heldout2/kst-21501-31-266
        "Het is niet mogelijk binnen de door de Commissie aangegeven termijn van 23 januari deze "
        "brief aan de Tweede Kamer te doen toekomen.",
    ],
)
def test_the_writers_own_finding_put_impersonally_is_their_position(sentence):
    assert classify(sentence, [], None, SIGNER) == ("position", "minister van Defensie")


@pytest.mark.parametrize(
    "sentence",
    [
        # what others should do is a call, not the writer's position (seed convention)
        "Het is van belang dat Rusland onverwijld de gevangen genomen Oekraïense zeelieden "
        "vrijlaat en de marineschepen retourneert aan Oekraïne.",
        "Het is duidelijk dat de Raad hierover verdeeld is.",
        # inverted, in devset/domestic/kst-32793-69, which its gold reading leaves out
        "Tot onze grote spijt is het ons niet gelukt om dit op zodanige tijd in de Ministerraad "
        "te agenderen dat de opzet van het programma nog vóór het AO op 10 april in uw Kamer "
        "kan zijn.",
    ],
)
def test_an_impersonal_sentence_of_others_is_no_position(sentence):
    assert classify(sentence, [], None, SIGNER) is None
