"""Page links: the first, the last, and a few around the current page."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Paging:
    page: int
    pages: int
    first: int  # 1-based number of the first item on this page (0 when none)
    last: int
    numbers: list[int | None]  # page numbers to link; None is a gap

    @property
    def previous(self) -> int | None:
        return self.page - 1 if self.page > 1 else None

    @property
    def next(self) -> int | None:
        return self.page + 1 if self.page < self.pages else None


def paging(total: int, page: int, size: int, on_page: int, *, most: int = 1000) -> Paging:
    """The page numbers to link, a gap where pages are left out, and the range shown.

    >>> paging(95, 4, 10, 10).numbers
    [1, 2, 3, 4, 5, 6, None, 10]
    >>> paging(95, 8, 10, 10).numbers
    [1, None, 6, 7, 8, 9, 10]
    >>> p = paging(5, 1, 10, 5); (p.pages, p.first, p.last, p.next)
    (1, 1, 5, None)
    """
    pages = min(max(1, -(-total // size)), most)
    near = range(max(1, page - 2), min(pages, page + 2) + 1)
    numbers: list[int | None] = []
    for number in sorted({1, *near, pages}):
        if numbers and number - (numbers[-1] or 0) > 1:
            numbers.append(None)
        numbers.append(number)
    first = (page - 1) * size + 1 if on_page else 0
    return Paging(page, pages, first, first + on_page - 1 if on_page else 0, numbers)
