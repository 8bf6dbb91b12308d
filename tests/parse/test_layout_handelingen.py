"""The Handelingen reader on its own, with real header lines (named in comments)."""

from kamerbrieven.parse.layouts import LAYOUTS
from kamerbrieven.parse.layouts.detect import choose
from kamerbrieven.parse.layouts.handelingen import Handelingen

# vlos-tk-20250710-plenair-105e-vergadering.xml
TOP = (
    "Verslag plenaire vergadering: 105e vergadering, donderdag 10 juli 2025",
    "Opening",
    "Voorzitter: Van der Lee",
)


def test_a_plenary_report_is_the_handelingen_and_not_a_committee_report():
    choice = choose(LAYOUTS, TOP)
    assert (choice.layout.name, choice.warning) == ("handelingen", None)


def test_its_title_line_stays_in_the_body_for_now():
    header = Handelingen().read(list(TOP))
    assert (header.layout, header.number, header.body_start) == ("handelingen", None, 0)
