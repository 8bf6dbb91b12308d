"""Headers and closings of foreign-affairs and defence letters 1999-2022 (tests/devset/foreign):
site title and date lines, letterheads without a salutation, subjects over two lines,
side-by-side signatures. Each input is a real line of a dev-set document."""

from kamerbrieven.parse import read_letter
from kamerbrieven.parse.header import read_header
from kamerbrieven.parse.signature import find_closing, split_names

from .conftest import raw_from_text


def test_tweedekamer_page_title_second_dossier_and_wrapped_kind_line():
    # kst-23432-486 and kst-29521-403 as tweedekamer.nl pages
    lines = [
        "Brief regering : Uitkomsten en kabinetsappreciatie extern onderzoek naar UAWC",
        "23 432 De situatie in het Midden-Oosten",
        "34 952 Investeren in Perspectief – Goed voor de Wereld, Goed voor Nederland",
        "Nr. 486 BRIEF VAN DE MINISTERS VOOR BUITENLANDSE HANDEL EN "
        "ONTWIKKELINGSSAMENWERKING EN VAN",
        "BUITENLANDSE ZAKEN",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "Den Haag, 5 januari 2022",
        "Met deze brief informeren wij uw Kamer",
    ]
    header = read_header(lines)
    assert (header.dossier, header.number, header.date) == ("23432", 486, "2022-01-05")
    assert header.page_title == "Uitkomsten en kabinetsappreciatie extern onderzoek naar UAWC"
    assert header.dossier_title == "De situatie in het Midden-Oosten"
    assert lines[header.body_start].startswith("Met deze brief")
    letter = read_letter(raw_from_text("\n".join(lines)))
    assert letter.title == header.page_title and letter.kind == "brief"
    assert letter.senders == ("Buitenlandse Zaken",)


def test_letterhead_without_salutation_subject_wraps_into_a_date():
    # bz-19990413: no "Geachte", the body starts under the subject and its "C.c." label
    text = (
        "Ministerie van Buitenlandse Zaken\n\n\nAan de Voorzitter van de Tweede Kamer\n\n"
        "der Staten-Generaal\n\nPostbus 20061\n\n\n2500 EB Den Haag\n\n"
        "Datum 13 april 1999\nKenmerk DVB/CV-082/99\nBlad /3\nBijlage(n) 2\n"
        "Betreft Speciale ministeriele NAVO-Raad over Kosovo/Brussel 12 april\n1999\nC.c.\n\n"
        "Op 12 april 1999 hebben in Brussel de NAVO Ministers de situatie besproken.\n"
    )
    letter = read_letter(raw_from_text(text))
    assert letter.title == "Speciale ministeriele NAVO-Raad over Kosovo/Brussel 12 april 1999"
    assert letter.date == "1999-04-13"
    assert letter.senders == ("Buitenlandse Zaken",)
    assert letter.text.startswith("Op 12 april 1999")
    assert not [s.heading for s in letter.sections if s.heading]


def test_two_letterheads_labels_over_lines_and_a_subject_ending_in_a_full_stop():
    # bz-def-20041001: "Postbus" / "20701" is no dossier, the date hides in a label row
    lines = [
        "Ministerie van Buitenlandse Zaken",
        "Ministerie van Defensie",
        "Postbus",
        "20701",
        "Postbus",
        "20061",
        "Uw brief Uw kenmerk Ons",
        "nummer Datum",
        "DVB/",
        "CV - 341/04 1 oktober 2004",
        "Onderwerp: Nederlandse militaire bijdrage aan de EU-geleide",
        'troepenmacht in Bosnië-Herzegovina: operatie "Althea".',
        "Overeenkomstig het Toetsingskader 2001 bent u op 14 mei jl. op de",
    ]
    header = read_header(lines)
    assert header.dossier is None and header.date == "2004-10-01"
    assert header.title == (
        "Nederlandse militaire bijdrage aan de EU-geleide troepenmacht in "
        'Bosnië-Herzegovina: operatie "Althea"'
    )
    assert header.ministries == ["Buitenlandse Zaken", "Defensie"]
    assert lines[header.body_start].startswith("Overeenkomstig")


