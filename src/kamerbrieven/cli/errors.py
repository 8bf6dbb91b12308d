"""Typed errors -> one line on stderr and an exit code, in one place."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

import typer

from kamerbrieven.errors import KamerbrievenError, QueryError

EXIT_OK = 0
EXIT_REFUSED = 1  # some input was refused (after doing the rest), or the store failed
EXIT_USAGE = 2  # the command line or the query was wrong
EXIT_INTERRUPTED = 130  # stopped by Ctrl-C or SIGTERM (the shell's 128 + SIGINT)

F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str, hint: str = "", code: int = EXIT_REFUSED) -> typer.Exit:
    print(f"kamerbrieven: {message}", file=sys.stderr)
    if hint:
        print(f"  hint: {hint}", file=sys.stderr)
    return typer.Exit(code)


def handle_errors(command: F) -> F:
    """Run a command; turn our errors (and, unless KAMERBRIEVEN_DEBUG is set, any other) into
    a message and an exit code instead of a traceback."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except QueryError as exc:
            raise fail(str(exc), exc.hint, EXIT_USAGE) from None
        except KamerbrievenError as exc:
            raise fail(str(exc), exc.hint) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except BrokenPipeError:
            # `kamerbrieven export | head`: the reader left; that is not an error.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(EXIT_OK) from None
        except Exception as exc:
            if os.environ.get("KAMERBRIEVEN_DEBUG"):
                raise
            raise fail(
                f"interne fout: {type(exc).__name__}: {exc}",
                "meld dit als fout; KAMERBRIEVEN_DEBUG=1 toont de traceback",
            ) from None

    return cast(F, wrapper)
