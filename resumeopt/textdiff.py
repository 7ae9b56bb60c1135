"""Word-level differences between two texts: the one word diff that version diffs and
proposal cards share, so both mark the same words for the same change.

Words (not characters) are marked inserted or deleted, and the small words and spaces
caught between two changes are folded into them, so a rewritten phrase reads as one
deletion and one insertion instead of confetti.
"""

from __future__ import annotations

import difflib
import re

REWRITE = 0.35  # below this share of kept words, a text shows as replaced whole...
SHORT_TEXT = 5  # ...unless it is a few words (a title), which read fine word by word

# Runs of spaces, words (with their apostrophes), and single punctuation marks.
TOKEN_RE = re.compile(r"\s+|[\w'’]+|[^\w\s]")


def word_diff(before: str, after: str) -> list[tuple[str, str]]:
    """[(op, text)] with op "equal", "delete" or "insert", whitespace kept, in reading order.

    Words and punctuation are separate tokens, so "customers." against
    "customers, adding" keeps "customers". Short words, spaces and
    punctuation left between two changes join them, and a sentence that
    keeps too little of itself shows as one deletion and one insertion.
    """
    old, new = TOKEN_RE.findall(before or ""), TOKEN_RE.findall(after or "")
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    chunks: list[list] = []  # [kind, old text, new text], kind "equal" or "change"
    opcodes = matcher.get_opcodes()
    for index, (op, a1, a2, b1, b2) in enumerate(opcodes):
        old_text, new_text = "".join(old[a1:a2]), "".join(new[b1:b2])
        kind = "equal" if op == "equal" else "change"
        if kind == "equal" and 0 < index < len(opcodes) - 1 and is_filler(old_text):
            kind = "change"
        if chunks and chunks[-1][0] == kind == "change":
            chunks[-1][1] += old_text
            chunks[-1][2] += new_text
        else:
            chunks.append([kind, old_text, new_text])
    kept = sum(len(text.strip()) for kind, text, _ in chunks if kind == "equal")
    longest = max(len("".join(old).strip()), len("".join(new).strip()), 1)
    if kept / longest < REWRITE and max(len(before.split()), len(after.split())) > SHORT_TEXT:
        return [(op, text) for op, text in (("delete", before), ("insert", after)) if text]
    parts: list[tuple[str, str]] = []
    for kind, old_text, new_text in chunks:
        if kind == "equal":
            parts.append(("equal", old_text))
            continue
        parts.extend(
            (op, text) for op, text in (("delete", old_text), ("insert", new_text)) if text
        )
    return parts


def is_filler(text: str) -> bool:
    """Spaces, punctuation or one short word: too little to show as kept between two changes."""
    words = text.split()
    return not words or (len(words) == 1 and len(words[0]) <= 3 and not words[0].isdigit())
