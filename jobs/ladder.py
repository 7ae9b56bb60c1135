"""The rung of a career ladder a job title names, and how far apart two titles are on it.

A recruiter reads "HR Coordinator" as a post below a Senior HR Generalist, and
"Controller" as the step after Senior Accountant, whatever years either asks: titles
say the level before the requirements do. The words and their rungs live in
data/title_ladder.json (its comment says how a title is read).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

# Where a title's role ends: "Director of Finance, EMEA", "Executive Assistant to the CEO",
# "Registered Nurse – Med/Surg", "Software Engineer (Payments)".
ROLE_END_RE = re.compile(r"\s+[–—-]\s+|[,(|/:;]|\s+(?:to|for|at|in)\s+", re.IGNORECASE)
# Where two roles held as one job meet: "Mathematics Teacher and Department Lead".
ROLES_JOINED_RE = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)
OF_RE = re.compile(r"\s+of\s+", re.IGNORECASE)
WORD_RE = re.compile(r"[a-z][a-z&+#.'-]*")
# Where a headline's parts meet: "Future Registered Nurse | Certified Nursing Assistant".
HEADLINE_PART_RE = re.compile(r"\s*[|•·]\s*")
JOINED_ROLE_STEP = 0.5  # a higher role held with the post raises it half a rung, not to it
MANAGER_RUNG = 4  # from here up a "Senior" moves a title half a rung, not a whole one


@lru_cache(maxsize=1)
def _ladder() -> dict:
    data = json.loads((Path(__file__).parent / "data" / "title_ladder.json").read_text("utf-8"))
    phrases = {tuple(phrase.split()): rung for phrase, rung in data["phrases"].items()}
    return {
        "phrases": sorted(phrases.items(), key=lambda item: -len(item[0])),
        "heads": data["heads"],
        "last_heads": data["last_heads"],
        "modifiers": data["modifiers"],
        "grades": data["grades"],
        "entry": [tuple(phrase.split()) for phrase in data["entry"]],
        "aspirations": [tuple(phrase.split()) for phrase in data["aspirations"]],
        "entry_heads": frozenset(data["entry_heads"]),
        "support_heads": frozenset(data["support_heads"]),
        "fields": [tuple(phrase.split()) for phrase in data["fields"]],
        "licensed_words": frozenset(data["licensed_words"]),
        "head_modifiers": {
            word: (rule["step"], frozenset(rule["heads"]))
            for word, rule in data["head_modifiers"].items()
        },
    }


def _find(words: list[str], phrase: tuple[str, ...]) -> int:
    size = len(phrase)
    for start in range(len(words) - size + 1):
        if tuple(words[start : start + size]) == phrase:
            return start
    return -1


def role_of(title: str) -> str:
    """The role a title names, without what follows it: "Senior Accountant, CPA" is a
    Senior Accountant, "Registered Nurse – Med/Surg" a Registered Nurse. Of two roles joined
    ("Mathematics Teacher and Department Lead"), the first is the post; the second, duties
    added to it. A title whose first part names no post is one role ("Food and Beverage
    Manager")."""
    role = ROLE_END_RE.split(title, maxsplit=1)[0].strip()
    parts = _joined_roles(role)
    return parts[0].strip() if parts else role


@lru_cache(maxsize=4096)
def title_rung(title: str) -> float | None:
    """The rung the title names (0 an intern or trainee, 2 the practitioner, 4 a manager,
    7 a chief), or None when no word of it is on the ladder."""
    ladder = _ladder()
    whole = [word.strip(".'") for word in WORD_RE.findall(title.lower())]
    role = role_of(title.lower())
    words = [word.strip(".'") for word in WORD_RE.findall(role)]
    if not words:
        return None
    # "Manager in Training" and "Software Engineer (Intern)" say their level after the
    # role, where role_of cuts: the whole title is read for it.
    if any(_find(whole, phrase) >= 0 for phrase in ladder["entry"]) or (
        {words[-1], whole[-1]} & ladder["entry_heads"]
    ):
        return 0.0
    for phrase in ladder["fields"]:
        start = _find(words, phrase)
        if start >= 0:
            words = words[:start] + words[start + len(phrase) :]
    # "Director of Finance": the words after "of" name the field, not the level, unless a
    # phrase holds the "of" itself ("Director of Nursing", "Chief of Staff").
    before_of = words[: words.index("of")] if "of" in words else words
    found: list[tuple[float, int]] = []  # (rung, where its words start)
    covered: set[int] = set()
    for phrase, rung in ladder["phrases"]:
        start = _find(words if "of" in phrase else before_of, phrase)
        if start >= 0 and not covered & set(range(start, start + len(phrase))):
            found.append((rung, start))
            covered |= set(range(start, start + len(phrase)))
    for index, word in enumerate(before_of):
        if index not in covered and word in ladder["heads"]:
            found.append((ladder["heads"][word], index))
    last = len(before_of) - 1
    if before_of and last not in covered and before_of[last] in ladder["last_heads"]:
        found.append((ladder["last_heads"][before_of[last]], last))
    if not found:
        return None
    rung, start = max(found)
    last_rung, last_start = max(found, key=lambda item: item[1])
    # The last word is the post's head: "CEO Assistant" assists, whatever rung CEO is on.
    if last_start == len(before_of) - 1 and before_of[last_start] in ladder["support_heads"]:
        rung, start = last_rung, last_start
    head = before_of[start] if start < len(before_of) else ""
    steps = []
    for word in before_of[:start]:
        step = ladder["modifiers"].get(word, 0)
        special = ladder["head_modifiers"].get(word)
        if special and head in special[1]:
            step = special[0]
        steps.append(step)
    if start < last and before_of[last] in ladder["grades"]:
        steps.append(ladder["grades"][before_of[last]])  # "Data Analyst II": the post's grade
    for step in steps:
        rung += step / 2 if step > 0 and rung >= MANAGER_RUNG else step
    added = _added_role_rung(title)
    if added is not None and added > rung:
        rung += JOINED_ROLE_STEP  # "Teacher and Department Lead": a teacher who leads too
    return max(0.0, rung)


@lru_cache(maxsize=4096)
def licensed_practice(title: str) -> bool:
    """The title names a licensed health profession's post at its practitioner rung or above
    ("Charge Nurse", "RN Case Manager"), not an aide's or a student's before the licence."""
    words = {word.strip(".'") for word in WORD_RE.findall(role_of(title.lower()))}
    rung = title_rung(title)
    return bool(words & _ladder()["licensed_words"]) and rung is not None and rung >= 2


def _added_role_rung(title: str) -> float | None:
    """The rung of a second role joined to a title's post ("Department Lead" in "Mathematics
    Teacher and Department Lead"), or None when it joins none."""
    parts = _joined_roles(ROLE_END_RE.split(title, maxsplit=1)[0])
    return title_rung(parts[1]) if parts else None


def _joined_roles(role: str) -> list[str] | None:
    """The two roles an "and" joins, where the first names a post on its own; None for one
    role ("Food and Beverage Manager") or fields joined after "of" ("Director of
    Transportation and Logistics")."""
    parts = ROLES_JOINED_RE.split(role, maxsplit=1)
    if len(parts) == 2 and not OF_RE.search(parts[0]) and title_rung(parts[0]) is not None:
        return parts
    return None


@lru_cache(maxsize=1)
def role_heads() -> frozenset[str]:
    """Words that name a post on their own ("Principal", "Lead", "Head", "Chief"), though
    before another role word they only say its level ("Principal Engineer")."""
    ladder = _ladder()
    single = {phrase[0] for phrase, _ in ladder["phrases"] if len(phrase) == 1}
    return frozenset({*ladder["heads"], *ladder["last_heads"], *single})


def held_headline(label: str) -> str:
    """The parts of a headline that say what the person is, without those naming the post
    they want: "Future Registered Nurse | Certified Nursing Assistant" holds the second;
    "Aspiring Operations Manager" holds nothing ("")."""
    aspirations = _ladder()["aspirations"]
    held = []
    for part in HEADLINE_PART_RE.split(label):
        words = [word.strip(".'") for word in WORD_RE.findall(part.lower())]
        if part.strip() and not any(_find(words, phrase) >= 0 for phrase in aspirations):
            held.append(part.strip())
    return " | ".join(held)


SENTENCE_END_RE = re.compile(r"(?<=[.!?;])\s+")


def without_aims(summary: str) -> str:
    """A summary without the aims it states: each sentence is cut where it turns to the post
    wanted ("...new graduate looking for a first B2B sales role" keeps "...new graduate"), so
    what someone hopes to do is not read as what they did."""
    aspirations = _ladder()["aspirations"]
    kept = []
    for sentence in SENTENCE_END_RE.split(summary):
        tokens = list(WORD_RE.finditer(sentence.lower()))
        words = [token.group().strip(".'") for token in tokens]
        starts = [start for phrase in aspirations if (start := _find(words, phrase)) >= 0]
        kept.append(sentence[: tokens[min(starts)].start()].rstrip() if starts else sentence)
    return " ".join(part for part in kept if part)


def held_title(work: list[dict], label: str = "") -> str:
    """The title the resume holds now, as written: its headline's where a part of it names a
    rung (what the person calls themselves now: "Graduate Software Developer" after an
    internship), else its latest job's that names one. A headline naming the post wanted
    ("Aspiring Operations Manager") says nothing of the rung held. Its role (`role_of`) is
    "Mathematics Teacher" in "Mathematics Teacher and Department Lead"; its rung counts the
    lead's duties too (see title_rung)."""
    for part in HEADLINE_PART_RE.split(held_headline(label)) if label else ():
        if title_rung(part) is not None:
            return part.strip()
    for position in latest_titles(work):
        if title_rung(position) is not None:
            return position
    return ""


def latest_titles(work: list[dict]) -> list[str]:
    """The work entries' titles, the job held now (or left last) first."""
    latest_first = sorted(
        (entry for entry in work if isinstance(entry.get("position"), str)),
        key=lambda entry: (
            not entry.get("endDate"),
            str(entry.get("endDate") or ""),
            str(entry.get("startDate") or ""),
        ),
        reverse=True,
    )
    return [entry["position"] for entry in latest_first]
