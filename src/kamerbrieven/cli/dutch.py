"""Every word the command line shows, in Dutch: labels, counts, and the command-line
library's own messages (`No such option`, `Missing argument`, `Usage:`), which typer's
bundled click writes in English without a translation hook.

The library's messages are translated by the error's type and attributes, in one place
(`usage_error_message`), so a new library version at worst shows one message in English.
"""

from __future__ import annotations

import re
from typing import Any

# The record's values stay as the contract has them (`other`, `commitment`); what a person
# reads is Dutch.
LABELS = {
    "other": "overig",
    "position": "standpunt",
    "decision": "besluit",
    "commitment": "toezegging",
    "person": "persoon",
    "country": "land",
    "organisation": "organisatie",
    "mission": "missie",
    "treaty": "verdrag",
    "place": "plaats",
    "kamerstuk": "Kamerstuk",
    "handelingen": "Handelingen",
    "aanhangsel": "Aanhangsel",
    "kamervragen": "Kamervragen",
    "staatsblad": "Staatsblad",
    "staatscourant": "Staatscourant",
}


def label(value: str) -> str:
    """The Dutch word for a record value.

    >>> label("commitment"), label("brief")
    ('toezegging', 'brief')
    """
    return LABELS.get(value, value)


def count(n: int, one: str, many: str) -> str:
    """`1 brief`, `2 brieven`, `0 brieven`.

    >>> count(1, "bestand", "bestanden"), count(0, "resultaat", "resultaten")
    ('1 bestand', '0 resultaten')
    """
    return f"{n} {one if n == 1 else many}"


# The library's words in help texts and panels.
HELP_WORDS = {
    "ARGUMENTS_PANEL_TITLE": "Argumenten",
    "OPTIONS_PANEL_TITLE": "Opties",
    "COMMANDS_PANEL_TITLE": "Commando's",
    "ERRORS_PANEL_TITLE": "Fout",
    "ABORTED_TEXT": "Afgebroken.",
    "DEFAULT_STRING": "[standaard: {}]",
    "ENVVAR_STRING": "[omgevingsvariabele: {}]",
    "REQUIRED_LONG_STRING": "[verplicht]",
    "DEPRECATED_STRING": "(verouderd) ",
    "RICH_HELP": "Zie [blue]'{command_path} {help_option}'[/] voor hulp.",
}

# Messages of the library's parameter types (click's and pydantic's), as (pattern, Dutch).
_TYPE_MESSAGES = (
    (re.compile(r"^Input should be greater than or equal to (.*)$"), r"moet minstens \1 zijn"),
    (re.compile(r"^Input should be less than or equal to (.*)$"), r"mag hoogstens \1 zijn"),
    (re.compile(r"^Input should be greater than (.*)$"), r"moet groter zijn dan \1"),
    (re.compile(r"^Input should be less than (.*)$"), r"moet kleiner zijn dan \1"),
    (re.compile(r"^Input should be a valid integer.*$"), "moet een geheel getal zijn"),
    (re.compile(r"^Input should be a valid number.*$"), "moet een getal zijn"),
    (re.compile(r"^Input should be a valid boolean.*$"), "moet ja of nee zijn"),
    (re.compile(r"^Input should be (.*)$"), r"moet \1 zijn"),
    (re.compile(r"^(.*) is not in the range (.*)\.?$"), r"\1 ligt niet in het bereik \2"),
    (re.compile(r"^'?(.*?)'? is not a valid integer(?: range)?\.?$"), r"'\1' is geen geheel getal"),
    (re.compile(r"^'?(.*?)'? is not a valid float(?: range)?\.?$"), r"'\1' is geen getal"),
    (re.compile(r"^'?(.*?)'? is not one of (.*?)\.?$"), r"'\1' is geen van \2"),
    (re.compile(r"^Value '?(.*?)'? is not a valid (.*)\.?$"), r"'\1' is geen geldige \2"),
    (re.compile(r"^(.*) is not a valid boolean\.?$"), r"'\1' is geen ja/nee-waarde"),
)


def usage_error_message(error: Any) -> str:
    """The Dutch message for a command-line error of the library (by its class name)."""
    kind = type(error).__name__
    if kind == "NoSuchOption":
        message = f"onbekende optie: {error.option_name}"
        if error.possibilities:
            message += " (bedoelde u " + " of ".join(sorted(error.possibilities)) + "?)"
        return message
    if kind == "MissingParameter":
        param = getattr(error, "param", None)
        what = "optie" if getattr(param, "param_type_name", "") == "option" else "argument"
        return f"{what} {_param_hint(error)} ontbreekt".replace("  ", " ")
    if kind in ("BadParameter", "BadOptionUsage", "BadArgumentUsage", "UsageError"):
        return _bad_value(error)
    return str(error.format_message())


def _bad_value(error: Any) -> str:
    message = re.sub(r"^Value error, ", "", str(error.message))  # pydantic's prefix
    if match := re.match(
        r"^Option '?(.*?)'? requires (?:an argument|(\d+) arguments)\.?$", message
    ):
        return f"optie {match.group(1)} heeft een waarde nodig"
    if match := re.match(r"^Got unexpected extra arguments? \((.*)\)$", message):
        return f"onverwachte extra argumenten: {match.group(1)}"
    if match := re.match(r"^No such command '?(.*?)'?\.?$", message):
        return f"onbekend commando '{match.group(1)}'"
    if message == "Missing command.":
        return "geef een commando"
    for pattern, dutch in _TYPE_MESSAGES:
        if pattern.match(message):
            message = pattern.sub(dutch, message)
            break
    message = message.replace(" or ", " of ")
    hint = _param_hint(error)
    return f"ongeldige waarde voor {hint}: {message}" if hint else f"ongeldige waarde: {message}"


def _param_hint(error: Any) -> str:
    """How the user wrote the parameter: `--limit`, `QUERY`."""
    hint = getattr(error, "param_hint", None)
    param = getattr(error, "param", None)
    if hint is None and param is not None:
        opts = [o for o in getattr(param, "opts", ()) if o.startswith("-")]
        hint = opts[0] if opts else str(getattr(param, "name", "") or "").upper()
    if isinstance(hint, (list, tuple)):
        hint = " / ".join(hint)
    return str(hint or "").strip("'")


def install() -> None:
    """Make typer and its bundled click speak Dutch: panel titles, the usage line, and
    their error messages (printed in our own one-line form, exit code 2)."""
    import sys

    from typer import rich_utils
    from typer._click import formatting

    for name, words in HELP_WORDS.items():
        setattr(rich_utils, name, words)
    original = formatting.HelpFormatter.write_usage
    if getattr(original, "_dutch", False):
        return

    def write_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        original(self, prog, args.replace("[OPTIONS]", "[OPTIES]"), prefix or "Gebruik: ")

    # the library has no hook for its usage line: its method is replaced, once
    write_usage._dutch = True  # type: ignore[attr-defined]  # a mark on a function object
    formatting.HelpFormatter.write_usage = write_usage  # type: ignore[method-assign]  # above

    def format_error(error: Any) -> None:
        if type(error).__name__ == "NoArgsIsHelpError":
            print(error.ctx.get_help(), file=sys.stderr)
            return
        try:
            message = usage_error_message(error)
        except Exception:  # noqa: BLE001 - a message we cannot translate still goes out
            message = error.format_message()
        print(f"kamerbrieven: {message}", file=sys.stderr)
        ctx = getattr(error, "ctx", None)
        if ctx is not None:
            print(f"  hint: {ctx.command_path} -h toont de opties", file=sys.stderr)

    rich_utils.rich_format_error = format_error  # type: ignore[assignment]  # any error type
