"""One real letter (seed 002, Kamerstuk nr. 307, cleaned) rendered to PDF, docx, HTML and XML.

Reusable by any test: ``letter()`` is the content, ``letter_pdf()`` ... the file bytes.
Everything is built in memory from ``data/letter_002.json``; nothing is downloaded.
The PDF imitates a typeset Kamerstuk: 10 pt body, 8 pt running header and footer
with page number, 7.5 pt footnotes at the page foot, raised 6.5 pt footnote markers,
and Dutch line-end hyphenation.
"""

from __future__ import annotations

import html
import io
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"
_MARK = re.compile(r"\[(\d+)\]")


@lru_cache(maxsize=1)
def letter() -> dict[str, Any]:
    """header lines, blocks ({"heading"} or {"p"} with [n] markers), footnotes, closing."""
    return json.loads((DATA / "letter_002.json").read_text(encoding="utf-8"))


def body_words() -> list[str]:
    """Every word of the letter's body paragraphs and headings, markers left out."""
    words: list[str] = []
    for block in letter()["blocks"]:
        words += _MARK.sub("", block.get("p") or block["heading"]).split()
    return words


# ---------------------------------------------------------------- XML (officiele-publicatie)


def letter_xml() -> bytes:
    data = letter()
    notes = {n["mark"]: n["text"] for n in data["footnotes"]}

    def al(text: str) -> str:
        escaped = html.escape(text, quote=False)
        return _MARK.sub(
            lambda m: (
                f'<noot id="n{m[1]}" type="voet"><noot.nr>{m[1]}</noot.nr>'
                f"<noot.al>{html.escape(notes[m[1]], quote=False)}</noot.al></noot>"
            ),
            escaped,
        )

    body = "".join(
        f"<tussenkop>{al(b['heading'])}</tussenkop>" if "heading" in b else f"<al>{al(b['p'])}</al>"
        for b in data["blocks"]
    )
    closing = data["closing"]
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie>
 <metadata>
  <meta name="DC.identifier" scheme="OVERHEIDop.ParlID" content="kst-28676-307"/>
  <meta name="OVERHEIDop.dossiernummer" content="28676"/>
  <meta name="OVERHEIDop.ondernummer" content="307"/>
  <meta name="DC.type" scheme="OVERHEIDop.KamerstukTypen" content="Brief"/>
  <meta name="DC.type" scheme="OVERHEIDop.Parlementair" content="Kamerstuk"/>
  <meta name="OVERHEIDop.dossiertitel" content="NAVO"/>
  <meta name="DC.creator" scheme="OVERHEID.Ministerie" content="Ministerie van Buitenlandse Zaken"/>
  <meta name="DCTERMS.issued" scheme="DCTERMS.W3CDTF" content="2018-12-13"/>
 </metadata>
 <kamerstuk>
  <kamerstukkop>
   <tekstregel inhoud="vergaderjaar">Vergaderjaar 2018-2019</tekstregel>
   <tekstregel inhoud="kameraanduiding">Tweede Kamer der Staten-Generaal</tekstregel>
   <tekstregel inhoud="kamernummer">2</tekstregel>
  </kamerstukkop>
  <dossier><dossiernummer><dossiernr>28 676</dossiernr></dossiernummer><titel>NAVO</titel></dossier>
  <stuk>
   <stuknr>Nr. <ondernummer kamer="2">307</ondernummer></stuknr>
   <titel>BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN</titel>
   <brief>
    <aanhef><richting><al>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</al></richting>
    <datumtekst>Den Haag, <datum isodatum="2018-12-12">12 december 2018</datum></datumtekst>
    </aanhef>
    <tekst>{body}</tekst>
    <ondertekening><al>{closing["function"]}</al><al>{closing["name"]}</al></ondertekening>
   </brief>
  </stuk>
 </kamerstuk>
</officiele-publicatie>
""".encode()


# ---------------------------------------------------------------- HTML (officielebekendmakingen.nl)


def letter_html() -> bytes:
    data = letter()

    def inline(text: str) -> str:
        return _MARK.sub(
            lambda m: f'<sup><a href="#ID-n{m[1]}" class="nootnum">{m[1]}</a></sup>',
            html.escape(text),
        )

    parts = [f'<p class="header">{html.escape(line)}</p>' for line in data["header"]]
    for block in data["blocks"]:
        if "heading" in block:
            parts.append(f'<p class="tussenkop"><strong>{inline(block["heading"])}</strong></p>')
        else:
            parts.append(f'<p class="al">{inline(block["p"])}</p>')
    closing = data["closing"]
    parts.append(
        f'<div class="ondertekening"><p>{closing["function"]}</p><p>{closing["name"]}</p></div>'
    )
    notes = "".join(
        f'<li id="ID-n{n["mark"]}"><span class="nootnum">{n["mark"]}</span> '
        f"{html.escape(n['text'])}</li>"
        for n in data["footnotes"]
    )
    return f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8">
<title>Kamerstuk 28676, nr. 307 | Overheid.nl &gt; Officiële bekendmakingen</title>
<meta name="DC.identifier" content="kst-28676-307">
<meta name="OVERHEIDop.dossiernummer" content="28676">
<meta name="OVERHEIDop.ondernummer" content="307">
<meta name="DC.type" scheme="OVERHEIDop.KamerstukTypen" content="Brief">
<script>var tracking = "Noord Atlantische Raad";</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/zoeken">Zoeken</a></nav></header>
<div class="breadcrumb">Officiële bekendmakingen &gt; Kamerstuk</div>
<main><div id="broodtekst"><div class="stuk">
{"".join(parts)}
<div class="noten"><h2>Noten</h2><ol>{notes}</ol></div>
</div></div></main>
<footer><p>Over deze site</p></footer>
</body></html>
""".encode()


