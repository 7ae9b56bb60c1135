"""Section headings as people write them, mapped to JSON Resume sections."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

HEADINGS_FILE = Path(__file__).parent / "data" / "headings.json"


@cache
def headings() -> dict[str, str | None]:
    """Every known heading, lower-case with "&" written "and", to its section.

    "summary" means basics.summary, "contact" the contact details of basics (a
    sidebar's "Contact" block); None marks a known heading with no JSON Resume
    section (its lines go to Unsorted).
    """
    by_section = json.loads(HEADINGS_FILE.read_text(encoding="utf-8"))
    return {
        name: (None if section == "unsorted" else section)
        for section, names in by_section.items()
        for name in names
    }


_DECORATION = re.compile(r"^[\s#*_=~>|:•·▪●◦\-–—]+|[\s#*_=~|:•·▪●◦\-–—]+$")


def heading_key(line: str) -> str:
    """The line as a heading lookup key: decoration, case and '&' normalised."""
    text = _DECORATION.sub("", line).lower().replace("&", " and ").replace("/", " and ")
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def heading_section(line: str) -> tuple[bool, str | None]:
    """(is a known heading, JSON Resume section or 'summary' or None)."""
    key = heading_key(line)
    known = headings()
    if key in known:
        return True, known[key]
    # Spaced-out capitals: "E X P E R I E N C E".
    squashed = key.replace(" ", "")
    for name, section in known.items():
        if " " not in name and squashed == name and len(key) > len(name):
            return True, section
    return False, None
