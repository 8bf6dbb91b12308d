"""Real documents as pypdfium2 extracts them, and older / Eerste Kamer header shapes."""

import pytest

from kamerbrieven.parse import read_letter

from .conftest import raw_from_text


def test_typeset_kamerstuk_letter(raw_file):
    letter = read_letter(raw_file("kst-29515-496.pdfium.txt"))
    assert (letter.id, letter.kind, letter.date) == ("kst-29515-496", "brief", "2025-01-28")
    assert letter.dossier_title == "Aanpak regeldruk en administratieve lasten"
    assert letter.senders == ("Economische Zaken",)
    assert letter.signatories[0].name == "D.S. Beljaarts"
    assert letter.text.startswith("Hierbij bied ik u het Werkprogramma 2025")
    assert "ISSN" not in letter.text and "’s-Gravenhage" not in letter.text
    assert "wet- en regelgeving" in letter.text


def test_motion_clauses_and_movers(raw_file):
    letter = read_letter(raw_file("kst-28286-1366.pdfium.txt"))
    assert (letter.kind, letter.number, letter.date) == ("motie", 1366, "2024-12-05")
    assert [s.name for s in letter.signatories] == ["Holman", "Van Campen"]
    paragraphs = letter.text.split("\n\n")
    assert paragraphs[:2] == ["De Kamer,", "gehoord de beraadslaging,"]
    assert "toegankelijkheid van de veterinaire zorg" in letter.text
    assert any(p.startswith("en gaat over tot de orde van de dag") for p in paragraphs)


def test_aanhangsel_answers(raw_file):
    letter = read_letter(raw_file("ah-tk-20232024-2210.pdfium.txt"))
    assert letter.kind == "antwoorden kamervragen"
    assert (letter.number, letter.date) == (2210, "2024-07-23")
    assert letter.senders == ("Klimaat en Groene Groei",)
    # an Aanhangsel answer is not signed: the answer line names the sender only
    # (convention of both dev sets, ah-tk-20222023-3649 and ah-tk-20232024-387)
    assert letter.signatories == ()
    headings = [s.heading for s in letter.sections if s.heading]
    assert headings[:4] == ["Vraag 1", "Antwoord 1", "Vraag 2", "Antwoord 2"]


def test_letter_spacing_damaged_header_of_a_kamerstuk():
    text = (
        " T weede Kamer der Staten-Generaal 2 V ergaderjaar 2018–2019 28 676 NAVO "
        "Nr. 307 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN \n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal \n\n"
        "Den Haag, 12 december 2018 \n\nHierbij informeer ik u over de bijeenkomst.\n\n"
        "De Minister van Buitenlandse Zaken,\nS.A. Blok\n"
    )
    letter = read_letter(raw_from_text(text))
    assert (letter.id, letter.dossier_title, letter.date) == ("kst-28676-307", "NAVO", "2018-12-12")
    assert letter.text.startswith("Hierbij informeer ik u")


def test_pre_2008_header_with_joint_ministers():
    text = (
        "Tweede Kamer der Staten-Generaal\nVergaderjaar 1998–1999\n\n"
        "21 501-02 Raad Algemene Zaken\n\n"
        "Nr. 12 BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "’s-Gravenhage, 3 mei 1999\n\nHierbij zenden wij u het verslag.\n\n"
        "De Minister van Buitenlandse Zaken,\nJ. J. van Aartsen\n\n"
        "De Minister van Defensie,\nF. H. G. de Grave\n"
    )
    letter = read_letter(raw_from_text(text))
    assert (letter.id, letter.kind, letter.date) == ("kst-21501-02-12", "brief", "1999-05-03")
    assert letter.senders == ("Buitenlandse Zaken", "Defensie")
    assert [s.name for s in letter.signatories] == ["J. J. van Aartsen", "F. H. G. de Grave"]


