"""The fact guard: what a proposed rewrite claims that the resume does not show.

A rewrite may reword, reorder and tighten; it may not add facts. The guard reads
the claims a replacement makes (figures with what they count, names of employers
and products, job titles, skills, dates, degrees) and looks for each one among
the facts of the resume: its text values only (never its JSON keys, never the
contact details, whose digits are not figures) plus the original text being
rewritten. Claims are compared as facts, not substrings: "three" is 3, "40
percent" is 40%, "2,000" is 2000, "tripled" is a 3x figure; a figure must also
count the same kind of thing as the resume's ("3 million merchants" is not "3
million requests"); skills go through the taxonomy, so "NodeJS" and "Node.js" are
one skill and "on-call rotation" rewords "on-call".

A claim the target job makes but the resume does not is the most tempting one to
invent, so it is not excused: it gets its own warning ("The job asks for Kafka;
your resume does not show it").

Vocabularies (number words, well-known organisations, title patterns) live in
data/claims.json.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from resumeopt.stemming import stem

# jobs.taxonomy is imported by the functions that use it: this module loads with the views
# (letters, the API, chat proposals), so every management command's URL checks imported
# the taxonomy module and compiled its patterns, which only a fact check needs.

KINDS = ("figure", "name", "skill", "date", "degree")

# Fields whose values are contact details or identifiers, not facts a rewrite may reuse.
CONTACT_KEYS = {
    "email",
    "phone",
    "url",
    "username",
    "image",
    "postalCode",
    "address",
    "countryCode",
}
SKIPPED_SECTIONS = {"meta"}
DATE_KEYS = {"startDate", "endDate", "date", "releaseDate"}

MONTH_NAMES = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
MONTH_PATTERN = "|".join(f"{name[:3]}(?:{name[3:]})?" if name[3:] else name for name in MONTH_NAMES)
YEAR_RE = re.compile(r"(?<![\w$€£.,])(?:19[5-9]\d|20[0-4]\d)(?![\w%]|[.,]\d)")
MONTH_YEAR_RE = re.compile(
    rf"\b(?P<month>{MONTH_PATTERN})\.?,?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE
)
NUMBER_RE = re.compile(
    r"(?<![\w.$€£])(?P<currency>[$€£])?(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<suffix>%|x\b|×|(?:k|m|mm|mn|bn|b)\b|\+))?"
    r"(?:\s*(?P<unit>percent\b|per cent\b|times\b|fold\b))?"
    r"(?:[\s-]+(?P<scale>hundred|thousand|million|billion|trillion)\b)?"
    r"(?![\w-]*[a-z]\d)",
    re.IGNORECASE,
)
WORD_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
NAME_RE = re.compile(
    r"(?<=[a-z0-9,;:)] )(?:[A-Z][\w&.+#'’-]*[\w+#])(?:\s+(?:of\s+|&\s+|"
    r"and\s+)?[A-Z][\w&.+#'’-]*[\w+#])*"
)
DEGREES = {
    "doctorate": r"ph\.?\s?d\.?|doctorate|doctoral degree|d\.phil",
    "mba": r"mba|m\.b\.a\.",
    "master": (
        r"m\.?sc\.?|m\.?eng\.?|m\.s\.|m\.a\.|(?:ms|ma)(?=\s+(?:in|degree|from)\b)|master(?:'s|’s|"
        r"s)?(?=\s+(?:degree|of|in)\b)|masters? degree"
    ),
    "bachelor": (
        r"b\.?sc\.?|b\.?eng\.?|b\.s\.|b\.a\.|(?:bs|ba)(?=\s+(?:in|degree|from)\b)|bachelor(?:'s|"
        r"’s|s)?(?=\s+(?:degree|of|in)\b)|undergraduate degree"
    ),
    "associate": r"associate(?:'s|’s)?(?=\s+(?:degree|of)\b)",
    "law": r"j\.?d\.?(?=\s|,|$)|ll\.?m\.?",
}
DEGREE_RE = re.compile(
    "|".join(f"(?P<{kind}>(?<![\\w.])(?:{pattern}))" for kind, pattern in DEGREES.items()),
    re.IGNORECASE,
)
DATA = Path(__file__).parent / "data" / "claims.json"


@dataclass(frozen=True)
class FactWarning:
    """One claim the replacement makes that the resume does not show."""

    kind: str  # one of KINDS
    text: str  # the claim as the replacement writes it
    from_job: bool  # the target job gives it: a requirement the candidate may lack
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "from_job": self.from_job,
            "text": self.text,
            "message": self.message,
        }


@dataclass(frozen=True)
class Figure:
    value: float
    unit: (
        str  # "%", "x" (a multiple), "~" (a vague scale: "millions of"), or "" (a count or amount)
    )
    text: str
    context: frozenset[str]  # stems of the content words around it
    counts: frozenset[str] = frozenset()  # stems of the words right after it: what it counts


@dataclass
class Facts:
    """What a text (or a whole resume) states, in comparable form."""

    figures: list[Figure]
    years: set[int]
    months: set[tuple[int, int]]
    degrees: set[str]
    skills: set[str]  # canonical taxonomy names
    words: set[str]  # lower-case words, for tolerant skill matching
    text: str  # normalised: lower case, single spaces, padded, for phrase lookups


@cache
def vocabulary() -> dict[str, Any]:
    return json.loads(DATA.read_text(encoding="utf-8"))


@cache
def _organisation_re() -> re.Pattern:
    names = sorted(vocabulary()["organisations"], key=len, reverse=True)
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(name) for name in names) + r")(?![\w-])"
    )


@cache
def _title_re() -> re.Pattern:
    return re.compile(vocabulary()["title_pattern"])


@cache
def _word_number_re() -> re.Pattern:
    words = vocabulary()["word_numbers"]
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    scales = "hundred|thousand|million|billion|trillion"
    return re.compile(
        rf"\b(?:(?P<compound>(?:{tens})-(?:one|two|three|four|five|six|seven|eight|nine))"
        rf"|(?P<word>{'|'.join(sorted(words, key=len, reverse=True))})|(?P<a>an?))"
        rf"(?:\s+(?P<scale>{scales}))?\b"
        rf"|\b(?P<vague>dozens|hundreds|thousands|millions|billions)\s+of\b"
        rf"|\b(?P<multiplier>{'|'.join(re.escape(w) for w in vocabulary()['multipliers'])})\b",
        re.IGNORECASE,
    )


def normalised(text: str) -> str:
    return " " + re.sub(r"\s+", " ", text.lower().replace("’", "'")) + " "


def _context(text: str, start: int, end: int) -> tuple[frozenset[str], frozenset[str]]:
    stop = set(vocabulary()["stopwords"])
    clause_start = max(text.rfind(mark, 0, start) for mark in ".;:\n") + 1
    clause_end = min(
        [i for i in (text.find(mark, end) for mark in ".;\n") if i != -1] or [len(text)]
    )
    before = [w for w in WORD_TOKEN_RE.findall(text[clause_start:start]) if w.lower() not in stop]
    after = [w for w in WORD_TOKEN_RE.findall(text[end:clause_end]) if w.lower() not in stop]
    return frozenset(stem(w) for w in before[-4:] + after[:4]), frozenset(
        stem(w) for w in after[:3]
    )


def _number_value(raw: str) -> float:
    return float(raw.replace(",", ""))


def figures_in(text: str) -> list[Figure]:
    """Every figure a text states, with its value, unit and what it counts."""
    vocab = vocabulary()
    scales, found, taken = vocab["scales"], [], []
    lowered = text.lower()
    for phrase in vocab["not_figures"]:
        for match in re.finditer(rf"(?<![\w/]){re.escape(phrase)}(?![\w/])", lowered):
            taken.append((match.start(), match.end()))
    for match in YEAR_RE.finditer(text):
        taken.append((match.start(), match.end()))
    for match in NUMBER_RE.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        value = _number_value(match["number"])
        suffix = (match["suffix"] or "").lower()
        unit_word = (match["unit"] or "").lower()
        unit = ""
        if suffix == "%" or unit_word.startswith("per"):
            unit = "%"
        elif suffix in ("x", "×") or unit_word in ("times", "fold"):
            unit = "x"
        elif suffix in scales:
            value *= scales[suffix]
        if match["scale"]:
            value *= scales[match["scale"].lower()]
        found.append(
            Figure(value, unit, match[0].strip(), *_context(text, match.start(), match.end()))
        )
        taken.append((match.start(), match.end()))
    for match in _word_number_re().finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        if match["multiplier"]:
            value, unit = float(vocab["multipliers"][match["multiplier"].lower()]), "x"
        elif match["vague"]:
            value, unit = float(vocab["vague_scales"][match["vague"].lower()]), "~"
        elif match["a"]:
            if not match["scale"]:
                continue  # "a" alone is an article, not a figure
            value, unit = 1.0, ""
        elif match["compound"]:
            tens, ones = match["compound"].lower().split("-")
            ones_value = {"one": 1} | vocab["word_numbers"]
            value, unit = float(vocab["word_numbers"][tens] + ones_value[ones]), ""
        else:
            value, unit = float(vocab["word_numbers"][match["word"].lower()]), ""
        if match["scale"]:
            value *= scales[match["scale"].lower()]
        found.append(
            Figure(value, unit, match[0].strip(), *_context(text, match.start(), match.end()))
        )
    return found


def _degrees_in(text: str) -> list[tuple[str, str]]:
    return [
        (match.lastgroup, match[0])
        for match in DEGREE_RE.finditer(text)
        if match.lastgroup and match[0].strip()
    ]


def _skill_matches(text: str) -> list:
    from jobs.taxonomy import taxonomy

    not_claims = {name.lower() for name in vocabulary()["not_claims"]}
    return [
        match
        for match in taxonomy().find(text)
        if match.term.type != "soft" and match.term.canonical.lower() not in not_claims
    ]


def facts_of_text(text: str) -> Facts:
    years = {int(match[0]) for match in YEAR_RE.finditer(text)}
    months = {
        (int(match["year"]), _month_number(match["month"]))
        for match in MONTH_YEAR_RE.finditer(text)
    }
    return Facts(
        figures=figures_in(text),
        years=years,
        months=months,
        degrees={kind for kind, _ in _degrees_in(text)},
        skills={match.term.canonical for match in _skill_matches(text)},
        words={w.lower() for w in WORD_TOKEN_RE.findall(text)},
        text=normalised(text),
    )


def _month_number(name: str) -> int:
    prefix = name.lower().strip(".")[:3]
    return next(i for i, month in enumerate(MONTH_NAMES, start=1) if month.startswith(prefix))


def resume_texts(document: Any, key: str = "") -> Iterator[tuple[str, str]]:
    """(field name, text) for every text value of a JSON Resume, contact details left out."""
    if isinstance(document, dict):
        for name, value in document.items():
            if name in CONTACT_KEYS or (not key and name in SKIPPED_SECTIONS):
                continue
            yield from resume_texts(value, name)
    elif isinstance(document, list):
        for value in document:
            yield from resume_texts(value, key)
    elif isinstance(document, str) and document.strip():
        yield key, document


def _merge(facts: Facts, more: Facts) -> None:
    facts.figures.extend(more.figures)
    facts.years |= more.years
    facts.months |= more.months
    facts.degrees |= more.degrees
    facts.skills |= more.skills
    facts.words |= more.words
    facts.text += more.text


def _experience_years(document: dict[str, Any]) -> int:
    """The span of the work history in whole years, for "8 years of experience"."""
    starts, ends = [], []
    for entry in document.get("work") or []:
        if not isinstance(entry, dict):
            continue
        start = _parse_year(entry.get("startDate"))
        if start:
            starts.append(start)
            ends.append(_parse_year(entry.get("endDate")) or date.today().year)
    return max(ends) - min(starts) + 1 if starts else 0


def _parse_year(value: Any) -> int | None:
    match = re.match(r"\s*((?:19|20)\d\d)", value) if isinstance(value, str) else None
    return int(match[1]) if match else None


@lru_cache(maxsize=64)
def _resume_facts(serialised: str) -> tuple[Facts, int]:
    document = json.loads(serialised)
    facts = Facts([], set(), set(), set(), set(), set(), "")
    for key, text in resume_texts(document):
        if key in DATE_KEYS:
            found = re.match(r"\s*((?:19|20)\d\d)(?:-(\d\d))?", text)
            if found:
                facts.years.add(int(found[1]))
                if found[2]:
                    facts.months.add((int(found[1]), int(found[2])))
            continue
        _merge(facts, facts_of_text(text))
    return facts, _experience_years(document) if isinstance(document, dict) else 0


def resume_facts(document: dict[str, Any]) -> tuple[Facts, int]:
    """The facts of a resume (cached by content), and its years of experience."""
    return _resume_facts(json.dumps(document, sort_keys=True, ensure_ascii=False, default=str))


def _counts_same(a: Figure, b: Figure) -> bool:
    """Whether two equal figures count the same kind of thing: the words right after them agree
    ("5 engineers" is not "5 hours"), or, when one has none, the words around them do."""
    if a.counts and b.counts:
        return bool(a.counts & b.counts)
    return bool(a.context & b.context)


def _figure_known(figure: Figure, original: Facts, resume: Facts, experience: int) -> bool:
    def same(a: Figure, b: Figure) -> bool:
        if figure.unit == "~":  # "millions of users" needs a figure of at least two million
            return (
                b.unit in ("", "~")
                and a.value * 2 <= b.value < a.value * 1000
                or b.value == a.value
            )
        return abs(a.value - b.value) < 1e-9 and (a.unit == b.unit or {a.unit, b.unit} <= {"", "~"})

    if any(same(figure, known) for known in original.figures):
        return True
    if figure.unit == "" and figure.context & {"year", "yr"} and 0 < figure.value <= experience:
        return True
    # From elsewhere in the resume, a figure must count the same kind of thing.
    return any(same(figure, known) and _counts_same(figure, known) for known in resume.figures)


def _skill_known(match, known: Facts) -> bool:
    from jobs.taxonomy import activity_done_forms

    if match.term.canonical in known.skills:
        return True
    # An activity's verb is how the work is told, not a fact: "Managed the inventory system"
    # rewords "Responsible for the inventory system" (Inventory Management).
    generic = {*vocabulary()["generic_skill_words"], *activity_done_forms(), "the", "a", "an"}
    words = [w.lower() for w in WORD_TOKEN_RE.findall(match.text)]
    if len(words) == 1 and words[0] in activity_done_forms():
        # "Tested the app" rewords "Responsible for testing the app": the same verb.
        return stem(words[0]) in {stem(word) for word in known.words}
    distinctive = [w for w in words if w not in generic]
    # "on-call rotation" rewords "on-call": every distinctive word is already there.
    return len(words) > 1 and bool(distinctive) and all(w in known.words for w in distinctive)


def _phrase_known(phrase: str, known: Facts) -> bool:
    """Whether the known text names this phrase, allowing a plural or possessive and up to two
    words between its words ("senior engineer" in "Senior Software Engineer")."""
    words = WORD_TOKEN_RE.findall(re.sub(r"['’]s\b", "", phrase.lower()))
    if not words:
        return True
    gap = r"(?:\s+[^\s]+){0,2}?\s+"
    pattern = gap.join(re.escape(w.rstrip("s") if len(w) > 3 else w) + r"\w{0,2}" for w in words)
    return re.search(rf"(?<![\w]){pattern}(?:'s)?(?![\w])", known.text) is not None


def _acronym_known(text: str, known: Facts) -> bool:
    """An acronym ("MQLs", "CS") stands for words the resume spells out ("marketing-qualified
    leads", "Computer Science")."""
    letters = re.sub(r"s$", "", text) if re.fullmatch(r"[A-Z]{2,6}s?", text) else ""
    if not letters:
        return False
    initials = r"[\s-]+".join(rf"{letter.lower()}[\w']*" for letter in letters)
    return re.search(rf"(?<![\w]){initials}(?![\w])", known.text) is not None


def _message(kind: str, text: str, from_job: bool) -> str:
    if from_job:
        subject = {"figure": "mentions", "date": "mentions"}.get(kind, "asks for")
        return (
            f"The job {subject} {text}; your resume does not show it. Only keep this if it is true."
        )
    return {
        "figure": f"This adds a figure you have not given ({text}): check it is true.",
        "name": f"This adds a name or title you have not given ({text}): check it is right.",
        "skill": (
            f"This adds a skill your resume does not mention ({text}): only keep it if you have it."
        ),
        "date": f"This adds a date you have not given ({text}): check it is right.",
        "degree": f"This adds a degree you have not given ({text}): only keep it if you hold it.",
    }[kind]


def check_claims(
    original: str, replacement: str, document: dict[str, Any], job_text: str = ""
) -> list[FactWarning]:
    """Each claim in the replacement that neither the resume nor the original text shows."""
    resume, experience = resume_facts(document if isinstance(document, dict) else {})
    before = facts_of_text(original or "")
    known = Facts(
        list(resume.figures),
        set(resume.years),
        set(resume.months),
        set(resume.degrees),
        set(resume.skills),
        set(resume.words),
        resume.text,
    )
    _merge(known, before)
    job = facts_of_text(job_text) if job_text else None
    warnings: list[FactWarning] = []
    seen: set[tuple[str, str]] = set()

    def warn(kind: str, text: str, from_job: bool) -> None:
        if (kind, text.lower()) not in seen:
            seen.add((kind, text.lower()))
            warnings.append(FactWarning(kind, text, from_job, _message(kind, text, from_job)))

    claimed_spans: list[tuple[int, int]] = []

    # Dates: a month and year, or a year.
    for match in MONTH_YEAR_RE.finditer(replacement):
        claimed_spans.append(match.span())
        month = (int(match["year"]), _month_number(match["month"]))
        if month not in known.months:
            warn("date", match[0], bool(job and month in job.months))
    for match in YEAR_RE.finditer(replacement):
        if any(s <= match.start() < e for s, e in claimed_spans):
            continue
        claimed_spans.append(match.span())
        if int(match[0]) not in known.years:
            warn("date", match[0], bool(job and int(match[0]) in job.years))

    for match in DEGREE_RE.finditer(replacement):
        kind, text = match.lastgroup, match[0]
        if not kind or not text.strip():
            continue
        claimed_spans.append(match.span())
        if kind not in known.degrees:
            warn("degree", text.strip().rstrip("."), bool(job and kind in job.degrees))

    skill_words: set[str] = set()
    organisations = set(vocabulary()["organisations"])
    for match in _skill_matches(replacement):
        if match.text in organisations:
            continue  # "Stripe" or "Salesforce" reads as an employer as often as a tool: a name
        claimed_spans.append((match.start, match.end))
        skill_words |= {w.lower() for w in WORD_TOKEN_RE.findall(match.text)}
        if not _skill_known(match, known):
            warn("skill", match.term.canonical, bool(job and _skill_known(match, job)))

    for figure in figures_in(_blank(replacement, claimed_spans)):
        if not _figure_known(figure, before, resume, experience):
            in_job = bool(job and any(f.value == figure.value for f in job.figures))
            warn("figure", figure.text, in_job)

    names = [m for m in _organisation_re().finditer(replacement)]
    names += [m for m in NAME_RE.finditer(replacement)]
    names += [m for m in _title_re().finditer(replacement.lower())]
    ignored = {w.lower() for w in vocabulary()["capitalised_not_names"]} | set(MONTH_NAMES)
    ignored |= {name[:3] for name in MONTH_NAMES}
    named: list[tuple[int, int]] = []
    for match in sorted(names, key=lambda m: (m.start(), -m.end())):
        if any(s <= match.start() and match.end() <= e for s, e in named):
            continue
        text = replacement[match.start() : match.end()].strip(" .,;:'’")
        words = [w.lower() for w in WORD_TOKEN_RE.findall(text)]
        if not words or all(w in ignored or w in skill_words for w in words):
            continue
        if any(s < match.end() and match.start() < e for s, e in claimed_spans):
            continue  # a skill, a date or a degree already judged
        named.append(match.span())
        if not _phrase_known(text, known) and not _acronym_known(text, known):
            warn("name", text, bool(job and _phrase_known(text, job)))
    return warnings


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the given spans blanked out (same
    length), so figures inside them are skipped."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def fabrication_warnings(
    original: str, replacement: str, document: dict[str, Any], job_text: str = ""
) -> list[str]:
    """The guard's findings as sentences, one per kind of claim (what proposals store)."""
    grouped: dict[tuple[str, bool], list[str]] = {}
    for warning in check_claims(original, replacement, document, job_text):
        grouped.setdefault((warning.kind, warning.from_job), []).append(warning.text)
    return [
        _message(kind, ", ".join(texts), from_job) for (kind, from_job), texts in grouped.items()
    ]
