"""The import review: which entries to ask the user about, their fixes, and where unsorted lines go.

Plain data in, plain data out. The review screen shows a form only for the
entries the parser (or the model) was unsure of, with the lines each was read
from; the view binds those forms and hands the changed fields here. Whatever
the user does not touch is saved exactly as parsed.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from django.core import signing

from resumeopt import jsonresume
from resumeopt.importers.doubts import SECTION_NAMES, Doubt, find_doubts
from resumeopt.sections import split_tags

# The fields of an entry the review screen shows: the ones the parser decides on.
REVIEW_FIELDS: dict[str, tuple[str, ...]] = {
    "basics": ("name", "label", "email", "phone"),
    "work": ("position", "name", "location", "startDate", "endDate"),
    "education": ("institution", "studyType", "area", "startDate", "endDate"),
}
MODEL_FILLED = "Filled by the model — check it."

SIGNING_SALT = "resumeopt.import"
REVIEW_MAX_AGE = 24 * 3600

STRUCTURED_FORMATS = ("json", "linkedin")  # read field by field: the parser guessed nothing

KEEP, DISCARD, SUMMARY, SKILLS = "keep", "discard", "summary", "skills"
OTHER_SKILLS = "Other"  # the skills group a moved line joins


def sign(review: dict[str, Any], owner_id: int) -> str:
    """The review's state (document, title, format,
    warnings, sources, filled) for the page to carry.

    Nothing is stored until the user confirms: the page holds the parse, signed so
    it comes back as it was sent, and an abandoned import leaves nothing behind.
    The signature is the owner's: another account cannot use the payload.
    """
    return signing.dumps(review, salt=f"{SIGNING_SALT}.{owner_id}", compress=True)


def unsign(payload: str, owner_id: int) -> dict[str, Any]:
    """The review state a page sent back; raises
    signing.BadSignature if altered, expired or not theirs."""
    return completed(
        signing.loads(payload, salt=f"{SIGNING_SALT}.{owner_id}", max_age=REVIEW_MAX_AGE)
    )


def completed(review: dict[str, Any]) -> dict[str, Any]:
    """The review state with every key, for one saved before a key existed."""
    return {"warnings": [], "sources": {}, "filled": [], **review}


@dataclass
class ReviewUnit:
    """One entry (or the contact block) with the fields to check and the lines it came from."""

    path: str  # "basics", "work/2"
    section: str
    index: int | None
    entry: dict[str, Any]
    doubts: dict[str, list[str]] = field(default_factory=dict)  # field -> what to check
    sources: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        name = SECTION_NAMES[self.section]
        if self.index is None:
            return name
        what = " at ".join(
            str(self.entry.get(key)).strip()
            for key in (
                ("position", "name") if self.section == "work" else ("studyType", "institution")
            )
            if str(self.entry.get(key) or "").strip()
        )
        return f"{name} {self.index + 1}" + (f": {what}" if what else "")

    @property
    def dom_id(self) -> str:
        return "check-" + self.path.replace("/", "-")

    @property
    def model_filled(self) -> bool:
        return any(MODEL_FILLED in messages for messages in self.doubts.values())


def path_of(doubt: Doubt) -> str:
    return doubt.section if doubt.index is None else f"{doubt.section}/{doubt.index}"


def model_doubts(document: dict[str, Any], filled: list[str]) -> list[Doubt]:
    """A doubt for each field the model filled ("work/2/name"), while the field still exists."""
    doubts = []
    for path in filled:
        section, _, rest = path.partition("/")
        index, _, key = rest.partition("/")
        if section in REVIEW_FIELDS and index.isdigit() and key in REVIEW_FIELDS[section]:
            entries = document.get(section) or []
            if int(index) < len(entries) and entries[int(index)].get(key):
                doubts.append(Doubt(section, int(index), key, MODEL_FILLED))
    return doubts


def all_doubts(
    document: dict[str, Any], filled: list[str] = (), *, structured: bool = False
) -> list[Doubt]:
    """The parser's doubts (none for a structured source
    such as JSON Resume) and the model's marks."""
    parsed = [] if structured else find_doubts(document)
    return parsed + model_doubts(document, list(filled))


def units_to_check(
    document: dict[str, Any],
    sources: dict[str, list[str]],
    filled: list[str] = (),
    *,
    structured: bool = False,
) -> list[ReviewUnit]:
    """The entries with at least one doubtful field, in document order, each once."""
    units: dict[str, ReviewUnit] = {}
    for doubt in all_doubts(document, filled, structured=structured):
        path = path_of(doubt)
        if path not in units:
            entry = (
                document.get("basics") or {}
                if doubt.index is None
                else document[doubt.section][doubt.index]
            )
            units[path] = ReviewUnit(
                path, doubt.section, doubt.index, entry, sources=list(sources.get(path) or [])
            )
        units[path].doubts.setdefault(doubt.field, []).append(doubt.message)
    order = {"basics": 0, "work": 1, "education": 2}
    return sorted(units.values(), key=lambda unit: (order[unit.section], unit.index or 0))