def test_label_and_value_on_lines_of_their_own_and_a_date_above_the_letterhead():
    # bz-20040428: "van 26 en 27 april 2004" (the page's title) is not the letter's date
    lines = [
        "Ministerie van Buitenlandse Zaken",
        "",
        "van 26 en 27 april 2004",
        "",
        "Kamerbrief verslag RAZEB van 26 en 27 april 2004",
        "",
        "Datum",
        "",
        "28 april 2004",
        "",
        "Betreft",
        "",
        "Verslag van de Raad Algemene Zaken en Externe Betrekkingen van 26-27 april 2004",
        "",
        "Graag bieden wij u hierbij het verslag aan",
    ]
    header = read_header(lines)
    assert header.date == "2004-04-28"
    assert header.title.startswith("Verslag van de Raad") and header.title.endswith("2004")
    assert [line for line in lines[header.body_start :] if line][0].startswith("Graag")


def test_lower_case_label_counts_but_not_a_body_line_starting_with_the_word():
    # lnv-20011019 ("onderwerp" / "Deelname ...") and seed 002 ("onderwerp. De bondgenoten")
    header = read_header(
        [
            "datum",
            "19-10-2001",
            "",
            "onderwerp",
            "Deelname conferentie Esbjerg",
            "",
            "Geachte Voorzitter,",
            "",
            "U heeft mij gemeld",
        ]
    )
    assert (header.title, header.date) == ("Deelname conferentie Esbjerg", "2001-10-19")
    header = read_header(
        [
            "Nr. 307 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN",
            "",
            "Den Haag, 12 december 2018",
            "",
            "Hierbij informeer ik u",
            "",
            "onderwerp. De bondgenoten riepen Rusland op",
        ]
    )
    assert header.title is None and header.body_start == 3


def test_site_date_lines():
    # opennieuwsbank.nl (bz-20090311) and berthub.eu (az-bz-def-20081222)
    header = read_header(
        [
            "Ministerie van Buitenlandse Zaken",
            "",
            "Kamerbrief inake aanvullende informatie over de Geannoteerde agenda",
            "",
            "11-03-2009 | Kamerstuk | Nederlands Ministerie van Buitenlandse Zaken",
            "",
            "Graag bieden wij u hierbij",
        ]
    )
    assert header.date == "2009-03-11"
    assert header.page_title.startswith("Kamerbrief inake")
    header = read_header(
        [
            "Brief Eerste Kamer",
            "",
            "Nummer: 2008D23614, datum: 2008-12-22, bijgewerkt: 2024-02-19 10:56, versie: 1",
            "",
            "Zeer geachte Voorzitter,",
            "",
            "Hierbij ontvangt u",
        ]
    )
    assert header.date == "2008-12-22"


def test_two_names_on_one_line():
    assert split_names("Dr B. R. Bot Mr Drs A. Nicolaï") == ["Dr B. R. Bot", "Mr Drs A. Nicolaï"]
    assert split_names("E. van Middelkoop") == ["E. van Middelkoop"]
    assert split_names("Mr. Dr. J.P. Balkenende") == ["Mr. Dr. J.P. Balkenende"]


def _signers(lines):
    closing = find_closing(lines)
    return [(s.name, s.function) for s in closing.signatories]


def test_side_by_side_signatures_over_three_lines_before_the_annex():
    # bz-20051114
    lines = [
        "het verslag te doen toekomen.",
        "",
        "De Minister De Staatssecretaris",
        "",
        "van Buitenlandse Zaken, voor Europese Zaken,",
        "",
        "Dr B. R. Bot Mr Drs A. Nicolaï",
        "",
        "Verslag van de Raad Algemene Zaken en Externe Betrekkingen (RAZEB) van 7 november 2005",
        "",
        "En marge van de Raad vond een lunch plaats.",
    ]
    assert _signers(lines) == [
        ("Dr B. R. Bot", "De Minister van Buitenlandse Zaken"),
        ("Mr Drs A. Nicolaï", "De Staatssecretaris voor Europese Zaken"),
    ]


def test_side_by_side_signatures_read_column_by_column():
    # bz-20040428: the two columns interleave line by line, a third signer under them
    lines = [
        "Graag bieden wij u hierbij het verslag aan.",
        "",
        "De Minister De Minister voor",
        "",
        "van Buitenlandse Zaken,",
        "Ontwikkelingssamenwerking,",
        "",
        "Dr. B. Bot",
        "A.M.A. van Ardenne-van der Hoeven",
        "",
        "De Staatssecretaris",
        "",
        "voor Europese Zaken,",
        "",
        "Mr. Drs. A. Nicolaï",
        "",
        "Verslag van de Raad Algemene Zaken en Externe Betrekkingen van 26-27 april 2004",
        "",
        "Er was geen commentaar.",
    ]
    assert _signers(lines) == [
        ("Dr. B. Bot", "De Minister van Buitenlandse Zaken"),
        ("A.M.A. van Ardenne-van der Hoeven", "De Minister voor Ontwikkelingssamenwerking"),
        ("Mr. Drs. A. Nicolaï", "De Staatssecretaris voor Europese Zaken"),
    ]