def test_eerste_kamer_letter_of_a_housed_minister():
    text = (
        "Eerste Kamer der Staten-Generaal 1\nVergaderjaar 2019–2020\n\n"
        "35 300 V Vaststelling van de begrotingsstaten van het Ministerie van Buitenlandse "
        "Zaken\n\nNr. 4 BRIEF VAN DE MINISTER VOOR BUITENLANDSE HANDEL EN "
        "ONTWIKKELINGSSAMENWERKING\n\nAan de Voorzitter van de Eerste Kamer der "
        "Staten-Generaal\n\nDen Haag, 2 maart 2020\n\nIn antwoord op uw brief bericht ik u.\n"
        "\nDe minister voor Buitenlandse Handel en Ontwikkelingssamenwerking,\nSigrid Kaag\n"
    )
    letter = read_letter(raw_from_text(text))
    assert (letter.dossier, letter.number) == ("35300-V", 4)
    assert letter.senders == ("Buitenlandse Zaken",)
    assert letter.addressee == "Voorzitter van de Eerste Kamer der Staten-Generaal"


def test_metadata_wins_and_disagreement_is_warned():
    text = "Den Haag, 12 december 2018\n\nGeachte voorzitter,\n\nHierbij.\n"
    raw = raw_from_text(text, metadata={"date": "2018-12-13", "dossier": "28 676", "number": "307"})
    letter = read_letter(raw)
    assert (letter.date, letter.id) == ("2018-12-13", "kst-28676-307")
    assert any("date" in w for w in letter.warnings)


def test_paragraph_layout_keeps_hyphens_and_takes_given_footnotes():
    from kamerbrieven.record import Footnote

    text = (
        "Geachte voorzitter,\n\nDe NAVO- bondgenoten spraken[1] over Rusland.\n\n"
        "Rusland\n\nDe bondgenoten riepen Rusland op.\n\n"
        "De minister van Defensie,\n\nA.G. Bijleveld-Schouten\n"
    )
    raw = raw_from_text(text, layout="paragraphs", footnotes=(Footnote("1", "Zie bijlage."),))
    letter = read_letter(raw)
    assert "De NAVO- bondgenoten spraken[1] over Rusland." in letter.text
    assert [s.heading for s in letter.sections] == [None, "Rusland"]
    assert letter.footnotes == (Footnote("1", "Zie bijlage."),)
    assert letter.senders == ("Defensie",)


def test_staatssecretaris_letter_on_ministry_paper():
    text = (
        "> Retouradres Postbus 20061 2500 EB Den Haag\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n"
        "2500 EA DEN HAAG\n\nDatum 4 februari 2021\nBetreft Gereedstelling militairen\n\n"
        "Geachte voorzitter,\n\nMet deze brief informeer ik u.\n\n"
        "De staatssecretaris van Defensie,\n\nB. Visser\n"
    )
    letter = read_letter(raw_from_text(text))
    assert (letter.date, letter.title) == ("2021-02-04", "Gereedstelling militairen")
    assert letter.senders == ("Defensie",) and letter.kind == "brief"
    assert letter.text.startswith("Geachte voorzitter,")


def test_lettered_eerste_kamer_letter_with_addressee_and_date_on_one_line():
    # parlementairemonitor.nl's copy of EK 33 826, C: the site's title and metadata above
    text = (
        "Brief van de minister over facultatief protocol VN-verdragen\n\n"
        "Kerngegevens\n\nDocumentdatum 04-06-2024\n\nNummer KST1145521\n\nTekst\n\n"
        "Eerste Kamer der Staten-Generaal\n\nVergaderjaar 2023-2024\n\n"
        "33 826    Mensenrechten in Nederland\n\n"
        "C1    BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT, EN\n\n"
        "DE STAATSSECRETARIS VAN VOLKSGEZONDHEID, WELZIJN EN SPORT\n\n"
        "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal Den Haag, 31 mei 2024\n\n"
        "Op 29 juni 2022 heeft de Raad van State voorlichting gegeven.\n"
    )
    letter = read_letter(raw_from_text(text))
    assert (letter.kind, letter.dossier, letter.number) == ("brief", "33826", None)
    assert letter.date == "2024-05-31"
    assert letter.addressee == "Voorzitter van de Eerste Kamer der Staten-Generaal"
    assert letter.senders == ("Volksgezondheid, Welzijn en Sport",)
    assert letter.text.startswith("Op 29 juni 2022")
    assert not [s.heading for s in letter.sections if s.heading]