def doubts_of(
    document: dict[str, Any], path: str, filled: list[str] = (), *, structured: bool = False
) -> dict[str, list[str]]:
    """What is still doubtful in one entry of a (possibly edited) document."""
    doubts: dict[str, list[str]] = {}
    for doubt in all_doubts(document, filled, structured=structured):
        if path_of(doubt) == path:
            doubts.setdefault(doubt.field, []).append(doubt.message)
    return doubts


def placement_choices(document: dict[str, Any]) -> list[tuple[str, str]]:
    """Where an unsorted line can go: kept aside, dropped, the summary, skills, or an entry."""
    choices = [
        (KEEP, "Keep it in Unsorted"),
        (DISCARD, "Leave it out"),
        (SUMMARY, "Add it to the summary"),
        (SKILLS, "Add it to skills"),
    ]
    for section, what in (("work", "Add it to"), ("education", "Add it to")):
        for index, entry in enumerate(document.get(section) or []):
            unit = ReviewUnit(f"{section}/{index}", section, index, entry)
            choices.append((unit.path, f"{what} {unit.title}"))
    return choices


def apply_review(
    document: dict[str, Any],
    *,
    edits: dict[str, dict[str, str]] | None = None,
    removed: set[str] | frozenset[str] = frozenset(),
    placements: dict[int, str] | None = None,
) -> dict[str, Any]:
    """The document with the user's fixes: changed fields, unsorted lines placed, entries left out.

    `edits` maps a unit path to the fields the user changed (an empty value
    removes the field); `placements` maps an unsorted line's index to a choice
    of `placement_choices`. Lines without a placement stay in Unsorted.
    """
    result = copy.deepcopy(document)
    for path, changes in (edits or {}).items():
        entry = dict(jsonresume.get_at(result, path) or {})
        for key, value in changes.items():
            value = (value or "").strip()
            if value:
                entry[key] = value
            else:
                entry.pop(key, None)
        result = jsonresume.set_at(result, path, entry)
    result = _place_unsorted(result, placements or {})
    for path in sorted(removed, key=_removal_order):
        section, _, index = path.partition("/")
        entries = result.get(section) or []
        if index.isdigit() and int(index) < len(entries):
            del entries[int(index)]
            if not entries:
                result.pop(section)
    return result


def without_entries(review: dict[str, Any], removed: set[str]) -> dict[str, Any]:
    """The review state's sources and model marks renumbered for the entries left out.

    `review["document"]` already lacks them (`apply_review`); a mark or source of a
    removed entry goes, and those of the entries after it move up by one.
    """

    def moved(path: str) -> str | None:
        section, _, rest = path.partition("/")
        index, _, key = rest.partition("/")
        if not index.isdigit():
            return path
        gone = [int(p.partition("/")[2]) for p in removed if p.partition("/")[0] == section]
        if int(index) in gone:
            return None
        new = int(index) - sum(1 for number in gone if number < int(index))
        return "/".join(filter(None, [section, str(new), key]))

    sources = {new: lines for path, lines in review["sources"].items() if (new := moved(path))}
    filled = [new for path in review["filled"] if (new := moved(path))]
    return {**review, "sources": sources, "filled": filled}


def _removal_order(path: str) -> tuple[str, int]:
    section, _, index = path.partition("/")
    return section, -int(index) if index.isdigit() else 0  # last first: indices stay right


def _place_unsorted(document: dict[str, Any], placements: dict[int, str]) -> dict[str, Any]:
    meta = document.get("meta") or {}
    lines = list(meta.get("unsorted") or [])
    kept: list[str] = []
    for index, line in enumerate(lines):
        target = placements.get(index, KEEP)
        if target == KEEP:
            kept.append(line)
        elif target == SUMMARY:
            basics = document.setdefault("basics", {})
            basics["summary"] = "\n".join(filter(None, [basics.get("summary", ""), line]))
        elif target == SKILLS:
            skills = document.setdefault("skills", [])
            group = next((g for g in skills if g.get("name") == OTHER_SKILLS), None)
            if group is None:
                group = {"name": OTHER_SKILLS, "keywords": []}
                skills.append(group)
            keywords = group.setdefault("keywords", [])
            keywords.extend(word for word in split_tags(line) if word not in keywords)
        elif target != DISCARD:
            section, _, number = target.partition("/")
            entries = document.get(section) or []
            if section in ("work", "education") and number.isdigit() and int(number) < len(entries):
                key = "highlights" if section == "work" else "courses"
                entries[int(number)].setdefault(key, []).append(line)
            else:
                kept.append(line)  # a target that no longer exists: nothing is lost
    if kept:
        document["meta"] = {**meta, "unsorted": kept}
    elif "meta" in document:
        rest = {key: value for key, value in meta.items() if key != "unsorted"}
        if rest:
            document["meta"] = rest
        else:
            document.pop("meta")
    return document