def test_side_by_side_on_one_line_and_prime_minister_block_above_the_others():
    # bz-20090311
    lines = [
        "Graag bieden wij u hierbij de informatie aan.",
        "",
        "De Minister van Buitenlandse Zaken, De Staatssecretaris voor Europese Zaken,",
        "",
        "Drs. M.J.M. Verhagen Drs. F.C.G.M. Timmermans",
        "",
        "Aanvullende informatie op de Geannoteerde agenda",
        "",
        "In aanvulling op de agenda.",
    ]
    assert [n for n, _ in _signers(lines)] == ["Drs. M.J.M. Verhagen", "Drs. F.C.G.M. Timmermans"]
    # az-bz-def-20081222
    lines = [
        "vooraf.",
        "",
        "De minister-president,",
        "",
        "Minister van Algemene Zaken,",
        "",
        "Mr. Dr. J.P. Balkenende",
        "",
        "De minister van Buitenlandse Zaken,",
        "",
        "Drs. M.J.M. Verhagen",
        "",
        "Achtergrondschets en aspecten van de besluitvorming",
        "",
        "Sinds 1979 was Saddam Hoessein president van Irak.",
    ]
    assert _signers(lines) == [
        ("Mr. Dr. J.P. Balkenende", "De minister-president, Minister van Algemene Zaken"),
        ("Drs. M.J.M. Verhagen", "De minister van Buitenlandse Zaken"),
    ]


def test_cover_letter_over_a_council_report_is_a_letter_and_the_report_title_a_heading():
    # kst-21501-02-529 (pre-2008 layout): the kind line says BRIEF, the annex is the report;
    # a minister's letter reporting a council meeting is a brief (record contract, issue 11)
    text = (
        "21 501-02\nRaad Algemene Zaken en Externe Betrekkingen\n\nnr. 529\n"
        "BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Den Haag, 1 maart 2004\n\nGraag bieden wij u hierbij het verslag aan van de Raad "
        "Algemene Zaken en Externe Betrekkingen van 23–24 februari 2004.\n\n"
        "De Minister van Buitenlandse Zaken,\n\nB. R. Bot\n\n"
        "De Staatssecretaris van Buitenlandse Zaken,\n\nA. Nicolaï\n\n"
        "Verslag van de Raad Algemene Zaken en Externe Betrekkingen van 23–24 februari 2004"
        "\n\nAlgemene Zaken\n\nStand van zaken overige Raden\n\nEr was geen commentaar.\n"
    )
    letter = read_letter(raw_from_text(text))
    assert letter.kind == "brief"
    assert [s.heading for s in letter.sections if s.heading][:2] == [
        "Verslag van de Raad Algemene Zaken en Externe Betrekkingen van 23–24 februari 2004",
        "Algemene Zaken",
    ]
    assert [s.name for s in letter.signatories] == ["B. R. Bot", "A. Nicolaï"]


def test_supplement_to_an_annotated_agenda_and_a_news_wire_title():
    # bz-20090311 (annex title) and def-20100526 (only the wire's title names it)
    text = (
        "Ministerie van Buitenlandse Zaken\n\nKamerbrief inake aanvullende informatie over "
        "de Geannoteerde agenda van de RAZEB van 16 en 17 maart 2009\n\n"
        "11-03-2009 | Kamerstuk | Nederlands Ministerie van Buitenlandse Zaken\n\n"
        "Graag bieden wij u hierbij de aanvullende informatie aan.\n\n"
        "De Minister van Buitenlandse Zaken, De Staatssecretaris voor Europese Zaken,\n\n"
        "Drs. M.J.M. Verhagen Drs. F.C.G.M. Timmermans\n\n"
        "Aanvullende informatie op de Geannoteerde agenda van de Raad Algemene Zaken en "
        "Externe Betrekkingen (RAZEB) van 16 en 17 maart 2009\n\n"
        "In aanvulling op de geannoteeerde agenda wil ik u informeren.\n\n"
        "* Ministerie van Buitenlandse Zaken\n\n* Postbus 20061\n"
    )
    letter = read_letter(raw_from_text(text))
    assert (letter.kind, letter.date) == ("geannoteerde agenda", "2009-03-11")
    assert [s.heading for s in letter.sections if s.heading] == [
        "Aanvullende informatie op de Geannoteerde agenda van de Raad Algemene Zaken en "
        "Externe Betrekkingen (RAZEB) van 16 en 17 maart 2009"
    ]
    text = (
        "Kamerbrief inzake geannoteerde agenda Brussel juni 2010\n\nIngevolge het verzoek "
        "van uw Kamer bericht ik u.\n\nDE MINISTER VAN DEFENSIE\n\nE. van Middelkoop\n"
    )
    letter = read_letter(raw_from_text(text))
    assert (letter.kind, letter.title) == (
        "geannoteerde agenda",
        "Kamerbrief inzake geannoteerde agenda Brussel juni 2010",
    )
    assert not [s.heading for s in letter.sections if s.heading]