def test_committee_verslag_is_signed_by_chair_and_clerk_near_the_top():
    text = (
        "35 510 Parlementaire ondervraging kinderopvangtoeslag\n\n"
        "Nr. 130 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nVastgesteld 25 mei 2023\n\n"
        "De vaste commissie voor Financiën heeft vragen voorgelegd aan de Staatssecretaris.\n\n"
        "De voorzitter van de commissie, Tielen\n\n"
        "De adjunct-griffier van de commissie, Kruithof\n\n"
        "Inleiding\n\nBijgaand treft u de reactie op de vragen.\n"
    )
    letter = read_letter(raw_from_text(text))
    assert (letter.kind, letter.number, letter.date) == (
        "verslag algemeen overleg",
        130,
        "2023-05-25",
    )
    assert [(s.name, s.function) for s in letter.signatories] == [
        ("Tielen", "De voorzitter van de commissie"),
        ("Kruithof", "De adjunct-griffier van de commissie"),
    ]
    assert [s.heading for s in letter.sections if s.heading] == ["Inleiding"]
    assert "Bijgaand treft u de reactie" in letter.text


def test_minutes_lines_of_a_verslag_are_no_headings():
    text = (
        "Kamerstuk 21501-33-413\n\nVerslag van een algemeen overleg\n\n"
        "Nr. 413 VERSLAG VAN EEN ALGEMEEN OVERLEG\n\nVastgesteld 2 april 2013\n\n"
        "De vaste commissie heeft overleg gevoerd met minister Kamp.\n\n"
        "De voorzitter van de vaste commissie voor Economische Zaken, Hamer\n\n"
        "Voorzitter: Hamer\n\nGriffier: Franke\n\nAanvang 16.02 uur\n\n"
        "De voorzitter: Ik open dit algemeen overleg.\n"
    )
    letter = read_letter(raw_from_text(text))
    assert (letter.kind, letter.dossier, letter.number) == (
        "verslag algemeen overleg",
        "21501-33",
        413,
    )
    assert [s.heading for s in letter.sections if s.heading] == []
    assert [s.name for s in letter.signatories] == ["Hamer"]


def test_word_file_of_a_changed_motie_with_the_chamber_in_capitals():
    # the layout of the Tweede Kamer's own .docx (kst-36682-10): chamber in capitals, its
    # logo "2" on a line of its own, and the line naming the motie it replaces
    text = (
        "TWEEDE KAMER DER STATEN-GENERAAL\n\n2\n\nVergaderjaar 2024-2025\n\n36 682\n\n"
        "Wijziging van een aantal wetten (Verzamelwet VWS 2024)\n\nNr. 10\n\n"
        "GEWIJZIGDE MOTIE VAN HET LID CLAASSEN\n\nTer vervanging van die gedrukt onder nr. 8"
        "\n\nVoorgesteld 22 april 2025\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n"
        "verzoekt de regering apothekers aan elkaar te laten leveren,\n\n"
        "en gaat over tot de orde van de dag.\n\nClaassen\n"
    )
    letter = read_letter(raw_from_text(text, layout="paragraphs"))
    assert (letter.id, letter.kind, letter.date) == ("kst-36682-10", "motie", "2025-04-22")
    assert letter.text.startswith("De Kamer,")
    assert [s.name for s in letter.signatories] == ["Claassen"]


def test_questions_each_with_its_answer_are_answers_to_kamervragen():
    text = (
        "In antwoord op uw brief van 5 juli 2024, nr. 2024Z11859, deel ik u mede dat de "
        "vragen van de leden Mutluer en Boswijk worden beantwoord zoals aangegeven in de "
        "bijlage.\n\nDe Minister van Justitie en Veiligheid,\n\nD.M. van Weel\n\n"
        "Vraag 1\n\nKent u het bericht?\n\nAntwoord op vraag 1\n\nJa.\n\n"
        "Vraag 2\n\nDeelt u de mening?\n\nAntwoord op vraag 2\n\nNee.\n"
    )
    letter = read_letter(raw_from_text(text, layout="paragraphs"))
    assert letter.kind == "antwoorden kamervragen"
    # one question and its answer inside a letter do not make it answers to Kamervragen
    one = (
        "Geachte voorzitter,\n\nVraag 1\n\nIs dit zo?\n\nAntwoord\n\nJa.\n\n"
        "De Minister van Defensie,\n\nA.B. de Vries\n"
    )
    assert read_letter(raw_from_text(one, layout="paragraphs")).kind == "brief"


