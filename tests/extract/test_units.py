"""Each extractor on real lines from letters (seeds, devset, corpus)."""

from __future__ import annotations

import pytest

from kamerbrieven.extract import (
    find_acronyms,
    find_countries,
    find_dates,
    find_missions_and_treaties,
    find_persons,
    find_references,
    find_statements,
)
from kamerbrieven.extract.meetings import find_meetings
from kamerbrieven.extract.statements import classify
from kamerbrieven.nl.sentences import split_sentences
from kamerbrieven.record import Entity, Signatory


def _refs(text: str) -> list[tuple]:
    return [(r.type, r.dossier, r.number, r.year, r.target_id) for r in find_references(text)]


# references


def test_kamerstuk_with_dd_date_is_one_kamerstuk():
    text = "beveiligingscapaciteit (Kamerstuk 28676, nr. 353, d.d. 4 februari 2021)."
    assert _refs(text) == [("kamerstuk", "28676", 353, None, "kst-28676-353")]


def test_kamerstukken_with_session_year_normalises_the_year():
    assert _refs("Kamerstukken II 2018/19, 28 676, nr. 307") == [
        ("kamerstuk", "28676", 307, "2018-2019", "kst-28676-307")
    ]


def test_subdossiers_and_budget_chapters_keep_their_suffix():
    text = "zie 21 501-02, nr. 1900 en 36 725-XVII, nr. 52"
    assert [r[4] for r in _refs(text)] == ["kst-21501-02-1900", "kst-36725-XVII-52"]


def test_motie_with_name_before_kamerstuk_is_a_motie():
    text = "mede in het licht van de motie Voordewind (Kamerstuk 33 694, nr. 30)."
    (ref,) = find_references(text)
    assert (ref.type, ref.raw, ref.target_id) == (
        "motie",
        "motie Voordewind (Kamerstuk 33 694, nr. 30)",
        "kst-33694-30",
    )


def test_motie_with_comma_citation_in_a_footnote_is_a_motie():
    (ref,) = find_references("Motie Bikker en Omtzigt, Kamerstuk 36 410, nr. 31")
    assert (ref.type, ref.dossier, ref.number) == ("motie", "36410", 31)


def test_number_list_and_range_give_one_reference_each():
    assert [r[2] for r in _refs("Kamerstuk 31 288, nrs. 12 en 14")] == [12, 14]
    assert [r[2] for r in _refs("Kamerstuk 31 288, nrs. 12-14")] == [12, 13, 14]


def test_handelingen_and_aanhangsel_get_their_target_ids():
    assert _refs("Handelingen II 2018/19, nr. 32, item 7")[0][4] == "h-tk-20182019-32-7"
    text = "Zie ook Aanhangsel Handelingen, vergaderjaar 2014–2015, nr. 403 Vraag 1"
    assert _refs(text)[0][:1] + _refs(text)[0][4:] == ("aanhangsel", "ah-tk-20142015-403")


def test_kamervragen_staatsblad_and_staatscourant():
    text = "vragen 2019Z01234, Stb. 2018, 123 en Stcrt. 2019, 456"
    assert [r[4] for r in _refs(text)] == ["2019Z01234", "stb-2018-123", "stcrt-2019-456"]


def test_european_documents_and_a_sub_dossier_that_lost_its_hyphen():
    text = (
        "het voorstel COM(2016) 815, Verordening (EG) nr. 883/2004, Richtlijn (EU) 2019/1937 "
        "en het verslag van de Milieuraad (21 50108, nr. 106)"
    )
    assert [r[4] for r in _refs(text)] == [
        "com-2016-815",
        "eu-verordening-2004-883",
        "eu-richtlijn-2019-1937",
        "kst-21501-08-106",
    ]


def test_kamerstuk_written_as_its_id():
    text = "(Kamerstuk 21501-32-1740), Kamerstuk 28676-512 en Kamerstuk 21501-20 (een dossier)"
    assert [r[4] for r in _refs(text)] == ["kst-21501-32-1740", "kst-28676-512", None]


