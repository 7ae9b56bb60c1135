"""Differences between two JSON Resume documents: section by section, entry by entry, word by word.

Plain Python, no Django. Entries are matched by what they are (employer and
title, institution, group name), not by position, so inserting a role at the
top shows one added role instead of every role changed, and a reordered entry
shows as moved. Bullets are aligned by similarity, so a changed bullet is set
against its own earlier wording. Within a changed text, words are marked
inserted or deleted by resumeopt.textdiff.word_diff, the one word diff the proposal
cards share.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from resumeopt import jsonresume
from resumeopt.textdiff import TOKEN_RE, word_diff

UNCHANGED, CHANGED, ADDED, REMOVED, MOVED = "unchanged", "changed", "added", "removed", "moved"
ENTRY_KEYS = {
    "work": ("name", "position"),
    "volunteer": ("organization", "position"),
    "education": ("institution", "studyType", "area"),
    "awards": ("title",),
    "certificates": ("name",),
    "publications": ("name",),
    "skills": ("name",),
    "languages": ("language",),
    "interests": ("name",),
    "references": ("name",),
    "projects": ("name",),
}
# Lists of short words read best as one line ("Python, Go, SQL"); other lists
# (highlights, profiles) get a line per item.
INLINE_LISTS = frozenset({"keywords", "courses", "roles"})
LOCATION_PARTS = ("address", "city", "region", "postalCode", "countryCode")
ENTRY_MATCH = 0.6  # how alike two entries' keys must be to count as the same entry
LINE_MATCH = 0.5  # how alike two bullets must be to show as one changed bullet


@dataclass
class LineDiff:
    """One text (a field, or one bullet) before and after, with its word-level changes.

    `words` is [(op, text)] in reading order, op "equal", "delete" or "insert":
    the old side is the equal and deleted parts, the new side the equal and
    inserted ones.
    """

    status: str
    before: str
    after: str
    words: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class FieldDiff:
    name: str
    status: str
    lines: list[LineDiff]


@dataclass
class EntryDiff:
    title: str
    status: str
    fields: list[FieldDiff]
    old_index: int | None = None
    new_index: int | None = None
    moved: bool = False

    @property
    def changed_fields(self) -> list[FieldDiff]:
        return [f for f in self.fields if f.status != UNCHANGED]


@dataclass
class SectionDiff:
    key: str
    title: str
    status: str
    entries: list[EntryDiff]

    @property
    def changed_entries(self) -> int:
        return sum(1 for entry in self.entries if entry.status != UNCHANGED)

    @property
    def shown_entries(self) -> list[EntryDiff]:
        """The entries a comparison shows in full: all but the unchanged ones."""
        return [entry for entry in self.entries if entry.status != UNCHANGED]

    @property
    def unchanged_entries(self) -> list[EntryDiff]:
        return [entry for entry in self.entries if entry.status == UNCHANGED]


@dataclass
class DocumentDiff:
    sections: list[SectionDiff]

    @property
    def changed(self) -> list[SectionDiff]:
        return [section for section in self.sections if section.status != UNCHANGED]

    @property
    def unchanged(self) -> list[SectionDiff]:
        return [section for section in self.sections if section.status == UNCHANGED]


def _text(value: Any, name: str = "") -> str:
    """How a value reads on screen (a location as "San Francisco, CA, US", not as a dict)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, dict):
        if name == "location":
            return ", ".join(str(value[p]) for p in LOCATION_PARTS if value.get(p))
        if "network" in value:
            handle = value.get("username") or value.get("url") or ""
            url = value.get("url") if value.get("username") else ""
            return f"{value['network']}: {handle}" + (f" ({url})" if url else "")
        return " · ".join(_text(v) for v in value.values() if v not in (None, "", [], {}))
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    return str(value)


def _line(before: str, after: str) -> LineDiff:
    if before == after:
        return LineDiff(UNCHANGED, before, after, [("equal", before)] if before else [])
    if not before:
        return LineDiff(ADDED, before, after, [("insert", after)])
    if not after:
        return LineDiff(REMOVED, before, after, [("delete", before)])
    return LineDiff(CHANGED, before, after, word_diff(before, after))