def test_word_letter_on_ministry_paper_with_its_side_column_after_the_subject():
    # the Word layout of ministries' answers (jenv-lnv-20231018): the side column comes
    # after the subject; the signer's function has no comma; "mede namens" adds a sender
    text = (
        "> Retouradres Postbus 20301 2500 EH Den Haag\n\nDatum\n\n18 oktober 2023\n\n"
        "Onderwerp\n\nBeantwoording Kamervragen van het lid Wassenberg (PvdD) over "
        "bijtincidenten door honden\n\nDirectoraat-Generaal Politie en Veiligheidsregio’s\n\n"
        "Turfmarkt 147\n\n2511 DP Den Haag\n\nPostbus 20301\n\nwww.rijksoverheid.nl/jenv\n\n"
        "Contactpersoon\n\nT 070 426 64 26\n\nProjectnaam\n\nBeantwoording Kamervragen van "
        "het lid Wassenberg (PvdD)\n\nOns kenmerk\n\n4980892\n\nBij beantwoording de datum "
        "en ons kenmerk vermelden. Wilt u slechts één zaak in uw brief behandelen.\n\n"
        "In antwoord op uw brief van 7 september 2023 deel ik u mede dat de vragen worden "
        "beantwoord zoals aangegeven in de bijlage.\n\n"
        "mede namens de minister van Justitie en Veiligheid,\n\n"
        "de minister van Landbouw, Natuur en Voedselkwaliteit\n\nP. Adema\n\n"
        "Antwoorden van de minister van Landbouw, Natuur en Voedselkwaliteit\n\n"
        "Vraag 1\n\nWat is uw reactie?\n\nAntwoord 1\n\nEen reactie.\n"
    )
    letter = read_letter(raw_from_text(text, layout="paragraphs"))
    assert (letter.kind, letter.date) == ("antwoorden kamervragen", "2023-10-18")
    assert letter.text.startswith("In antwoord op uw brief van 7 september 2023")
    assert [s.name for s in letter.signatories] == ["P. Adema"]
    assert letter.senders == ("Landbouw, Natuur en Voedselkwaliteit", "Justitie en Veiligheid")
    assert "handtekening niet herkend" not in letter.warnings


def test_aanhangsel_answered_by_a_letter_elsewhere(corpus_letter):
    # ah-tk-20232024-1999: "Mededeling van Minister De Jonge (...) (ontvangen 7 juni 2024)"
    # instead of an answer, and "(ingezonden 30 mei" / "2024)." wrapping onto a new line
    letter = corpus_letter("ah-tk-20232024-1999.pdf")
    assert (letter.kind, letter.number, letter.date) == (
        "antwoorden kamervragen",
        1999,
        "2024-06-07",
    )
    assert letter.senders == ("Binnenlandse Zaken en Koninkrijksrelaties",)
    assert letter.title.endswith("juridische analyse(s) van het hoofdlijnenakkoord")
    assert not letter.text.startswith("2024).")


def test_scanned_motie_as_handed_in_reads_its_code_on_top(corpus_letter):
    # kst-35851-71.scan.pdf: the signed paper with an OCR layer; "35851-71" on top, the
    # kind line without "Nr.", the debate it was moved in; a code alone is no number
    letter = corpus_letter("kst-35851-71.scan.pdf")
    assert (letter.id, letter.kind, letter.date) == ("kst-35851-71", "motie", None)
    assert letter.dossier_title.startswith("Wijziging van de Wet Huis voor klokkenluiders")
    assert letter.text.startswith("De Kamer,")
    assert [s.name for s in letter.signatories] == ["Chakor", "Van Nispen"]
    alone = "21501-02\n\nRaad Algemene Zaken\n\nGeachte voorzitter,\n\nHierbij de agenda.\n"
    assert (
        read_letter(raw_from_text(alone)).dossier,
        read_letter(raw_from_text(alone)).number,
    ) == (
        "21501-02",
        None,
    )


def test_dates_of_an_advice_a_list_of_decisions_and_a_royal_message(corpus_letter):
    # Raad van State: form dots, then "No. W18.23.00028/IV 's-Gravenhage, 8 juni 2023"
    advice = corpus_letter("rvs-advies-W18.23.00028-IV-20230608-instellingswet-atr.pdf")
    assert advice.date == "2023-06-08"
    assert advice.text.startswith("Bij Kabinetsmissive van 15 februari 2023")
    # "Besluitenlijst van de vergadering gehouden op vrijdag 10 januari 2025"
    decisions = corpus_letter("az-ministerraad-besluitenlijst-20250110.pdf")
    assert decisions.date == "2025-01-10"
    # Koninklijke boodschap: the date stands under the text, before the King's name
    message = corpus_letter("kst-36450-1.pdf")
    assert (message.id, message.date) == ("kst-36450-1", "2023-10-16")
    # a memorie van toelichting has no date anywhere: none is guessed
    assert corpus_letter("kst-36450-3.pdf").date is None