def test_a_dossier_cited_without_a_document():
    text = "zie Kamerstuk 34 919 en Kamerstukken I 28808, A en Kamerstuk 28 676, nr. 307"
    found = find_references(text)
    assert [(r.dossier, r.number, r.target_id) for r in found] == [
        ("34919", None, None),  # a dossier is no document: no target
        ("28808", None, "kst-28808-A"),  # an Eerste Kamer stuk is lettered
        ("28676", 307, "kst-28676-307"),
    ]


def test_tractatenblad_is_cited_with_its_publication_id():
    text = "het protocol (Trb. 2007, 169) en het verdrag (Tractatenblad 2014, nr. 113)"
    assert [(r[0], r[4]) for r in _refs(text)] == [
        ("other", "trb-2007-169"),
        ("other", "trb-2014-113"),
    ]


def test_motie_named_without_number_is_no_reference():
    assert find_references("Over de motie-Bruins Slot/Pia Dijkstra ben ik in overleg") == []


# dates


def _dates(text: str, letter_date: str | None) -> list[tuple]:
    return [(d.text, d.date, d.date_end) for d in find_dates(text, letter_date)]


def test_day_range_with_en_has_an_end_date():
    text = "(NAR) die op 4 en 5 december 2018 in Brussel bijeen kwam"
    assert _dates(text, None) == [("4 en 5 december 2018", "2018-12-04", "2018-12-05")]


def test_jl_resolves_to_the_last_such_day_before_the_letter():
    text = "Tijdens de Regeling van Werkzaamheden op 5 december jl. verzocht het lid"
    assert _dates(text, "2018-12-12") == [("5 december jl.", "2018-12-05", None)]


def test_month_with_jl_has_month_precision():
    text = "Positief is dat de parlementsverkiezingen van oktober jl. relatief veilig"
    assert _dates(text, "2018-12-12") == [("oktober jl.", "2018-10", None)]


def test_day_without_year_takes_the_year_of_the_latest_date_in_an_undated_letter():
    text = "de NAVO-Raad op 14 april 2021. De terugtrekking begint rond 1 mei en"
    assert [d[1] for d in _dates(text, None)] == ["2021-04-14", "2021-05-01"]


def test_en_dash_range_and_numeric_dates():
    text = "de RAZEB van 23–24 februari 2004; 11-03-2009 | Kamerstuk; (concept 19-01-05)"
    assert [d[1:] for d in _dates(text, "2005-02-11")] == [
        ("2004-02-23", "2004-02-24"),
        ("2009-03-11", None),
        ("2005-01-19", None),
    ]


def test_year_only_and_bare_numbers_are_no_dates():
    text = "Zo zet de VS de deur open; vorig jaar; in 2024 komen 32 landen"
    assert _dates(text, "2018-12-12") == []


def test_undated_letter_resolves_aanstaande_against_the_title_month():
    found = find_dates("op 10 en 11 juni aanstaande", None, "agenda Brussel juni 2010")
    assert [(d.date, d.date_end) for d in found] == [("2010-06-10", "2010-06-11")]


# entities and acronyms


def test_adjectives_and_abbreviations_become_country_names():
    text = "de Russische troepenopbouw, het VK, de Kosovaarse stap, Oekraïense zeelieden"
    assert [e.name for e in find_countries(text)] == [
        "Rusland",
        "Verenigd Koninkrijk",
        "Kosovo",
        "Oekraïne",
    ]


def test_country_wrapped_over_a_line_is_found():
    assert [e.name for e in find_countries("bijdragen van de Verenigde \nStaten.")] == [
        "Verenigde Staten"
    ]


def test_two_us_ministers_in_one_phrase_each_get_their_post():
    text = (
        "De Amerikaanse ministers van Buitenlandse Zaken, Blinken, en Defensie, Austin, "
        "gaven de NAVO-bondgenoten een toelichting"
    )
    assert [(p.name, p.role) for p in find_persons(text)] == [
        ("Blinken", "Amerikaanse minister van Buitenlandse Zaken"),
        ("Austin", "Amerikaanse minister van Defensie"),
    ]