def _similarity(a: list[str], b: list[str]) -> float:
    """How alike two token lists are (0 to 1); 0 as soon as they cannot reach LINE_MATCH."""
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    if matcher.real_quick_ratio() < LINE_MATCH or matcher.quick_ratio() < LINE_MATCH:
        return 0.0
    return matcher.ratio()


def _align(olds: list[str], news: list[str]) -> list[tuple[int | None, int | None]]:
    """Pair old and new texts in order so that the pairs are as alike as possible.

    When every text is still like the one in its place (bullets reworded in
    place, the commonest edit) they pair by place. Otherwise a small dynamic
    programme (the lists are one role's bullets) finds the best pairing;
    texts too unlike anything on the other side stand alone as added or removed.
    """
    n, m = len(olds), len(news)
    old_tokens = [TOKEN_RE.findall(text) for text in olds]
    new_tokens = [TOKEN_RE.findall(text) for text in news]
    if all(_similarity(old_tokens[k], new_tokens[k]) >= LINE_MATCH for k in range(min(n, m))):
        pairs: list[tuple[int | None, int | None]] = [(k, k) for k in range(min(n, m))]
        return pairs + [(k, None) for k in range(m, n)] + [(None, k) for k in range(n, m)]
    sim = [[_similarity(o, w) for w in new_tokens] for o in old_tokens]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            pair = sim[i][j] + best[i + 1][j + 1] if sim[i][j] >= LINE_MATCH else -1.0
            best[i][j] = max(pair, best[i + 1][j], best[i][j + 1])
    pairs = []
    i = j = 0
    while i < n and j < m:
        if sim[i][j] >= LINE_MATCH and best[i][j] == sim[i][j] + best[i + 1][j + 1]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            pairs.append((i, None))
            i += 1
        else:
            pairs.append((None, j))
            j += 1
    pairs.extend((k, None) for k in range(i, n))
    pairs.extend((None, k) for k in range(j, m))
    return pairs


