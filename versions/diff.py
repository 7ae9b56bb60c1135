"""Differences between two JSON Resume documents: section by section, entry by entry, word by word.

Plain Python. Entries are matched by what they are (employer and title,
institution, group name), not by position, so a reordered or inserted entry
shows as moved or added rather than as every entry changing. Lists of bullets
are aligned the same way, and changed bullets show word-level insertions and
deletions.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from resumeopt import jsonresume
from resumeopt.textdiff import word_diff

UNCHANGED, CHANGED, ADDED, REMOVED = "unchanged", "changed", "added", "removed"
ENTRY_KEYS = {
    "work": ("name", "position"), "volunteer": ("organization", "position"), "education": ("institution", "studyType", "area"),
    "awards": ("title",), "certificates": ("name",), "publications": ("name",), "skills": ("name",),
    "languages": ("language",), "interests": ("name",), "references": ("name",), "projects": ("name",),
}  # fmt: skip
MATCH_THRESHOLD = 0.6


@dataclass
class LineDiff:
    """One text (a field, or one bullet) before and after, with its word-level changes."""

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


@dataclass
class SectionDiff:
    key: str
    title: str
    status: str
    entries: list[EntryDiff]

    @property
    def changed_entries(self) -> int:
        return sum(1 for entry in self.entries if entry.status != UNCHANGED)


@dataclass
class DocumentDiff:
    sections: list[SectionDiff]

    @property
    def changed(self) -> list[SectionDiff]:
        return [section for section in self.sections if section.status != UNCHANGED]

    @property
    def unchanged(self) -> list[SectionDiff]:
        return [section for section in self.sections if section.status == UNCHANGED]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float, bool)):
        return str(value)
    if isinstance(value, dict):
        return ", ".join(
            f"{k}: {_text(v)}" for k, v in value.items() if v not in (None, "", [], {})
        )
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


def _list_lines(old: list, new: list) -> list[LineDiff]:
    """Align two lists of texts (bullets), pairing changed items and keeping order."""
    old_texts, new_texts = [_text(v) for v in old], [_text(v) for v in new]
    lines: list[LineDiff] = []
    matcher = difflib.SequenceMatcher(a=old_texts, b=new_texts, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            lines.extend(_line(t, t) for t in old_texts[a1:a2])
        elif op == "replace":
            olds, news = old_texts[a1:a2], new_texts[b1:b2]
            for index in range(max(len(olds), len(news))):
                lines.append(
                    _line(
                        olds[index] if index < len(olds) else "",
                        news[index] if index < len(news) else "",
                    )
                )
        elif op == "delete":
            lines.extend(_line(t, "") for t in old_texts[a1:a2])
        else:
            lines.extend(_line("", t) for t in new_texts[b1:b2])
    return lines


def _fields(old: Any, new: Any) -> list[FieldDiff]:
    old = old if isinstance(old, dict) else {}
    new = new if isinstance(new, dict) else {}
    result = []
    for name in list(dict.fromkeys([*old, *new])):
        before, after = old.get(name), new.get(name)
        if isinstance(before, list) or isinstance(after, list):
            lines = _list_lines(
                before if isinstance(before, list) else [], after if isinstance(after, list) else []
            )
        else:
            lines = [_line(_text(before), _text(after))]
        status = UNCHANGED if all(line.status == UNCHANGED for line in lines) else CHANGED
        if before in (None, "", []) and after not in (None, "", []):
            status = ADDED
        elif after in (None, "", []) and before not in (None, "", []):
            status = REMOVED
        result.append(FieldDiff(name, status, lines))
    return result


def _entry_key(section: str, entry: Any) -> str:
    if not isinstance(entry, dict):
        return _text(entry)
    return " | ".join(_text(entry.get(key)).lower() for key in ENTRY_KEYS.get(section, ("name",)))


def _pair_entries(section: str, old: list, new: list) -> list[tuple[int | None, int | None]]:
    """Pairs of (old index, new index); identical or similar keys pair up, the rest stand alone."""
    old_keys, new_keys = (
        [_entry_key(section, e) for e in old],
        [_entry_key(section, e) for e in new],
    )
    pairs: list[tuple[int | None, int | None]] = []
    used_new: set[int] = set()
    for i, key in enumerate(old_keys):
        best, best_score = None, MATCH_THRESHOLD
        for j, other in enumerate(new_keys):
            if j in used_new:
                continue
            score = 1.0 if key == other else difflib.SequenceMatcher(a=key, b=other).ratio()
            if score > best_score or (score == best_score == 1.0 and best is None):
                best, best_score = j, score
                if score == 1.0:
                    break
        if best is not None:
            used_new.add(best)
        pairs.append((i, best))
    pairs.extend((None, j) for j in range(len(new)) if j not in used_new)
    # Show entries in the new document's order, removed ones where they used to be.
    return sorted(pairs, key=lambda p: p[1] if p[1] is not None else (p[0] or 0) - 0.5)


def compare(old: dict[str, Any], new: dict[str, Any]) -> DocumentDiff:
    """Every section of both documents, with what changed in it."""
    old = old if isinstance(old, dict) else {}
    new = new if isinstance(new, dict) else {}
    sections = []
    for key in jsonresume.SECTIONS:
        before, after = old.get(key), new.get(key)
        title = jsonresume.SECTION_TITLES[key]
        if key == "basics":
            fields = _fields(before, after)
            status = UNCHANGED if all(f.status == UNCHANGED for f in fields) else CHANGED
            entries = (
                [
                    EntryDiff(
                        jsonresume.entry_title("basics", after or before or {}),
                        status,
                        fields,
                        0,
                        0,
                    )
                ]
                if fields
                else []
            )
        else:
            before_list = before if isinstance(before, list) else []
            after_list = after if isinstance(after, list) else []
            entries = []
            for i, j in _pair_entries(key, before_list, after_list):
                old_entry = before_list[i] if i is not None else {}
                new_entry = after_list[j] if j is not None else {}
                fields = _fields(old_entry, new_entry)
                if i is None:
                    status = ADDED
                elif j is None:
                    status = REMOVED
                else:
                    status = (
                        UNCHANGED
                        if all(f.status == UNCHANGED for f in fields) and i == j
                        else CHANGED
                    )
                title = jsonresume.entry_title(key, new_entry if j is not None else old_entry)
                entries.append(EntryDiff(title, status, fields, i, j))
            if not entries:
                continue
        section_status = UNCHANGED if all(e.status == UNCHANGED for e in entries) else CHANGED
        if before in (None, [], {}) and after not in (None, [], {}):
            section_status = ADDED
        elif after in (None, [], {}) and before not in (None, [], {}):
            section_status = REMOVED
        sections.append(SectionDiff(key, jsonresume.SECTION_TITLES[key], section_status, entries))
    return DocumentDiff(sections)