def test_member_with_party_and_title_before_name():
    text = "verzocht het lid Karabulut (SP) informatie; de Libische Minister-President Serraj aan"
    assert [(p.name, p.role, p.party) for p in find_persons(text)] == [
        ("Karabulut", "lid", "SP"),
        ("Serraj", "Libische Minister-President", None),
    ]


def test_salutation_is_no_person():
    assert find_persons("Zeer geachte Voorzitter,\n\nHierbij ontvangt u") == []


def test_missions_and_treaties():
    text = "bijdrage aan EUFOR Althea en het INF-verdrag, conform het Verdrag van Washington"
    assert [(e.type, e.name) for e in find_missions_and_treaties(text)] == [
        ("mission", "EUFOR Althea"),
        ("treaty", "INF-verdrag"),
        ("treaty", "Verdrag van Washington"),
    ]


def test_acronym_long_form_is_matched_to_its_initials():
    text = (
        "Nederland verzorgt zowel Train, Advice and Assist (TAA)-activiteiten via een "
        "Duits-Nederlands Special Operations Advisory Team (SOAT). Stappen richting "
        "Membership Action Plan- (MAP)status. Het lid Karabulut (SP) vroeg"
    )
    assert [(a.short, a.long) for a in find_acronyms(text)] == [
        ("TAA", "Train, Advice and Assist"),
        ("SOAT", "Special Operations Advisory Team"),
        ("MAP", "Membership Action Plan"),
    ]


def test_legal_short_forms_and_laws_with_one_capital():
    text = (
        "het Internationaal Verdrag inzake de Rechten van het Kind (hierna: IVRK) en de "
        "Wet tegemoetkoming loondomein (Wtl) per 1 januari. Het overleg in Ede (Ede) en de "
        "Raad voor het openbaar bestuur (Rob) en de vergadering in Den Haag (Den)."
    )
    assert [(a.short, a.long) for a in find_acronyms(text)] == [
        ("IVRK", "Internationaal Verdrag inzake de Rechten van het Kind"),
        ("Wtl", "Wet tegemoetkoming loondomein"),
        ("Rob", "Raad voor het openbaar bestuur"),
    ]


# sentences and statements


def test_splitter_keeps_abbreviations_and_initials_inside_the_sentence():
    text = (
        "Op 4 februari jl. is uw Kamer geïnformeerd over ca. 80 militairen (Kamerstuk "
        "28676, nr. 353, d.d. 4 februari 2021). Conform art. 10 tekende S.A. Blok. Klaar."
    )
    assert len(split_sentences(text)) == 3


def test_commitment_is_a_later_promise_to_the_kamer():
    sentence = (
        "Zoals eerder is gemeld zal het kabinet het Nederlandse nationale plan met uw Kamer delen."
    )
    assert classify(sentence, [], None)[0] == "commitment"
    assert classify("Op 4 februari jl. is uw Kamer geïnformeerd over de inzet.", [], None) is None


def test_decision_of_a_body_but_not_of_a_named_foreign_leader():
    assert classify("Bondgenoten namen een verklaring aan over Afghanistan.", [], None)[0] == (
        "decision"
    )
    text = "President Biden heeft daarom besloten tot een beperkte verlenging."
    persons = find_persons(text)
    assert classify(text, persons, None) is None