def test_letter_on_ministry_paper_without_salutation_or_signature_is_a_brief():
    # bz-def-20041001, cut off before its signature
    text = (
        "Ministerie van Buitenlandse Zaken\nMinisterie van Defensie\nAan:\n"
        "de Voorzitter van de Eerste Kamer der Staten-Generaal\n"
        "Onderwerp: Nederlandse militaire bijdrage aan de EU-geleide\n"
        'troepenmacht in Bosnië-Herzegovina: operatie "Althea".\n'
        "Overeenkomstig het Toetsingskader 2001 bent u op 14 mei jl. op de\n"
        "hoogte gesteld van het feit dat het kabinet de wenselijkheid onderzoekt.\n"
    )
    letter = read_letter(raw_from_text(text))
    assert letter.kind == "brief"
    assert letter.senders == ("Buitenlandse Zaken", "Defensie")


def test_subject_naming_answers_to_kamervragen_and_a_note_to_a_minister():
    from kamerbrieven.parse.kind import guess_kind

    # jenv-20240111 (docx): "Kamervragen" written as one word
    title = (
        "Beantwoording Kamervragen van de leden Temmink en Van Nispen (beiden SP) aan de "
        "minister van Justitie en Veiligheid"
    )
    assert guess_kind(None, title, None, "voorzitter", True) == "antwoorden kamervragen"
    # ez-beslisnota-20241030: a note "Aan de Minister van Economische Zaken" is no letter
    text = (
        "Aan de Minister van Economische Zaken\n\nDoorgeleiding werkprogramma 2025\n\n"
        "Aanleiding\nHet Adviescollege Toetsing Regeldruk (ATR) heeft een werkprogramma.\n"
    )
    assert read_letter(raw_from_text(text)).kind == "other"


def test_two_letterhead_columns_read_across_give_subject_and_date():
    # szw-20060329: "Onderwerp Datum" labels side by side, their values on the lines under
    text = (
        "Ministerie van Sociale Zaken en Werkgelegenheid\n\nUw brief Ons kenmerk\n\n"
        "- IZ/EA/2006/25717\n\nOnderwerp Datum\nVerslag van de bijeenkomst van de Raad 29 "
        "maart 2006\nWSBVC van 10 maart 2006 (onderdeel\nwerkgelegenheid en sociaal beleid)\n\n"
        "Hierbij zend ik u het verslag van de Raad op 10 maart in Brussel.\n\n"
        "De Minister van Sociale Zaken en Werkgelegenheid,\n\nA.J. de Geus\n"
    )
    letter = read_letter(raw_from_text(text))
    assert letter.date == "2006-03-29"
    assert letter.title == (
        "Verslag van de bijeenkomst van de Raad WSBVC van 10 maart 2006 (onderdeel "
        "werkgelegenheid en sociaal beleid)"
    )
    assert letter.text.startswith("Hierbij zend ik u")


def test_a_question_ending_in_footnote_markers_ends_before_its_answer_heading():
    text = (
        "Vraag 1\nBent u bekend met het bericht «Unicef: Nederland biedt kinderen geen gezonde "
        "leefomgeving»1?, 2\nAntwoord 1\nJa.\nVraag 2\nDeelt u de mening?\nAntwoord 2\nNee.\n"
    )
    letter = read_letter(raw_from_text(text))
    headings = [s.heading for s in letter.sections if s.heading]
    assert headings == ["Vraag 1", "Antwoord 1", "Vraag 2", "Antwoord 2"]
