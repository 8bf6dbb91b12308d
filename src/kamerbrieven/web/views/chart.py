"""A bar chart as SVG, rendered on the server: counts per period, stacked by series (a
topic's letters, positions and decisions per year). No script; colours are presentation
attributes, not `style`, so the Content-Security-Policy allows it; every text is escaped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

WIDTH = 720
HEIGHT = 240
MARGIN_LEFT = 40
MARGIN_BOTTOM = 36
MARGIN_TOP = 12
# Colours with at least 3:1 contrast on white (WCAG for graphics).
COLOURS = ("#154273", "#b34700", "#2e7d32", "#6a1b9a")


@dataclass(frozen=True)
class Bar:
    label: str  # the period: "2018", "2018-12"
    values: tuple[int, ...]  # one a series, stacked in order


def periods(dates: Iterable[str]) -> str:
    """`year` or `month`: months when the dates span at most two years.

    >>> periods(["2018-01-05", "2018-12-12"]), periods(["2010-01-01", "2018-12-12"])
    ('month', 'year')
    """
    years = sorted({d[:4] for d in dates if d})
    if years and int(years[-1]) - int(years[0]) <= 1:
        return "month"
    return "year"


def bars(dated: Iterable[tuple[str, int]], series: int, period: str) -> list[Bar]:
    """Counts per period of (date, series index) pairs, every period between the first and
    the last included (a gap shows as an empty period).

    >>> [(b.label, b.values) for b in bars([("2016-03-01", 0), ("2018-01-01", 1)], 2, "year")]
    [('2016', (1, 0)), ('2017', (0, 0)), ('2018', (0, 1))]
    """
    width = 4 if period == "year" else 7
    counts: Counter[tuple[str, int]] = Counter(
        (date[:width], index) for date, index in dated if date and len(date) >= width
    )
    labels = sorted({label for label, _ in counts})
    if not labels:
        return []
    every = _between(labels[0], labels[-1], period)
    return [Bar(label, tuple(counts[(label, i)] for i in range(series))) for label in every]


def _between(first: str, last: str, period: str) -> list[str]:
    if period == "year":
        return [str(year) for year in range(int(first), int(last) + 1)]
    year, month = int(first[:4]), int(first[5:7])
    found = []
    while f"{year:04d}-{month:02d}" <= last:
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def bar_chart(bars_: Sequence[Bar], series_names: Sequence[str], title: str) -> Markup:
    """An accessible SVG: a title and a description for screen readers, a legend, the
    count axis, one stacked bar a period."""
    top = max((sum(bar.values) for bar in bars_), default=0) or 1
    plot_w = WIDTH - MARGIN_LEFT - 8
    plot_h = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    step = plot_w / max(len(bars_), 1)
    label_every = max(1, round(len(bars_) / 12))  # at most about 12 labels under the bars
    parts = [
        f'<svg class="grafiek" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="grafiek-titel grafiek-uitleg" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="grafiek-titel">{escape(title)}</title>',
        f'<desc id="grafiek-uitleg">{escape(_description(bars_, series_names))}</desc>',
        *_axis(top, plot_h),
    ]
    for n, bar in enumerate(bars_):
        x = MARGIN_LEFT + n * step + step * 0.15
        y: float = MARGIN_TOP + plot_h
        for value, colour, name in zip(bar.values, COLOURS, series_names, strict=False):
            if value:
                h = value / top * plot_h
                y -= h
                parts.append(
                    f'<rect x="{x:.1f}" y="{y:.1f}" width="{step * 0.7:.1f}" height="{h:.1f}" '
                    f'fill="{colour}"><title>{escape(bar.label)}: {value} {escape(name)}'
                    "</title></rect>"
                )
        if n % label_every == 0:
            parts.append(
                f'<text x="{x + step * 0.35:.1f}" y="{HEIGHT - MARGIN_BOTTOM + 16}" '
                f'text-anchor="middle" font-size="11" fill="#1a1a1a">{escape(bar.label)}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))


def _axis(top: int, plot_h: float) -> list[str]:
    base = MARGIN_TOP + plot_h
    return [
        f'<line x1="{MARGIN_LEFT}" y1="{base}" x2="{WIDTH - 8}" y2="{base}" stroke="#4a4a4a"/>',
        f'<text x="{MARGIN_LEFT - 6}" y="{MARGIN_TOP + 10}" text-anchor="end" font-size="11" '
        f'fill="#1a1a1a">{top}</text>',
        f'<text x="{MARGIN_LEFT - 6}" y="{base}" text-anchor="end" font-size="11" '
        'fill="#1a1a1a">0</text>',
    ]


def _description(bars_: Sequence[Bar], series_names: Sequence[str]) -> str:
    """The chart in words: per period the counts, for who cannot see it.

    >>> _description([Bar("2018", (2, 1))], ["brieven", "standpunten"])
    '2018: 2 brieven, 1 standpunten'
    """
    return "; ".join(
        f"{bar.label}: "
        + ", ".join(
            f"{value} {name}" for value, name in zip(bar.values, series_names, strict=False)
        )
        for bar in bars_
        if any(bar.values)
    )
