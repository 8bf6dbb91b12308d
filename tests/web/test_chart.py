"""The server-rendered SVG chart: valid SVG, bars in proportion, every text escaped, no
inline style (the CSP would block it)."""

from __future__ import annotations

from lxml import etree

from kamerbrieven.web.views.chart import Bar, bar_chart, bars, periods

SVG = "{http://www.w3.org/2000/svg}"


def test_bars_stack_in_proportion_and_describe_themselves() -> None:
    chart = bar_chart(
        [Bar("2017", (4, 0)), Bar("2018", (2, 2))], ["brieven", "standpunten"], "NAVO"
    )
    svg = etree.fromstring(str(chart).encode())
    rects = svg.findall(f"{SVG}rect")
    assert len(rects) == 3  # no bar for a zero
    heights = sorted(float(r.get("height")) for r in rects)
    assert heights[0] == heights[1] and abs(heights[2] - 2 * heights[0]) < 0.2
    assert svg.get("role") == "img"
    assert svg.findtext(f"{SVG}title") == "NAVO"
    assert (
        svg.findtext(f"{SVG}desc")
        == "2017: 4 brieven, 0 standpunten; 2018: 2 brieven, 2 standpunten"
    )
    assert "style=" not in str(chart)


def test_markup_in_labels_is_text() -> None:
    hostile = '<script>alert(1)</script>"'
    chart = str(bar_chart([Bar(hostile, (1,))], [hostile], hostile))
    assert "<script>" not in chart
    svg = etree.fromstring(chart.encode())  # still well-formed
    assert svg.findtext(f"{SVG}title") == hostile


def test_periods_fill_the_gaps() -> None:
    dated = [("2018-11-30", 0), ("2019-02-01", 0), ("2019-02-10", 1)]
    assert periods(d for d, _ in dated) == "month"
    found = bars(dated, 2, "month")
    assert [b.label for b in found] == ["2018-11", "2018-12", "2019-01", "2019-02"]
    assert [b.values for b in found] == [(1, 0), (0, 0), (0, 0), (1, 1)]
    assert bars([], 1, "year") == []
