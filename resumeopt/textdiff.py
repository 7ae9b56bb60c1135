"""Word-level differences between two texts, for before/after views."""

from __future__ import annotations

import difflib
import re

TOKEN_RE = re.compile(r"\s+|[^\s]+")


def word_diff(before: str, after: str) -> list[tuple[str, str]]:
    """[(op, text)] with op "equal", "delete" or "insert", whitespace kept, in reading order."""
    old, new = TOKEN_RE.findall(before or ""), TOKEN_RE.findall(after or "")
    parts: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(("equal", "".join(old[a1:a2])))
            continue
        if op in ("delete", "replace"):
            parts.append(("delete", "".join(old[a1:a2])))
        if op in ("insert", "replace"):
            parts.append(("insert", "".join(new[b1:b2])))
    return [part for part in parts if part[1]]