def test_position_with_inverted_subject_and_pronoun_after_a_dutch_minister():
    text = (
        "De minister van Buitenlandse Zaken benadrukte het belang van steun. "
        "Hij stelde vast dat Afghanistan geen uitvalsbasis meer is. "
        "Namens Nederland namen de ministers deel aan de bijeenkomst. "
        "Om die reden heeft Nederland opgeroepen tot terughoudendheid."
    )
    found = find_statements(text, split_sentences(text))
    assert [(s.kind, s.actor) for s in found] == [
        ("position", "minister van Buitenlandse Zaken"),
        ("position", "minister van Buitenlandse Zaken"),
        ("position", "Nederland"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # real sentences of the domestic dev set (kst-29279-106, kst-33400-VIII-5,
        # kst-22894-234, kst-32793-69)
        "Ik ben voornemens u mijn standpunt en de daarbij behorende stukken begin mei toe "
        "te zenden.",
        "Vanwege de demissionaire status van het kabinet zal ik de nieuwe bewindspersoon "
        "van OCW verzoeken om de gevraagde reactie aan uw Kamer te zenden.",
        "Mijn reactie op de onderzoeksresultaten wil ik opnemen in de komende brief met de "
        "rapportage over het eerste jaar rookvrije horeca.",
        "Onze planning is nu om de opzet medio april naar de Kamer te sturen.",
    ],
)
def test_promises_of_a_later_letter_are_commitments(sentence):
    assert classify(sentence, [], None)[0] == "commitment"


def test_a_separate_later_letter_is_a_promise_and_a_wish_to_inform_now_is_not():
    later = "Het kabinet zal in een separate brief op deze vraag ingaan."
    assert classify(later, [], None)[0] == "commitment"
    now = "In aanvulling op de agenda wil ik u informeren dat het voorzitterschap zal rapporteren."
    assert classify(now, [], None) is None
    also = "Tevens willen wij uw Kamer inlichten over het besluit van het kabinet."
    assert classify(also, [], None) is None
    refused = "Vanwege deze gebeurtenissen is een eerder verzoek van de hand gewezen."
    assert classify(refused, [], None)[0] == "decision"
    called_off = (
        "Hierbij deel ik u mee dat de Landbouwraad van 18 oktober géén doorgang zal vinden."
    )
    assert classify(called_off, [], None) == ("decision", None)
    assert classify("Het overleg vindt doorgang.", [], None) is None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # an answer to Kamervragen promised, and more time asked: promises
        ("Ik streef ernaar de vragen zo spoedig mogelijk te beantwoorden.", "commitment"),
        ("Daarom verzoek ik u de termijn met 4 weken te verlengen tot 20 februari.", "commitment"),
        # the signers' own earlier acts, reported with their day: nothing new
        ("Op 17 december 2012 stuurden wij u een verzoek om het overleg uit te stellen.", None),
        ("Op 2 februari jl. heb ik toegezegd u binnen twee maanden het onderzoek te sturen.", None),
        ("Op 4 februari jl. heeft de Raad besloten de sancties te verlengen.", "decision"),
    ],
)
def test_answers_promised_more_time_asked_and_earlier_acts(sentence, kind):
    result = classify(sentence, [], None)
    assert (result[0] if result else None) == kind


def test_a_refused_request_is_a_decision():
    sentence = "Tegen deze achtergrond zal ik niet aan uw verzoek tegemoet komen."
    assert classify(sentence, [], None)[0] == "decision"


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Deze motie is door de Kamer verworpen.", "de Kamer"),
        (
            "Ik heb geconstateerd dat de door de heer Hofstra ingediende motie (vergaderjaar "
            "1996–1997, 25 000 XI, nr. 28) op 26 november door de Tweede Kamer is aanvaard.",
            "Tweede Kamer",
        ),
        ("Daarbij is afgesproken het interview op maandag aan te kondigen.", None),
        ("Op 28 juni besloot de NAVO om de operatie te beëindigen.", "NAVO"),
        ("De lidstaten zijn overeengekomen dat de aanpak via informatie-uitwisseling loopt.", None),
        # the agreement holds a promise; what the sentence reports is the agreement
        ("Na overleg is afgesproken dat u niet middels een fiche zal worden geïnformeerd.", None),
    ],
)
def test_votes_agreements_and_inverted_decisions(sentence, actor):
    kind, found = classify(sentence, [], None)
    assert kind == "decision"
    assert found == actor or actor is None