def test_word_paragraph_broken_mid_sentence_is_joined(corpus_letter):
    name = "jenv-20240111-beantwoording-kamervragen-2023Z19677-niet-noodgevallennummer.docx"
    letter = corpus_letter(name)
    assert "nr. 2023Z19677, deel ik u mede dat de vragen van de leden" in letter.text
    assert "worden beantwoord zoals aangegeven in de bijlage" in letter.text


@pytest.mark.parametrize(
    "name",
    [
        "kst-29338-289.pypdf.txt",
        "kst-29338-289.pdfminer.txt",
        "kst-36450-3.pypdf.txt",
        # Aanhangsel: its line under the year, a block of five notes over 17 lines
        "ah-tk-20232024-1178.pdfminer.txt",
    ],
)
def test_text_of_other_pdf_tools_reads_like_the_pdf(raw_file, corpus_letter, name):
    # pypdf joins pages without a mark: the typeset footer with its page number, or a
    # block of notes whose marker stands above it, ends a page; "NWO1-programma's" is a
    # marker because note 1 explains NWO
    expected = corpus_letter(name.split(".")[0] + ".pdf")
    letter = read_letter(raw_file(name))
    # (an Aanhangsel's id comes from the file's bytes, so only its kind, date and number)
    assert (letter.kind, letter.date) == (expected.kind, expected.date)
    assert letter.id == expected.id or letter.id.startswith("sha-")
    got = {note.mark: note.text for note in letter.footnotes}
    want = {note.mark: note.text for note in expected.footnotes}
    agree = sum(got.get(mark) == text for mark, text in want.items())
    assert agree >= 0.6 * len(want) and len(got) <= len(want)
    assert "Nederlandse Organisatie voor" not in letter.text[:3000]
    assert letter.number == expected.number


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("az-ministerraad-besluitenlijst-20250110.pypdf.txt", "2025-01-10"),
        ("ez-beslisnota-20241030-werkprogramma-atr-2025.pypdf.txt", "2024-10-30"),
        ("kst-36450-1.pypdf.txt", "2023-10-16"),
        ("rvs-advies-W18.23.00028-IV-20230608-instellingswet-atr.pypdf.txt", "2023-06-08"),
    ],
)
def test_date_near_the_top_or_under_the_text_in_pypdf_output(raw_file, name, day):
    # pypdf indents lines and keeps "AAN DE KONING", "TER ONDERTEKENING", "Kenmerk : ..."
    # above the date; a royal message's date runs on after its last sentence
    assert read_letter(raw_file(name)).date == day


def test_motie_moved_during_a_debate_is_dated_by_it():
    text = (
        "34 950 XII Jaarverslag en slotwet Ministerie van Infrastructuur en Milieu 2017\n\n"
        "Nr. 18 MOTIE VAN DE LEDEN KRÖGER EN LAÇIN\n\n"
        "Voorgesteld tijdens het Wetgevingsoverleg van 20 juni 2018\n\n"
        "De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering beter te plannen,\n\n"
        "en gaat over tot de orde van de dag.\n\nKröger\n\nLaçin\n"
    )
    letter = read_letter(raw_from_text(text))
    assert (letter.kind, letter.date, letter.id) == ("motie", "2018-06-20", "kst-34950-XII-18")


def test_cover_letter_handing_over_an_annotated_agenda_is_that_agenda():
    text = (
        "Nr. 760 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 20 mei 2022\n\n"
        "Hierbij bieden wij uw Kamer de geannoteerde agenda aan van de Raad Justitie en "
        "Binnenlandse Zaken op 9 en 10 juni 2022.\n\nDe Minister van Justitie en Veiligheid,"
        "\n\nD. Yeşilgöz-Zegerius\n"
    )
    assert read_letter(raw_from_text(text)).kind == "geannoteerde agenda"
    plain = text.replace("de geannoteerde agenda aan van", "een reactie op de agenda van")
    assert read_letter(raw_from_text(plain)).kind == "brief"
