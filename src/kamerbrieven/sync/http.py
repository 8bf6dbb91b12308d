"""HTTP for sync, politely: a rate limit shared by all threads, retries with backoff on
HTTP 429, 5xx and timeouts (honouring Retry-After), conditional downloads (ETag,
Last-Modified), and errors turned into one-line messages (`errors.py`).

The only module of kamerbrieven that opens network connections; `kamerbrieven sync` is the
only command that uses it.
"""

from __future__ import annotations

import email.utils
import hashlib
import os
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import httpx
import stamina

from kamerbrieven import __version__
from kamerbrieven.sync.errors import FileMissing, SourceFailing, SourceUnreachable

USER_AGENT = f"kamerbrieven/{__version__} (sync; +https://pypi.org/project/kamerbrieven/)"
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class HttpSettings:
    """How hard sync may push a source. The defaults keep well below what the Tweede
    Kamer's open data asks of its users (it throttles per IP address)."""

    attempts: int = 6  # tries of one request before giving up
    timeout: float = 60.0  # seconds for connect and for each read
    wait_initial: float = 1.0  # first backoff, doubling up to wait_max, with jitter
    wait_max: float = 60.0
    max_retry_after: float = 300.0  # a Retry-After longer than this is cut to it
    retry_budget: float = 900.0  # seconds all tries of one request may take together
    per_second: float = 2.0  # requests a second, all threads together
    concurrency: int = 4  # files downloaded at once


class RateLimit:
    """At most `per_second` requests a second, spread evenly, across threads."""

    def __init__(self, per_second: float) -> None:
        self._interval = 1.0 / per_second if per_second > 0 else 0.0
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        with self._lock:
            now = time.monotonic()
            at = max(now, self._next)
            self._next = at + self._interval
        if at > now:
            time.sleep(at - now)


class _Retryable(Exception):
    """An answer worth asking again (HTTP 429 or 5xx)."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(f"HTTP {response.status_code}")
        self.status = response.status_code
        self.retry_after = retry_after_seconds(response.headers.get("Retry-After"))


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Seconds a Retry-After header asks to wait: a number, or an HTTP date.

    >>> retry_after_seconds("3"), retry_after_seconds(None), retry_after_seconds("soon")
    (3.0, None, None)
    >>> retry_after_seconds("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0)
    10.0
    """
    if not value:
        return None
    value = value.strip()
    if value.replace(".", "", 1).isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


@dataclass(frozen=True)
class Validators:
    """What a server said of a file last time, to ask it whether the file changed."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        found = {}
        if self.etag:
            found["If-None-Match"] = self.etag
        if self.last_modified:
            found["If-Modified-Since"] = self.last_modified
        return found


@dataclass(frozen=True)
class Download:
    """A file fetched to `path`: `changed` False when the server said 304 Not Modified or
    sent the same bytes again."""

    path: Path
    sha256: str
    changed: bool
    validators: Validators
    content_type: str | None = None


class Fetcher:
    """GET with a rate limit and retries; one per sync, shared by its threads."""

    def __init__(self, settings: HttpSettings | None = None) -> None:
        self.settings = settings or HttpSettings()
        self._limit = RateLimit(self.settings.per_second)
        self._client = httpx.Client(
            timeout=self.settings.timeout,
            headers={"User-Agent": USER_AGENT},
            follow_redirects=True,
        )
        self.requests = 0  # counted for reports and tests

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, headers: Mapping[str, str] | None = None) -> httpx.Response:
        """The answer to a GET; 429, 5xx and timeouts are tried again with backoff, and
        raise SourceFailing or SourceUnreachable when they persist. Other statuses (200,
        304, 404) are returned for the caller to judge."""
        s = self.settings
        host = urlparse(url).netloc or url
        try:
            for attempt in stamina.retry_context(
                on=self._backoff,
                attempts=s.attempts,
                timeout=s.retry_budget,
                wait_initial=s.wait_initial,
                wait_max=s.wait_max,
                wait_jitter=s.wait_initial,
            ):
                with attempt:
                    return self._get_once(url, headers)
        except _Retryable as exc:
            raise SourceFailing(
                f"{host} antwoordt met HTTP {exc.status}, ook na {s.attempts} pogingen"
            ) from None
        except httpx.TimeoutException:
            raise SourceFailing(
                f"{host} antwoordt niet binnen {s.timeout:g} s, ook na {s.attempts} pogingen"
            ) from None
        except httpx.TransportError as exc:
            raise SourceUnreachable(f"geen verbinding met {host}: {_first_line(exc)}") from None
        raise AssertionError("stamina ends with an answer or an exception")  # pragma: no cover

    def _get_once(self, url: str, headers: Mapping[str, str] | None) -> httpx.Response:
        self._limit.wait()
        self.requests += 1
        response = self._client.get(url, headers=dict(headers or {}))
        if response.status_code in _RETRY_STATUSES:
            raise _Retryable(response)
        return response

    def _backoff(self, exc: Exception) -> bool | float:
        """Whether to try again, and after how long when the server said so."""
        if isinstance(exc, _Retryable):
            if exc.retry_after is not None:
                return min(exc.retry_after, self.settings.max_retry_after)
            return True
        return isinstance(exc, httpx.TimeoutException | httpx.TransportError)

    def download(self, url: str, dest: Path, known: Validators | None = None) -> Download:
        """Fetch `url` into `dest`, asking only for a changed file when `dest` is there and
        the server gave validators last time. Written whole or not at all (a temporary
        file renamed). Raises FileMissing on 404/410."""
        ask = known.headers() if known and dest.is_file() else {}
        response = self.get(url, headers=ask)
        if response.status_code == 304 and dest.is_file():
            return Download(dest, file_sha256(dest), False, known or Validators())
        if response.status_code in (404, 410):
            raise FileMissing(
                f"{url}: de bron heeft het bestand niet (HTTP {response.status_code})"
            )
        if response.status_code != 200:
            raise SourceFailing(f"{url}: onverwacht antwoord HTTP {response.status_code}")
        before = file_sha256(dest) if dest.is_file() else None
        sha = hashlib.sha256(response.content).hexdigest()
        if sha != before:
            _write_whole(dest, response.content)
        validators = Validators(response.headers.get("ETag"), response.headers.get("Last-Modified"))
        return Download(dest, sha, sha != before, validators, response.headers.get("Content-Type"))


def _write_whole(dest: Path, data: bytes) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".part")
    partial.write_bytes(data)
    os.replace(partial, dest)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