@pytest.mark.parametrize(
    "sentence",
    [
        # an agreement recalled, a participle before a noun, a relative clause, a question
        "Hij riep op de plannen aan te leveren, zoals door de regeringsleiders is afgesproken.",
        "Het met veldpartijen overeengekomen plan van aanpak staat beschreven in de bijlage.",
        "Keuzes zijn lastig omdat visies waar de Kamer mee heeft ingestemd weinig ruimte laten.",
        "Moet die aftrek niet nul zijn, zoals het onderzoek concludeert?",
    ],
)
def test_no_decision_in_recalled_agreements_participles_or_questions(sentence):
    result = classify(sentence, [], None)
    assert result is None or result[0] != "decision"


def test_the_writers_own_account_in_an_impersonal_sentence():
    signer = (Signatory("A.B. de Vries", "De Minister van Defensie"),)
    sentence = "Het is helaas niet mogelijk gebleken om dit binnen de termijn te doen."
    assert classify(sentence, [], None, signer) == ("position", "minister van Defensie")
    assert classify("Het is mij niet bekend hoe dit tot stand kwam.", [], None)[0] == "position"
    # what others should do is no position of the writer (seed convention)
    assert classify("Het is van belang dat Rusland de zeelieden vrijlaat.", [], None) is None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # older letters capitalise the government
        ("De Regering veroordeelt dit barbaarse optreden scherp.", "position"),
        # the main clause after an opening clause: "..., willen wij ..."
        (
            "Omdat preventie een breed begrip is, willen wij deze opzet met onze collega's "
            "bespreken.",
            "position",
        ),
        ("Omdat het kabinet dit wil, gaat de Raad akkoord.", None),
        # the letter announcing itself
        ("Mede namens de Minister van Buitenlandse Zaken bericht ik u als volgt.", None),
    ],
)
def test_positions_in_older_and_subordinate_shapes(sentence, kind):
    result = classify(sentence, [], None)
    assert (result[0] if result else None) == kind


def test_the_signers_together_hold_a_position():
    sentence = "Wij betreuren dit en bieden onze excuses aan voor het uitstel."
    assert classify(sentence, [], None) == ("position", "het kabinet")


@pytest.mark.parametrize(
    "sentence",
    [
        "Bij brief van 17 april 1996 heb ik het Kabinetsstandpunt aan de Tweede Kamer aangeboden.",
        "Ik hoop u hiermee voldoende te hebben geïnformeerd.",
        "In verband hiermee doe ik u hierbij een afschrift toekomen van mijn brief.",
        "Graag bieden wij u hierbij de aanvullende informatie op de geannoteerde agenda aan.",
    ],
)
def test_what_a_letter_says_of_itself_or_earlier_letters_is_no_statement(sentence):
    assert classify(sentence, [], None) is None


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # the day before the body (def-20100526, kst-21501-20-865, kst-33268-25)
        (
            "Ik bericht u dat op 10 en 11 juni 2010 in Brussel een formele bijeenkomst "
            "wordt gehouden van de Noord-Atlantische Raad (NAR).",
            "2010-06-10",
        ),
        (
            "Dinsdag 27 mei 2014 vindt een informeel diner plaats van de staatshoofden en "
            "regeringsleiders van de EU-lidstaten.",
            "2014-05-27",
        ),
        (
            "Voor donderdag 11 september 2014 is een Algemeen Overleg met de vaste commissie "
            "voor Binnenlandse Zaken gepland.",
            "2014-09-11",
        ),
        (
            "De vaste commissie voor Economische Zaken heeft op 13 februari 2013 overleg "
            "gevoerd met minister Kamp.",
            "2013-02-13",
        ),
    ],
)
def test_meeting_named_after_its_day(sentence, day):
    meetings = find_meetings(sentence, [(0, len(sentence))], find_dates(sentence, None), [])
    assert [m.dates[0] for m in meetings] == [day]