# ---------------------------------------------------------------- docx (Word, with footnotes part)


def letter_docx() -> bytes:
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    data = letter()
    document = Document()
    for line in data["header"]:
        document.add_paragraph(line)
    for block in data["blocks"]:
        if "heading" in block:
            document.add_heading(block["heading"], level=2)
            continue
        paragraph = document.add_paragraph()
        for index, piece in enumerate(_MARK.split(block["p"])):
            if index % 2 == 1:
                run = paragraph.add_run()
                run.font.superscript = True
                reference = OxmlElement("w:footnoteReference")
                reference.set(qn("w:id"), piece)
                run._r.append(reference)
            elif piece:
                paragraph.add_run(piece)
    document.add_paragraph(data["closing"]["function"])
    document.add_paragraph(data["closing"]["name"])
    # a header with a running line the reader must leave out
    document.sections[0].header.paragraphs[0].text = "Tweede Kamer, vergaderjaar 2018–2019, 28 676"
    notes = "".join(
        f'<w:footnote w:id="{n["mark"]}"><w:p><w:r><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {html.escape(n["text"])}</w:t></w:r></w:p></w:footnote>'
        for n in data["footnotes"]
    )
    xml = (
        '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        f"</w:footnote>{notes}</w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        xml.encode(),
        document.part.package,
    )
    document.part.relate_to(part, RT.FOOTNOTES)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# ---------------------------------------------------------------- PDF (typeset Kamerstuk imitation)

BODY_PT, RUNNING_PT, NOTE_PT, MARK_PT = 10.0, 8.0, 7.5, 6.5


def letter_pdf() -> bytes:
    """Two or more A4 pages; the text is hyphenated at line ends where a long word falls."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    data = letter()
    notes = {n["mark"]: n["text"] for n in data["footnotes"]}
    width, height = A4
    left, right, top, bottom = 90.0, width - 90.0, height - 80.0, 110.0
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    state = {"y": top, "page": 1, "notes": []}

    def running() -> None:
        pdf.setFont("Helvetica", RUNNING_PT)
        pdf.drawString(left, height - 45, "Tweede Kamer, vergaderjaar 2018–2019, 28 676, nr. 307")
        pdf.drawString(left, 40, f"kst-28676-307  Pagina {state['page']}")

    def finish_page() -> None:
        y = bottom - 20
        for mark in state["notes"]:
            pdf.setFont("Helvetica", NOTE_PT)
            pdf.drawString(left, y, f"{mark} {notes[mark]}")
            y -= NOTE_PT * 1.3
        running()
        pdf.showPage()
        state.update(y=top, page=state["page"] + 1, notes=[])

    def line(words: list[str], font: str = "Helvetica") -> None:
        if state["y"] < bottom + 10:
            finish_page()
        x = left
        for number, word in enumerate(words):
            if number:
                x += stringWidth(" ", font, BODY_PT)
            for index, piece in enumerate(_MARK.split(word)):
                if index % 2 == 1:  # a captured marker, not a number in the text
                    pdf.setFont(font, MARK_PT)
                    pdf.drawString(x, state["y"] + 3.5, piece)
                    x += stringWidth(piece, font, MARK_PT)
                    state["notes"].append(piece)
                elif piece:
                    pdf.setFont(font, BODY_PT)
                    pdf.drawString(x, state["y"], piece)
                    x += stringWidth(piece, font, BODY_PT)
        state["y"] -= BODY_PT * 1.35

    def paragraph(text: str, font: str = "Helvetica") -> None:
        words = text.split()
        current: list[str] = []
        for word in words:
            trial = " ".join([*current, _MARK.sub("", word)])
            if stringWidth(trial, font, BODY_PT) <= right - left:
                current.append(word)
                continue
            split = _hyphenate(word, current, font, right - left)
            if split:
                current.append(split[0] + "-")
                line(current, font)
                current = [split[1]]
            else:
                line(current, font)
                current = [word]
        if current:
            line(current, font)
        state["y"] -= BODY_PT * 0.9  # paragraph space

    for text in data["header"]:
        paragraph(text, "Helvetica-Bold" if text.startswith("Nr.") else "Helvetica")
    for block in data["blocks"]:
        if "heading" in block:
            paragraph(block["heading"], "Helvetica-Oblique")
        else:
            paragraph(block["p"])
    paragraph(data["closing"]["function"])
    paragraph(data["closing"]["name"])
    finish_page()
    pdf.save()
    return out.getvalue()


def _hyphenate(word: str, current: list[str], font: str, room: float) -> tuple[str, str] | None:
    """Split a long plain word where its first part still fits: "betrek-" / "kingen"."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if len(word) < 9 or not word.isalpha():
        return None
    for cut in range(len(word) - 4, 3, -1):
        head = word[:cut] + "-"
        if stringWidth(" ".join([*current, head]), font, BODY_PT) <= room:
            return word[:cut], word[cut:]
    return None
