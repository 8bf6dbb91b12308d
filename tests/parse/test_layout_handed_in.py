"""The reader of a motie as handed in, on its own, with real header lines."""

from kamerbrieven.parse.layouts.handed_in import HandedIn

# kst-35851-71.scan.pdf
SCAN = [
    "35851-71",
    "Wijziging van de Wet Huis voor klokkenluiders en enige andere wetten ter implementatie "
    "van Richtlijn (EU) 2019/1937",
    "van het Europees Parlement en de Raad van 23 oktober 2019 (PÞbEU 2019, L 305) en enige "
    "andere wijzigingen",
    "MOTIE VAN DE LEDEN CHAKOR EN VAN NISPEN",
    "Plenair debat (tweeminutendebat) - Tweeminutendebat Klokkenluiders (CD 3/12)",
    "De Kamer,",
    "gehoord de beraadslaging,",
]


def test_the_code_on_top_gives_dossier_and_number_and_the_paper_under_it_is_header():
    header = HandedIn().read(SCAN)
    assert (header.dossier, header.number) == ("35851", 71)
    assert header.dossier_title.startswith("Wijziging van de Wet Huis voor klokkenluiders")
    assert header.dossier_title.endswith("en enige andere wijzigingen")
    assert header.kind_line == "MOTIE VAN DE LEDEN CHAKOR EN VAN NISPEN"
    assert SCAN[header.body_start] == "De Kamer,"


def test_a_code_without_the_kind_line_under_it_is_no_motie_code():
    header = HandedIn().read(["35851-71", "De Kamer,"])
    assert (header.number, header.kind_line) == (None, None)
    # the Kamerstuk's dossier line takes it, as it takes "21 501-07"
    assert (header.dossier, header.body_start) == ("35851-71", 1)


def test_the_date_beside_the_code_as_ocr_reads_the_paper_dates_the_motie():
    # kst-35851-71.scan.pdf's image read by Tesseract: the date stands on the code's line
    header = HandedIn().read(["35851-71 16 januari 2025", "", *SCAN[1:]])
    assert (header.dossier, header.number, header.date) == ("35851", 71, "2025-01-16")
    assert header.kind_line == "MOTIE VAN DE LEDEN CHAKOR EN VAN NISPEN"