def test_advisory_councils_are_no_meetings():
    sentence = "Het advies van de Kiesraad d.d. 18 april 2014 is ontvangen."
    assert find_meetings(sentence, [(0, len(sentence))], find_dates(sentence, None), []) == []


def test_a_meeting_in_a_country_named_like_its_city_is_held_in_the_city(tmp_path):
    from kamerbrieven.pipeline import read

    letter = tmp_path / "brief.txt"
    letter.write_text(
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Den Haag, 20 mei 2022\n\n"
        "Hierbij bieden wij uw Kamer de geannoteerde agenda aan van de Raad Justitie en "
        "Binnenlandse Zaken op 9 en 10 juni 2022 in Luxemburg1. Ook investeringen in "
        "Duitsland komen aan de orde.\n\nDe Transportraad van 5 juni a.s. te Luxemburg.\n",
        encoding="utf-8",
    )
    record = read(letter)
    assert [(m.body, m.location) for m in record.meetings] == [
        ("Raad Justitie en Binnenlandse Zaken", "Luxemburg"),
        ("Transportraad", "Luxemburg"),  # "te Luxemburg"
    ]
    kinds = {e.name: e.type for e in record.entities if e.type in ("country", "place")}
    assert kinds == {"Luxemburg": "place", "Duitsland": "country"}


def test_the_kamers_overleg_has_its_day_before_it_and_no_place_from_later_sentences():
    from kamerbrieven.extract.dates import find_dates

    text = (
        "De vaste commissie heeft op 16 maart 2000 overleg gevoerd met minister Pronk over: "
        "– het verslag van de Milieuraad van 13 december 1999; – de geannoteerde agenda "
        "voor de Milieuraad van 30 maart 2000. De minister was eerder in Amsterdam."
    )
    sentences = split_sentences(text)
    amsterdam = text.index("Amsterdam")
    place = [Entity("place", "Amsterdam", "Amsterdam", (amsterdam, amsterdam + 9))]
    meetings = find_meetings(text, sentences, find_dates(text, "2000-04-07"), place)
    assert [(m.body, m.dates, m.location) for m in meetings] == [
        ("overleg", ("2000-03-16",), None),
        # the council the agenda prepares; the one of "het verslag van" is past
        ("Milieuraad", ("2000-03-30",), None),
    ]


def test_a_post_after_a_surname_and_a_sentence_opening_honorific():
    from kamerbrieven.extract.persons import find_persons

    text = (
        "De commissie sprak met minister Pronk van Volkshuisvesting, Ruimtelijke Ordening en "
        "Milieubeheer. De heer Feenstra (PvdA) refereerde aan de ramp. Het lid Jasper van "
        "Dijk vroeg het ook."
    )
    assert [(e.name, e.role, e.party) for e in find_persons(text)] == [
        ("Pronk", "minister", None),
        ("Feenstra", None, "PvdA"),
        ("Jasper van Dijk", "lid", None),
    ]


def test_a_named_forum_with_its_days_is_a_second_meeting_of_the_sentence():
    from kamerbrieven.extract.dates import find_dates

    text = (
        "Hierbij de geannoteerde agenda van de Transportraad op 5 juni en de bijeenkomst van "
        "het International Migration Review Forum van 17 t/m 20 mei. Hierbij deel ik u mee "
        "dat de Landbouwraad, die stond voor 18 oktober 2022, niet doorgaat. De commissie "
        "heeft op 16 maart overleg gevoerd over het verslag van de Milieuraad van 13 "
        "december 2021."
    )
    meetings = find_meetings(text, split_sentences(text), find_dates(text, "2022-05-31"), [])
    assert [(m.body, m.dates[0]) for m in meetings] == [
        ("Transportraad", "2022-06-05"),
        ("International Migration Review Forum", "2022-05-17"),
        ("Landbouwraad", "2022-10-18"),  # a council's name before a comma
        ("overleg", "2022-03-16"),  # not the Milieuraad an earlier letter reported on
    ]
