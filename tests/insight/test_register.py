"""The commitments register over the corpus made for it: which promises are kept (and
by which letter, why), open or overdue, and its filters."""

from __future__ import annotations

from datetime import date

import pytest

from kamerbrieven.insight import Insight, InsightError, RegisterFilter

JUNE_2019 = date(2019, 6, 1)


def _by_text(insight: Insight, **filters: object) -> dict[str, dict[str, object]]:
    found = insight.commitments(RegisterFilter(today=JUNE_2019, **filters))  # type: ignore[arg-type]
    return {c.text.split()[2]: c.to_dict() for c in found}


def test_every_commitment_is_in_the_register_with_its_letter_and_date(insight: Insight) -> None:
    found = insight.commitments(RegisterFilter(today=JUNE_2019))
    assert [(c.letter_id, c.date) for c in found] == [
        ("kst-28676-310", "2019-05-01"),
        *[("kst-28676-300", "2018-03-01")] * 4,
    ]
    plan = next(c for c in found if "actieplan" in c.text)
    assert plan.to_dict()["subject"] == "het nationale actieplan"
    assert plan.to_dict()["deadline"] == {"text": "voor de zomer", "not_after": "2018-06-21"}


def test_the_promised_document_in_the_same_dossier_keeps_a_promise(insight: Insight) -> None:
    plan = next(c for c in insight.commitments() if "actieplan" in c.text)
    assert plan.status == "kept"
    evidence = {e.letter_id: e.reasons for e in plan.evidence}
    assert evidence["kst-28676-305"] == ["is_document", "same_dossier"]
    # a later letter of the dossier citing the promising one keeps a promise without a topic
    assert evidence["kst-28676-310"] == ["cites", "same_dossier"]
    # "Actieplan regeldruk" names an action plan too, but in another dossier, on another topic
    assert "kst-29515-400" not in evidence


def test_a_letter_citing_the_promise_on_its_topic_keeps_it(insight: Insight) -> None:
    promise = next(c for c in insight.commitments() if "evaluatie" in c.text)
    assert promise.status == "kept"
    assert [(e.letter_id, e.reasons, e.topic) for e in promise.evidence] == [
        ("kst-27925-700", ["cites", "same_topic"], "Afghanistan")
    ]


def test_citing_the_promising_letter_about_something_else_keeps_nothing(insight: Insight) -> None:
    orphan = next(c for c in insight.commitments() if "trustfondsen" in c.text)
    assert (orphan.status, orphan.evidence) == ("open", [])


def test_a_passed_deadline_without_a_fulfilling_letter_is_overdue(insight: Insight) -> None:
    statuses = {
        c.text.split(" ")[-1]: c.status
        for c in insight.commitments(RegisterFilter(today=JUNE_2019))
    }
    assert statuses["toetreding."] == "overdue"  # due 1 oktober 2018
    assert statuses["wapenbeheersing."] == "open"  # due end of 2019
    later = {
        c.text.split(" ")[-1]: c.status
        for c in insight.commitments(RegisterFilter(today=date(2020, 6, 1)))
    }
    assert later["wapenbeheersing."] == "overdue"


def test_the_register_filters_by_status_dossier_ministry_and_date(insight: Insight) -> None:
    def letters(**filters: object) -> list[tuple[str, int]]:
        where = RegisterFilter(today=JUNE_2019, **filters)  # type: ignore[arg-type]
        return [(c.letter_id, c.ord) for c in insight.commitments(where)]

    assert len(letters(status="kept")) == 2
    assert len(letters(status="open")) == 2
    assert len(letters(status="overdue")) == 1
    assert insight.commitment_counts(RegisterFilter(today=JUNE_2019)) == {
        "kept": 2,
        "open": 2,
        "overdue": 1,
    }
    assert {letter for letter, _ in letters(dossier="28 676")} == {"kst-28676-300", "kst-28676-310"}
    assert letters(dossier="21501-02") == []
    assert len(letters(ministry="BZ")) == 5  # an abbreviation names the ministry
    assert letters(ministry="Defensie") == []
    assert {letter for letter, _ in letters(date_from="2019-01-01")} == {"kst-28676-310"}
    assert len(letters(date_to="2018-12-31", status="overdue")) == 1


def test_an_unknown_status_is_refused(insight: Insight) -> None:
    with pytest.raises(InsightError, match="onbekende status"):
        insight.commitments(RegisterFilter(status="vergeten"))


def test_the_register_json_has_the_issues_shape(insight: Insight) -> None:
    first = insight.commitments(RegisterFilter(today=JUNE_2019), limit=1)[0].to_dict()
    assert list(first)[:7] == [
        "letter_id",
        "date",
        "text",
        "subject",
        "deadline",
        "status",
        "evidence",
    ]
