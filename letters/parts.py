"""The parts of a letter: greeting, opening, evidence paragraphs, closing and sign-off.

A letter is paragraphs separated by blank lines. The greeting ("Dear ...,") and the
sign-off ("Kind regards, Name") are recognised by their form; of the paragraphs
between them the first is the opening, the last the closing, and those in between
are the evidence. An edit names its part by key ("opening", "evidence-2",
"closing") and carries the paragraph it rewrites, so it applies only while that
paragraph is still in the letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
GREETING_RE = re.compile(r"^(dear|hello|hi|to)\b.{0,80},?$", re.IGNORECASE)
SIGN_OFF_RE = re.compile(
    r"^(kind regards|best regards|warm regards|regards|sincerely|yours sincerely|yours faithfully"
    r"|yours truly|best wishes|best|thank you|many thanks),?(\s|$)",
    re.IGNORECASE,
)
EDITABLE = ("opening", "evidence", "closing")


class PartConflict(Exception):
    """The paragraph an edit was made for is no longer in the letter."""


@dataclass(frozen=True)
class Part:
    key: str  # "greeting", "opening", "evidence-1", "closing", "sign-off"
    label: str
    text: str


def paragraphs(body: str) -> list[str]:
    return [p.strip() for p in PARAGRAPH_BREAK.split(body.strip()) if p.strip()]


def letter_parts(body: str) -> list[Part]:
    """Every paragraph of the letter with the part it plays."""
    found = paragraphs(body)
    first, last = 0, len(found)
    keys: dict[int, str] = {}
    if found and len(found[0]) <= 100 and GREETING_RE.match(found[0]):
        keys[0], first = "greeting", 1
    if last - first > 0 and SIGN_OFF_RE.match(found[-1]) and len(found[-1]) <= 120:
        keys[last - 1], last = "sign-off", last - 1
    body_indexes = list(range(first, last))
    if body_indexes:
        keys[body_indexes[0]] = "opening"
    if len(body_indexes) > 1:
        keys[body_indexes[-1]] = "closing"
    for number, index in enumerate(body_indexes[1:-1], start=1):
        keys[index] = f"evidence-{number}"
    return [Part(keys[i], label_of(keys[i]), text) for i, text in enumerate(found)]


def label_of(key: str) -> str:
    if key.startswith("evidence-"):
        return f"Evidence paragraph {key.split('-', 1)[1]}"
    return {
        "greeting": "Greeting",
        "opening": "Opening",
        "closing": "Closing",
        "sign-off": "Sign-off",
    }.get(key, key)


def editable_parts(body: str) -> list[Part]:
    """The parts the assistant can be asked about: opening, evidence and closing."""
    return [part for part in letter_parts(body) if part.key.split("-")[0] in EDITABLE]


def part_named(body: str, key: str) -> Part | None:
    return next((part for part in letter_parts(body) if part.key == key), None)


def replace_paragraph(body: str, old: str, new: str) -> str:
    """The letter with the paragraph `old` replaced by `new`; PartConflict if `old` is gone."""
    found = paragraphs(body)
    wanted = " ".join(old.split())
    for index, text in enumerate(found):
        if " ".join(text.split()) == wanted:
            found[index] = new.strip()
            return "\n\n".join(p for p in found if p)
    raise PartConflict(
        "That part of the letter has changed since this was proposed; ask again about the new text."
    )