def _list_lines(old: list, new: list) -> list[LineDiff]:
    """Align two lists of texts (bullets): kept ones in
    place, changed ones set against their old wording."""
    old_texts, new_texts = [_text(v) for v in old], [_text(v) for v in new]
    lines: list[LineDiff] = []
    matcher = difflib.SequenceMatcher(a=old_texts, b=new_texts, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            lines.extend(_line(t, t) for t in old_texts[a1:a2])
            continue
        olds, news = old_texts[a1:a2], new_texts[b1:b2]
        for i, j in _align(olds, news):
            lines.append(_line(olds[i] if i is not None else "", news[j] if j is not None else ""))
    return lines


def _is_empty(value: Any) -> bool:
    return value in (None, "", [], {})


def _fields(old: Any, new: Any) -> list[FieldDiff]:
    old = old if isinstance(old, dict) else {}
    new = new if isinstance(new, dict) else {}
    result = []
    for name in dict.fromkeys([*old, *new]):
        before, after = old.get(name), new.get(name)
        is_list = isinstance(before, list) or isinstance(after, list)
        if is_list and name not in INLINE_LISTS:
            lines = _list_lines(
                before if isinstance(before, list) else [], after if isinstance(after, list) else []
            )
        else:
            lines = [_line(_text(before, name), _text(after, name))]
        status = UNCHANGED if all(line.status == UNCHANGED for line in lines) else CHANGED
        if status == CHANGED and _is_empty(before):
            status = ADDED
        elif status == CHANGED and _is_empty(after):
            status = REMOVED
        result.append(FieldDiff(name, status, lines))
    return result


def _entry_key(section: str, entry: Any) -> str:
    if not isinstance(entry, dict):
        return _text(entry)
    return " | ".join(_text(entry.get(key)).lower() for key in ENTRY_KEYS.get(section, ("name",)))


def _pair_entries(section: str, old: list, new: list) -> list[tuple[int | None, int | None]]:
    """Pairs of (old index, new index) in the new
    document's order, removed entries where they stood.

    Identical keys pair first, then the most alike above ENTRY_MATCH; the rest
    stand alone as added or removed.
    """
    old_keys = [_entry_key(section, e) for e in old]
    new_keys = [_entry_key(section, e) for e in new]
    partner: dict[int, int] = {}
    free = set(range(len(new)))
    for i, key in enumerate(old_keys):
        same = next((j for j in sorted(free) if new_keys[j] == key), None)
        if same is not None:
            partner[i] = same
            free.discard(same)
    for i, key in enumerate(old_keys):
        if i in partner:
            continue
        scored = [(difflib.SequenceMatcher(a=key, b=new_keys[j]).ratio(), -j) for j in free]
        score, negative_j = max(scored, default=(0.0, 0))
        if score > ENTRY_MATCH:
            partner[i] = -negative_j
            free.discard(-negative_j)
    # Sort keys: (new position, 0) for entries in the new document; a removed
    # entry follows the new place of the entry that came before it, (place, 1, i).
    placed: list[tuple[tuple[int, ...], tuple[int | None, int | None]]] = []
    anchor = -1
    for i in range(len(old)):
        if i in partner:
            anchor = partner[i]
            placed.append(((anchor, 0), (i, anchor)))
        else:
            placed.append(((anchor, 1, i), (i, None)))
    placed.extend(((j, 0), (None, j)) for j in free)
    return [pair for _, pair in sorted(placed, key=lambda item: item[0])]


def _moved(pairs: list[tuple[int | None, int | None]]) -> set[int]:
    """Old indices of entries that changed place relative to the others.

    The longest run of paired entries that kept their relative order stayed
    put; every other paired entry moved. Inserting or removing an entry moves
    nothing.
    """
    matched = sorted((i, j) for i, j in pairs if i is not None and j is not None)
    sequence = [j for _, j in matched]
    # Longest increasing subsequence of the new positions, by patience sorting.
    tails: list[int] = []
    tail_at: list[int] = []
    previous = [-1] * len(sequence)
    for k, value in enumerate(sequence):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < value:
                lo = mid + 1
            else:
                hi = mid
        previous[k] = tail_at[lo - 1] if lo else -1
        if lo == len(tails):
            tails.append(value)
            tail_at.append(k)
        else:
            tails[lo], tail_at[lo] = value, k
    stayed = set()
    k = tail_at[-1] if tail_at else -1
    while k != -1:
        stayed.add(k)
        k = previous[k]
    return {matched[k][0] for k in range(len(matched)) if k not in stayed}


def _basics_entries(before: Any, after: Any) -> list[EntryDiff]:
    fields = _fields(before, after)
    if not fields:
        return []
    status = UNCHANGED if all(f.status == UNCHANGED for f in fields) else CHANGED
    title = jsonresume.entry_title("basics", after or before or {})
    return [EntryDiff(title, status, fields, 0, 0)]


def _list_entries(key: str, before: Any, after: Any) -> list[EntryDiff]:
    before_list = before if isinstance(before, list) else []
    after_list = after if isinstance(after, list) else []
    pairs = _pair_entries(key, before_list, after_list)
    moved = _moved(pairs)
    entries = []
    for i, j in pairs:
        old_entry = before_list[i] if i is not None else {}
        new_entry = after_list[j] if j is not None else {}
        fields = _fields(old_entry, new_entry)
        if i is None:
            status = ADDED
        elif j is None:
            status = REMOVED
        elif any(f.status != UNCHANGED for f in fields):
            status = CHANGED
        else:
            status = MOVED if i in moved else UNCHANGED
        title = jsonresume.entry_title(key, new_entry if j is not None else old_entry)
        entries.append(EntryDiff(title, status, fields, i, j, moved=i in moved))
    return entries


def compare(old: dict[str, Any], new: dict[str, Any]) -> DocumentDiff:
    """Every section either document has, with what changed in it."""
    old = old if isinstance(old, dict) else {}
    new = new if isinstance(new, dict) else {}
    sections = []
    for key in jsonresume.SECTIONS:
        before, after = old.get(key), new.get(key)
        if key == "basics":
            entries = _basics_entries(before, after)
        else:
            entries = _list_entries(key, before, after)
        if not entries:
            continue
        status = UNCHANGED if all(e.status == UNCHANGED for e in entries) else CHANGED
        if status == CHANGED and _is_empty(before):
            status = ADDED
        elif status == CHANGED and _is_empty(after):
            status = REMOVED
        sections.append(SectionDiff(key, jsonresume.SECTION_TITLES[key], status, entries))
    return DocumentDiff(sections)
