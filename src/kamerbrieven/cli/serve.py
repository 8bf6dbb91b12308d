"""`kamerbrieven serve`: the web app over the store, on this machine unless told otherwise."""

from __future__ import annotations

import ipaddress
import socket
import sys

import typer

from kamerbrieven.cli.errors import EXIT_INTERRUPTED, fail, handle_errors
from kamerbrieven.cli.options import DbOption, IndexOption

# More connections at once than this get a 503 at once instead of a long wait.
MAX_CONNECTIONS = 256


@handle_errors
def serve_command(
    db: str = DbOption,
    index: str | None = IndexOption,
    host: str = typer.Option(
        "127.0.0.1",
        help="Adres om op te luisteren. Alleen dit apparaat, tenzij u een ander adres "
        "opgeeft (0.0.0.0: het hele netwerk, zonder wachtwoord).",
    ),
    port: int = typer.Option(8000, min=0, max=65535, help="Poort (0: een vrije poort)."),
    workers: int = typer.Option(2, min=1, max=16, help="Threads die de store lezen."),
) -> None:
    """Start de web-app (zoeken, brieven, dossiers, JSON-API onder /api/) tot Ctrl-C."""
    import uvicorn

    from kamerbrieven.web import create_app
    from kamerbrieven.web.security import is_loopback

    family = _address_family(host)
    if not is_loopback(host):
        print(
            f"let op: de server luistert op {host}: iedereen die dit apparaat over het netwerk "
            "bereikt kan de store lezen, zonder wachtwoord. Gebruik dit alleen in een "
            "vertrouwd netwerk; zonder --host luistert hij alleen op 127.0.0.1.",
            file=sys.stderr,
        )
    app = create_app(db, index, host=host, workers=workers)  # a missing store fails here
    try:
        sock = _bind(host, port, family)
    except typer.Exit:
        app.state.pool.close()
        raise
    bound_port = sock.getsockname()[1]
    shown = f"[{host}]" if family == socket.AF_INET6 else host
    print(f"kamerbrieven: {db} op http://{shown}:{bound_port}/ (Ctrl-C stopt)", flush=True)
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        server_header=False,
        limit_concurrency=MAX_CONNECTIONS,
    )
    try:
        uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn stops gracefully, then passes Ctrl-C on
        print("kamerbrieven: gestopt", flush=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    print("kamerbrieven: gestopt")


def _address_family(host: str) -> socket.AddressFamily:
    if host == "localhost":
        return socket.AF_INET
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        raise fail(
            f"--host {host!r} is geen IP-adres",
            "bv. 127.0.0.1 (alleen dit apparaat) of 0.0.0.0 (het hele netwerk)",
            2,
        ) from None
    return socket.AF_INET6 if address.version == 6 else socket.AF_INET


def _bind(host: str, port: int, family: socket.AddressFamily) -> socket.socket:
    """The listening socket, bound here so a taken port is a clear message, not a trace."""
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(("127.0.0.1" if host == "localhost" else host.strip("[]"), port))
    except OSError as error:
        sock.close()
        raise fail(
            f"kan niet luisteren op {host}:{port}: {error.strerror or error}",
            "kies een andere poort met --port (0: een vrije)",
        ) from None
    sock.listen(MAX_CONNECTIONS)
    sock.set_inheritable(True)
    return sock
