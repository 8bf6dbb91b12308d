"""End to end in a real headless Chromium (Debian's, driven by Playwright): search, filter
by a facet, open a letter, follow a citation, download the original, use the keyboard,
read it on a phone. Screenshots go to out/web-screenshots/ (kept as test artefacts)."""

from __future__ import annotations

import re
from typing import Any

from tests.web.conftest import Server, screenshot
from tests.web.corpus import CITED_ID, HOSTILE_ID, payload

PHONE = {"width": 390, "height": 844}

# WCAG contrast of an element's text against the nearest background that is not transparent.
_CONTRAST_JS = """(el) => {
  const rgb = (s) => s.match(/[\\d.]+/g).map(Number);
  const lum = ([r, g, b]) => {
    const c = [r, g, b].map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  let node = el, bg = null;
  while (node && node.nodeType === 1) {
    const c = rgb(getComputedStyle(node).backgroundColor);
    if (c.length < 4 || c[3] > 0) { bg = c; break; }
    node = node.parentElement;
  }
  bg = bg || [255, 255, 255];
  const a = lum(rgb(getComputedStyle(el).color)), b = lum(bg);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""


def _no_horizontal_scroll(page: Any) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], width


def test_search_filter_by_facet_and_open_a_letter(page: Any, live_server: Server) -> None:
    page.goto(live_server.url + "/")
    page.get_by_label("Zoekvraag", exact=True).fill("NAVO")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/zoeken\?q=NAVO"))
    assert page.locator("li.treffer").count() == 3
    assert page.locator("p.fragment mark").first.inner_text().lower().startswith("navo")
    screenshot(page, "zoeken-navo")
    # one click on a facet value narrows the result
    page.locator(".facet", has_text="Soort").get_by_role("link", name="motie").click()
    page.wait_for_url(re.compile(r"soort"))
    assert page.locator("li.treffer").count() == 1
    assert page.locator(".facet a.actief").inner_text().startswith("✕")
    screenshot(page, "zoeken-gefilterd")
    # open the letter
    title = page.locator("li.treffer h3 a").inner_text()
    page.locator("li.treffer h3 a").click()
    assert page.locator("h1").inner_text() == title
    assert "/brieven/kst-28676-512" in page.url


def test_letter_page_contents_and_citation_to_a_letter_in_the_store(
    page: Any, live_server: Server
) -> None:
    page.goto(live_server.url + "/zoeken?q=vervolg+regeldruk+Beljaarts")
    page.locator("li.treffer h3 a").first.click()
    assert page.locator("h1").inner_text().startswith("Regeldruk <script>")
    page.locator("nav.inhoudsopgave").get_by_role("link", name="Oekraïne").click()
    assert page.url.endswith("#sectie-2")
    outside = page.locator("div.tekst a.verwijzing.extern").first
    assert outside.get_attribute("href") == (
        "https://zoek.officielebekendmakingen.nl/kst-33694-34.html"
    )
    citing_url = page.url.split("#")[0]
    page.locator("div.tekst a.verwijzing.intern").click()
    page.wait_for_url(re.compile(CITED_ID))
    assert "regeldruk" in page.locator("h1").inner_text().lower()
    cited_by = page.locator("section.gevonden ol.lijst a")
    hrefs = [cited_by.nth(i).get_attribute("href") for i in range(cited_by.count())]
    assert citing_url.replace(live_server.url, "") in hrefs
    screenshot(page, "brief-aangehaald")


def test_letter_page_of_the_sample_and_its_original_file(page: Any, live_server: Server) -> None:
    page.goto(live_server.url + "/brieven/sha-d30d988a6492")
    assert page.locator("h1").inner_text() == "Brief, 12 december 2018"
    assert page.locator("div.tekst mark.land").count() > 10
    screenshot(page, "brief-navo")
    screenshot(page, "brief-navo-heel", full_page=True)
    page.locator("a.voetnootteken").first.click()
    assert page.url.endswith("#voetnoot-1")
    with page.expect_download() as download:
        page.locator("ul.bestanden a").first.click()
    assert download.value.suggested_filename == "002_ad9ccb4a6e4e1731.txt"


def test_keyboard_reaches_the_content_and_the_search(page: Any, live_server: Server) -> None:
    page.goto(live_server.url + "/zoeken?q=NAVO")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Naar de inhoud"
    page.keyboard.press("Enter")
    assert page.url.endswith("#inhoud")
    page.goto(live_server.url + "/zoeken")
    for _ in range(3):  # skip link, home link, then the search field in the header
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "zoekvraag-kop"
    page.keyboard.type("Oekraïne")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/zoeken\?q="))
    assert page.locator("li.treffer").count() >= 1


def test_landmarks_labels_and_contrast(page: Any, live_server: Server) -> None:
    for path in ("/", "/zoeken?q=NAVO", "/brieven/sha-d30d988a6492", "/dossiers/28676"):
        page.goto(live_server.url + path)
        assert page.evaluate("document.documentElement.lang") == "nl"
        for landmark in ("banner", "main", "contentinfo"):
            assert page.get_by_role(landmark).count() == 1, (path, landmark)
        unlabelled = page.evaluate(
            """[...document.querySelectorAll('input, select, textarea')]
               .filter(i => !(i.id && document.querySelector(`label[for="${i.id}"]`)))
               .length"""
        )
        assert unlabelled == 0, path
        for selector in ("h1", "main p", "main a", ".meta", "footer"):
            for element in page.locator(selector).all()[:5]:
                ratio = element.evaluate(_CONTRAST_JS)
                assert ratio >= 4.5, (path, selector, ratio)


def test_pages_fit_a_phone(browser: Any, live_server: Server) -> None:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        for name, path in (
            ("telefoon-zoeken", "/zoeken?q=NAVO"),
            ("telefoon-brief", "/brieven/sha-d30d988a6492"),
            ("telefoon-dossier", "/dossiers/28676"),
            ("telefoon-start", "/"),
            ("telefoon-api", "/api/docs"),
        ):
            page.goto(live_server.url + path)
            _no_horizontal_scroll(page)
            screenshot(page, name)
        # the search field and its button fit side by side and work
        page.goto(live_server.url + "/")
        box = page.locator("#zoekvraag").bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
        page.locator("#zoekvraag").fill("NAVO")
        page.locator(".zoekformulier button").tap()
        page.wait_for_url(re.compile(r"/zoeken\?q=NAVO"))
        assert page.locator("li.treffer").count() == 3
    finally:
        context.close()


def test_no_injected_markup_becomes_an_element(page: Any, live_server: Server) -> None:
    from urllib.parse import quote

    for path in (
        f"/brieven/{HOSTILE_ID}",
        "/zoeken?q=kabinet+steunt",
        "/zoeken?q=" + quote(payload("zoekvraag")),
        "/zoeken?q=" + quote('"' + payload("foutmelding")),
        f"/brieven/{CITED_ID}",
    ):
        page.goto(live_server.url + path)
        assert page.evaluate("document.querySelectorAll('[data-xss]').length") == 0, path
        assert page.title() != "XSS"
    page.goto(live_server.url + f"/brieven/{HOSTILE_ID}")
    assert "data-xss" in page.locator("h1").inner_text()  # shown, as text
