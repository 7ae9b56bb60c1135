"""JSON from outside (uploads, API bodies, socket messages) parsed within limits.

Python's json module recurses once per level of nesting: 10,000 nested
brackets raise RecursionError, which ended requests with 500 and sockets with
1011. `loads_limited` measures the depth first, without recursion, and refuses
deep or huge input with a ValueError whose message can be shown as it is.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_DEPTH = 64  # a JSON Resume nests about 5 levels
STRINGS_RE = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
BRACKETS_RE = re.compile(r"[\[\]{}]")


class JSONLimitError(ValueError):
    """The JSON is too deep or too large to read; str() says which."""


def nesting_depth(text: str) -> int:
    """The deepest nesting of objects and arrays in `text`, strings ignored."""
    depth = deepest = 0
    for match in BRACKETS_RE.finditer(STRINGS_RE.sub("", text)):
        if match.group() in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def loads_limited(
    text: str | bytes, *, max_depth: int = MAX_DEPTH, max_bytes: int | None = None
) -> Any:
    """json.loads, refusing input nested deeper than `max_depth` or longer than `max_bytes`."""
    if max_bytes is not None and len(text) > max_bytes:
        raise JSONLimitError(f"The JSON is larger than {max_bytes // 1024:,} KB.")
    if isinstance(text, bytes):
        text = text.decode("utf-8-sig")
    # No deeper than it has brackets: most input is told apart with two counts, not a scan.
    if text.count("[") + text.count("{") > max_depth and nesting_depth(text) > max_depth:
        raise JSONLimitError(f"The JSON is nested more than {max_depth} levels deep.")
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        raise
    except ValueError:
        # Python refuses to read an integer of more than 4,300 digits (a guard against
        # slow conversion), with a plain ValueError that callers did not expect.
        raise JSONLimitError("The JSON holds a number too long to read.") from None
    # Only an escape writes a NUL or a lone surrogate into JSON text: most input has neither.
    return storable(value) if UNSTORABLE_ESCAPE_RE.search(text) else value


# "\u0000" and "\ud800": the escapes of characters PostgreSQL cannot store (a NUL, in text or
# jsonb) or UTF-8 cannot encode (half of a surrogate pair, when the other half is missing).
UNSTORABLE_ESCAPE_RE = re.compile(r"\\u(?:0000|[dD][89a-fA-F])")
UNSTORABLE_RE = re.compile("[\x00\ud800-\udfff]")


def storable_text(text: str) -> str:
    """The text without NULs, and with U+FFFD for each half of a surrogate pair alone."""
    if not UNSTORABLE_RE.search(text):
        return text
    return UNSTORABLE_RE.sub(lambda found: "" if found.group() == "\x00" else "\ufffd", text)


def storable(value: Any) -> Any:
    """The value with every string in it, keys too, made `storable_text`."""
    if isinstance(value, str):
        return storable_text(value)
    if isinstance(value, list):
        return [storable(item) for item in value]
    if isinstance(value, dict):
        return {storable_text(key): storable(item) for key, item in value.items()}
    return value
