"""The order a person reads boxes placed on a page: columns top to bottom, left to right.

Word documents converted from PDF hold their text in positioned text boxes and
frames, one per line or per block, stored in whatever order the converter
wrote them. Read in that order, a sidebar's lines interleave with the main
column's, or the page's last block comes first. Given where each box sits,
`reading_order` cuts the page recursively (an XY cut): into columns where a
vertical gutter no box crosses runs through the whole group, else into bands
where a horizontal gap runs across it, and reads each part in turn. Columns go
left to right, except that the one with the page's largest type (the name)
goes first, so a left sidebar's contact details follow the name.

A gutter is not always a column break: job titles on the left and their dates
on the right leave one too, so a right-hand "column" of a few short boxes, each
beside a box on its left, stays with the rows beside it.
"""

from __future__ import annotations

from dataclasses import dataclass

# Coordinates in points; boxes closer than this overlap (converters round positions).
TOLERANCE = 1.0


@dataclass(frozen=True)
class Box:
    """Where a block of text sits on its page (points, y growing downwards), how many
    words it holds and the size of its largest type (points; 0 if unknown)."""

    x0: float
    y0: float
    x1: float
    y1: float
    words: int = 0
    size: float = 0.0


def reading_order(boxes: list[Box]) -> list[int]:
    """The indices of `boxes` in reading order."""
    return _order(list(range(len(boxes))), boxes)


def _order(indices: list[int], boxes: list[Box]) -> list[int]:
    if len(indices) <= 1:
        return indices
    columns = _split(indices, boxes, vertical=True)
    bands = _split(indices, boxes, vertical=False)
    if len(columns) > 1 and (len(bands) == 1 or _are_columns(columns, boxes)):
        parts = _named_first(columns, boxes)
    elif len(bands) > 1:
        parts = bands
    else:
        return sorted(indices, key=lambda i: (boxes[i].y0, boxes[i].x0))
    return [index for part in parts for index in _order(part, boxes)]


def _named_first(columns: list[list[int]], boxes: list[Box]) -> list[list[int]]:
    """Columns left to right, except that the one holding the page's largest type (the
    name, above the main column) comes first: a person reads the name before the sidebar."""
    largest = [max(boxes[i].size for i in column) for column in columns]
    top = max(largest)
    if sorted(largest)[-2] < top - 1.0:
        named = largest.index(top)
        return [columns[named], *columns[:named], *columns[named + 1 :]]
    return columns


def _split(indices: list[int], boxes: list[Box], *, vertical: bool) -> list[list[int]]:
    """Groups separated by gaps that no box crosses: columns (vertical gutters) or bands."""

    def span(i: int) -> tuple[float, float]:
        box = boxes[i]
        return (box.x0, box.x1) if vertical else (box.y0, box.y1)

    groups: list[list[int]] = []
    end = None
    for index in sorted(indices, key=span):
        start, stop = span(index)
        if end is None or start >= end - TOLERANCE:
            groups.append([index])
            end = stop
        else:
            groups[-1].append(index)
            end = max(end, stop)
    return groups


def _are_columns(columns: list[list[int]], boxes: list[Box]) -> bool:
    """Whether side-by-side groups are columns to read one after the other, rather than
    rows split by a gutter (a title on the left, its dates on the right).

    A group to the right of another is row annotations when it has under half as
    many boxes, each of a few words, and each beside a box of the group on its left.
    """
    if any(len(column) < 2 for column in columns):
        return False
    for left, right in zip(columns, columns[1:], strict=False):
        few = len(right) * 2 <= len(left)
        short = all(boxes[i].words <= 4 for i in right)
        beside = all(any(_same_row(boxes[i], boxes[j]) for j in left) for i in right)
        if few and short and beside:
            return False
    return True


def _same_row(a: Box, b: Box) -> bool:
    overlap = min(a.y1, b.y1) - max(a.y0, b.y0)
    return overlap > 0.5 * min(a.y1 - a.y0, b.y1 - b.y0)
