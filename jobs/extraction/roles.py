"""What each clause of a posting is for: its role, read once from its own words.

Roles: ``required`` and ``preferred`` (qualifications), ``duty`` (what the job
does), ``about`` (the company), ``benefit``, ``legal`` (equal-opportunity and
other legal text), ``apply`` (how to apply), ``title`` (the posting's first
line) and ``other`` (a clause with no cue, in a posting with no sections, which
is read as asking for what it names).

The cue phrases are data, in ``jobs/data/clause_roles.json``.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from jobs.extraction.prefilter import PatternGroup, QuickPattern, folded

DATA = Path(__file__).resolve().parent.parent / "data" / "clause_roles.json"
ASKING_ROLES = ("required", "preferred", "duty", "other", "title")
ASIDE_ROLES = ("about", "benefit", "legal", "apply")
# A benefit cue in a sentence that asks: "you have a car", "must hold a licence".
ASKS_YOU_RE = re.compile(r"\byou (?:have|bring)|\bmust\b", re.IGNORECASE)
# Words that turn a sentence about the company into one about the candidate.
OF_THE_CANDIDATE_RE = re.compile(r"\byou|candidate|looking for|seeking|must|requir", re.IGNORECASE)


@cache
def _cues() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


@cache
def cue(name: str) -> QuickPattern:
    """One pattern for a list of cue phrases (see `prefilter`: a clause is tried only
    against the phrases whose fixed strings it holds)."""
    return QuickPattern(_cues()[name], re.IGNORECASE)


@cache
def inline_heading_patterns() -> tuple[tuple[str, QuickPattern], ...]:
    """(role, pattern) for headings that may start a part in mid-paragraph."""
    return tuple(
        (role, QuickPattern(sorted(phrases, key=len, reverse=True), re.IGNORECASE))
        for role, phrases in _cues()["inline_headings"].items()
    )


@cache
def _inline_heading_group() -> PatternGroup:
    return PatternGroup([pattern for _, pattern in inline_heading_patterns()])


def inline_headings_in(text: str) -> list[tuple[str, QuickPattern]]:
    """The (role, pattern) pairs of `inline_heading_patterns` that may match in the text,
    in order: most sentences have none, and one test tells."""
    indexes = _inline_heading_group().possible(text)
    if not indexes:
        return []
    patterns = inline_heading_patterns()
    return [patterns[index] for index in indexes]


def heading_role(content: str) -> str:
    """The role of the part a whole heading starts ("Nice to have" -> preferred), or ""."""
    bare = content.strip(" :#*_-–•").strip()
    for role, pattern in inline_headings_in(bare):
        if pattern.fullmatch(bare):
            return role
    return ""


# The cue lists read through `cue` (the others are read as words or as plain patterns).
CUE_LISTS = (
    "legal",
    "apply",
    "benefit_strong",
    "money_of_the_work",
    "pay",
    "benefit",
    "about",
    "asks",
    "duty",
    "preferred",
    "explicitly_required",
    "degree_alternative",
    "due_after_hire",
)


def prepare() -> None:
    """Build every cue pattern now: each one built later (a posting's first degree, its first
    item due after hire) also rebuilt the automaton of every needle (`prefilter`), some 60 ms
    in the middle of a posting."""
    for name in CUE_LISTS:
        cue(name)
    _inline_heading_group()
    item_end_words()
    run_on_leading_words()
    legal_opener_re()
    company_speaks_re()
    _not_a_skill()
    _before_a_role()
    _in_a_name()
    _before_a_market()


@cache
def item_end_words() -> frozenset[str]:
    """Words an item of a requirements list ends in ("a professional attitude")."""
    return frozenset(_cues()["item_end_words"])


@cache
def run_on_leading_words() -> frozenset[str]:
    """Words after which a capitalised word goes on with the same item ("with Salesforce")."""
    return frozenset(_cues()["run_on_leading_words"])


# Words one of `legal_openers` or `legal_openers_after_name` holds, each found by `str.find`
# (quicker than one pattern of them all, whose first letters are common); most lines hold none.
LEGAL_OPENER_HINTS = (
    "committed",
    "pportunit",
    "discriminat",
    "EEO",
    "pplicants",
    "pplications",
    "diversity",
    "Diversity",
    "ccommodation",
    "ffirmative",
    "Pursuant",
)


# The verbs of `company_speaks_after_name`, each found by `str.find`.
COMPANY_SPEAKS_HINTS = (
    "offers",
    "provides",
    "founded",
    "established",
    "started",
    "has been",
    "employs",
    "operates",
    "serves",
    "values",
    "believes",
    "prides",
)
# A subject of capitalised words that is no one's name ("You are committed to patient safety").
SUBJECT = (
    r"(?!(?:You|Your|The (?:ideal|successful|right)|Candidates?|Applicants?|Ideal|Successful|"
    r"They|I|He|She)\b)[A-Z][\w&.-]*(?:\s+(?:&\s+)?[A-Z][\w&.-]*){0,3}"
)


@cache
def company_speaks_re() -> re.Pattern:
    """The company's name and what it says of itself ("Verity Foods offers a competitive
    salary"), case-sensitive: group "name" is the capitalised words before the verb."""
    verbs = "|".join(f"(?:{pattern})" for pattern in _cues()["company_speaks_after_name"])
    return re.compile(rf"(?<![\w&'’.-])(?P<name>{SUBJECT})\s+(?:{verbs})")


def company_speaks_starts(text: str) -> list[tuple[int, str]]:
    """(where it starts, the capitalised words before the verb) for each `company_speaks_re`
    in the text, tried only before its verbs."""
    return _starts_before_hints(
        text, hint_positions(text, COMPANY_SPEAKS_HINTS), company_speaks_re()
    )


@cache
def legal_opener_re() -> re.Pattern:
    """A legal or equal-opportunity sentence's opener ("All qualified applicants", "Acme is
    committed to", "We are an equal opportunity employer"), case-sensitive: its group "name" is
    the subject before the verb, when it has one. See `legal_opener_starts`."""
    openers = "|".join(f"(?:{pattern})" for pattern in _cues()["legal_openers"])
    verbs = "|".join(f"(?:{pattern})" for pattern in _cues()["legal_openers_after_name"])
    return re.compile(
        rf"(?<![\w&'’.-])(?:(?P<name>{SUBJECT})(?:\s+|(?=['’]re\b))(?:{verbs})|(?:{openers}))"
    )


# How far before its hint an opener may start: a subject of four words and its verb.
LEGAL_OPENER_REACH = 90


def legal_opener_starts(text: str) -> list[tuple[int, str]]:
    """(where it starts, its subject or "") for each legal opener in the text."""
    return _starts_before_hints(text, legal_opener_hints(text), legal_opener_re())


def _starts_before_hints(text: str, hints: list[int], pattern: re.Pattern) -> list[tuple[int, str]]:
    """(start, group "name" or "") of each match of the pattern that holds one of the hints.

    The pattern is tried only just before its hint words (one window for hints close
    together): opening on a look-behind, it was tried at every position of a posting pasted
    as one paragraph."""
    starts: dict[int, str] = {}
    windows: list[list[int]] = []
    for at in hints:
        since, until = max(0, at - LEGAL_OPENER_REACH), at + 32
        if windows and since <= windows[-1][1]:
            windows[-1][1] = until
        else:
            windows.append([since, until])
    for since, until in windows:
        for found in pattern.finditer(text, since, until):
            if found.start() > since or since == 0:
                starts.setdefault(found.start(), found["name"] or "")
    return sorted(starts.items())


def hint_positions(text: str, hints: tuple[str, ...]) -> list[int]:
    """Where each of the hint words stands in the text, in order."""
    found = []
    for hint in hints:
        at = text.find(hint)
        while at != -1:
            found.append(at)
            at = text.find(hint, at + 1)
    return sorted(found)


def legal_opener_hints(text: str) -> list[int]:
    """Where the words legal openers hold stand in the text: most postings hold none, and a
    line holds none unless one of these is in it."""
    return hint_positions(text, LEGAL_OPENER_HINTS)


def asks(text: str) -> bool:
    return cue("asks").search(text) is not None


def is_preferred(text: str) -> bool:
    return cue("preferred").search(text) is not None and not cue("explicitly_required").search(text)


# "..., AWS D1.1 certification a plus, must provide own tools, forklift experience helpful, ...":
# a part of a required clause's list that ends in its own preferred cue.
PREFERRED_LIST_PART_RE = re.compile(
    r"\s(?:(?:is|are|would be|will be)\s+)?(?:(?:a|an)\s+(?:big\s+|strong\s+|added\s+)?"
    r"(?:plus|bonus|advantage|asset)|helpful|preferred|desired|desirable|beneficial)\s*[.]?\s*$",
    re.IGNORECASE,
)
LIST_PART_RE = re.compile(r"[^,;]+")
# Every match of PREFERRED_LIST_PART_RE holds one of these, as `prefilter.folded` writes it (a
# test of each in the folded clause is quicker than a case-insensitive scan for them all).
PREFERRED_LIST_WORDS = (
    *("plus", "bonus", "advantage", "asset"),
    *("helpful", "prefer", "desir", "benefic"),
)


# "2+ years of customer service, preferably in a call centre": only what follows is preferred.
PREFERRED_TAIL_RE = re.compile(
    r"[,;(]\s*(?:and\s+)?(?:preferably|ideally|ideally with|with preference for)\b", re.IGNORECASE
)
# Where a preferred tail ends: a comma that opens the next requirement ("..., ideally in
# construction supplies, experience with a CRM such as Salesforce, and strong Excel skills").
# The words that open such a requirement; a degree's list of fields ends before them too.
NEXT_ASK_OPENERS = (
    r"(?:experience|knowledge|strong|excellent|proficiency|proficient|familiarity|ability|"
    r"working|solid|good|advanced|basic|demonstrated|proven|\d)\b"
)
NEXT_ASK_RE = re.compile(rf",\s*(?:and\s+)?(?={NEXT_ASK_OPENERS})", re.IGNORECASE)
# ", public accounting preferred": a comma's part that ends in its own preferred cue.
PREFERRED_PART_RE = re.compile(
    r",\s*(?P<part>[^,;]{3,60}?)\s+(?:(?:is|are|would be|will be)\s+)?(?:preferred|desired|"
    r"desirable|(?:a|an)\s+(?:added\s+)?(?:plus|bonus|advantage|asset))\s*[.;]?\s*$",
    re.IGNORECASE,
)
# "CRM experience (Salesforce preferred)", "OSHA 10 card (OSHA 30 a plus)": a bracket that
# ends in its own preferred cue prefers what it holds, not the requirement it follows.
PREFERRED_BRACKET_RE = re.compile(
    r"\((?P<part>[^()]{2,60}?)\s+(?:(?:is|are|would be|will be)\s+)?(?:strongly\s+)?(?:preferred|"
    r"desired|desirable|(?:a|an)\s+(?:added\s+)?(?:plus|bonus|advantage|asset))\s*\)",
    re.IGNORECASE,
)
# What the part before such a comma ends in when it is a requirement of its own ("4+ years
# of general ledger experience"), not a list the cue closes ("QuickBooks, Sage preferred").
COMPLETE_ASK_RE = re.compile(
    r"\b(?:experience|skills|knowledge|background|degree|diploma|certification|license|licence|"
    r"years?)\s*$",
    re.IGNORECASE,
)


def preferred_part(text: str, section: str) -> tuple[int, int] | None:
    """The span of a preferred clause that is preferred when the rest of it is required, else
    None (all of it is). Only in a clause outside a part of preferred ones, when nothing before
    the part is preferred: ", preferably in a call centre" up to the comma that opens the next
    requirement, ", public accounting preferred" after a requirement of its own, or a bracket
    that prefers what it holds ("CRM experience (Salesforce preferred)")."""
    if section == "preferred":
        return None
    tail = PREFERRED_TAIL_RE.search(text)
    if tail:
        if is_preferred(text[: tail.start()]):
            return None
        after = NEXT_ASK_RE.search(text, tail.end())
        return tail.start(), after.start() if after else len(text)
    bracket = PREFERRED_BRACKET_RE.search(text)
    if (
        bracket
        and not is_preferred(text[: bracket.start()])
        and not is_preferred(text[bracket.end() :])
    ):
        return bracket.start(), bracket.end()
    part = PREFERRED_PART_RE.search(text)
    if (
        part
        and COMPLETE_ASK_RE.search(text[: part.start()])
        and not is_preferred(text[: part.start()])
    ):
        return part.start(), len(text)
    return None


def preferred_list_parts(text: str) -> list[tuple[int, int]]:
    """The parts of a required clause's list that prefer what they name ("3 years of welding,
    AWS D1.1 certification a plus, must provide own tools, forklift experience helpful"), each
    with the bare names listed just before it ("Excel, Word, PowerPoint a plus"). Only these
    are preferred: "Bachelor degree in Accounting, 2+ years of audit, CPA preferred" prefers
    the CPA alone."""
    folded_text = folded(text)
    if not any(map(folded_text.__contains__, PREFERRED_LIST_WORDS)):
        return []  # most required clauses: no cue, no parts to look at
    parts = list(LIST_PART_RE.finditer(text))
    spans = marked_items(text) if "(" in text else []
    for index, part in enumerate(parts):
        if len(parts) < 2 or not PREFERRED_LIST_PART_RE.search(part.group()):
            continue
        start = index
        while start > 0 and len(parts[start - 1].group().split()) <= 3:
            start -= 1
        spans.append((parts[start].start(), part.end()))
    return spans


# "... Strong communication and teamwork Postgraduate qualification in Emergency Nursing
# (desirable) Experience with electronic medical records (desirable)": a list pasted without its
# line breaks, where a bracket holding only the cue prefers the item it ends, not the list.
MARKER_BRACKET_RE = re.compile(
    r"\(\s*(?:preferred|desired|desirable|optional|(?:a|an)\s+(?:plus|bonus|advantage|asset))\s*\)",
    re.IGNORECASE,
)
# Where a run-on item starts: a capital after a word that ends an item, not after "in", "with"
# ("qualification in Emergency Nursing" is one item).
RUN_ON_ITEM_START_RE = re.compile(
    r"(?<![\w-])(?!(?:in|with|of|and|or|the|a|an|for|to|on|at|by|as|from|including)\s)"
    r"[a-z][\w-]*\)?\s+(?=[A-Z])|\)\s+(?=[A-Z])"
)


def marked_items(text: str) -> list[tuple[int, int]]:
    """The items of a run-on list that a bracket holding only a preferred cue ends, each from
    where it starts to its bracket; [] unless the clause holds another item before the first."""
    spans = []
    for marker in MARKER_BRACKET_RE.finditer(text):
        starts = [found.end() for found in RUN_ON_ITEM_START_RE.finditer(text, 0, marker.start())]
        if not starts or (not spans and starts[-1] == 0):
            return []
        spans.append((starts[-1], marker.end()))
    return spans


# Brackets that prefer something of their own: "Bachelor's in Civil Engineering (Master's in
# Structural Engineering preferred)" asks the Bachelor's; "(preferred)" alone prefers the clause.
ASIDE_RE = re.compile(r"\s*\((?P<aside>[^()]{3,120})\)")


def without_preferred_aside(text: str) -> str:
    """The clause without brackets that prefer something of their own."""

    def aside(found: re.Match) -> str:
        rest = found["aside"]
        for preferred in reversed(list(cue("preferred").finditer(rest))):
            rest = rest[: preferred.start()] + rest[preferred.end() :]
        return "" if len(re.findall(r"[A-Za-z]{2,}", rest)) >= 2 else found.group()

    return ASIDE_RE.sub(aside, text) if "(" in text else text


def clause_role(text: str, section: str, *, structured: bool) -> str:
    """The role of one clause, from its own cue words and the part of the posting it sits in.

    A cue in the clause wins over its section for legal text, benefits and a
    preferred qualification; a company blurb never takes the clauses after it,
    because each clause is read on its own.
    """
    if _legal(text):
        return "legal"
    strong = cue("benefit_strong").search(text)
    if (
        strong
        and not ASKS_YOU_RE.search(text)
        and not (strong.group().startswith("$") and _money_of_the_work(text))
    ):
        return "benefit"
    if section in ("required", "preferred"):
        # "Apply online or stop by the front desk": how to apply, opening a sentence after the
        # last item with no heading of its own, is no qualification ("ability to apply ..." is).
        applying = cue("apply").search(text)
        if applying and applying.start() <= 2:
            return "apply"
        if section == "required" and is_preferred(without_preferred_aside(text)):
            marked = marked_items(text)
            unmarked = MARKER_BRACKET_RE.sub("", text) if marked else text
            return "required" if marked and not is_preferred(unmarked) else "preferred"
        if section == "preferred" and cue("explicitly_required").search(text):
            return "required"
        return section
    # Whether the clause asks is read only where it decides (most clauses are told first by
    # their section or a cue), each time anew: it rarely is read twice.
    if cue("apply").search(text) and not asks(text):
        return "apply"
    if section in ASIDE_ROLES:
        if section == "about" and asks(text) and _asks_of_candidate(text):
            return "required"
        if section == "about" and cue("duty").search(text) and not cue("about").search(text):
            # "About Us ... As a Pharmacy Technician you will fill prescriptions": the blurb
            # under the heading ends where the work starts.
            return "duty"
        return section
    if cue("benefit").search(text) and not asks(text):
        return "benefit"
    if section == "duty":
        # "Job Description Tiffinly is a fast-growing meal subscription start-up ...": the
        # company's blurb under a heading boards give the whole posting.
        if cue("about").search(text) and not cue("duty").search(text) and not asks(text):
            return "about"
        return "preferred" if is_preferred(text) else "duty"
    # The opening, or a part under a heading of no known kind.
    if asks(text) and _asks_of_candidate(text):
        return "preferred" if is_preferred(text) else "required"
    if cue("about").search(text):
        return "about"
    if cue("duty").search(text):
        return "duty"
    if is_preferred(text):
        return "preferred"
    return "about" if structured and section == "intro" else "other"


@cache
def _legal_asked_as_knowledge_re() -> re.Pattern:
    return re.compile(_cues()["legal_asked_as_knowledge"], re.IGNORECASE)


def _legal(text: str) -> bool:
    """Whether the clause is legal text: it names a legal term that it does not ask the
    candidate to know ("Experience with FMLA and EEO reporting" asks, as does "Knowledge of
    applicable federal laws"; "We are an EEO employer" does not)."""
    found = cue("legal").search(text)
    if found is None:
        return False
    if not asks(text):
        return True
    lead = _legal_asked_as_knowledge_re()
    return any(
        lead.search(text, max(0, term.start() - 120), term.start()) is None
        for term in cue("legal").finditer(text)
    )


def _money_of_the_work(text: str) -> bool:
    """An amount the job handles, not one it pays ("campaigns with a monthly budget of $80K")."""
    return cue("money_of_the_work").search(text) is not None and cue("pay").search(text) is None


def _asks_of_candidate(text: str) -> bool:
    """An ask that is not the company talking about itself ("we are looking for growth"), nor
    only its news of the hire: "Our team is moving from SQL Server to a cloud stack, and we need
    a Data Engineer to help build it" says what the team does, not what the candidate knows."""
    if cue("about").search(text) and not OF_THE_CANDIDATE_RE.search(text):
        return False
    hire = cue("announced_hire").search(text)
    return hire is None or asks(text[: hire.start()] + text[hire.end() :])


# The context rules below are tried on a window of about 90 characters around each skill
# found, a new string each time: plain patterns, since testing a window's needles first
# (`prefilter`) costs more than the search itself on so short a text.
@cache
def _not_a_skill() -> dict[str, re.Pattern]:
    rules = _cues()["not_a_skill"]
    return {
        name: re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)
        for name, patterns in rules.items()
    }


@cache
def _before_a_role() -> re.Pattern:
    return re.compile(_cues()["not_a_skill_before_a_role"], re.IGNORECASE)


@cache
def _in_a_name() -> tuple[re.Pattern, bool]:
    """The pattern of names that hold a field, and whether each of its patterns names the field by
    its capital ("the Department of [[Proteomics"): then a field written in lower case is in
    no name, and the pattern, tried at every position of the window, is not run."""
    patterns = _cues()["not_a_skill_in_a_name"]
    capital = all(r"\[\[[A-Z]" in pattern for pattern in patterns)
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns)), capital


def _in_a_name_search(window: str, first: str) -> bool:
    """`_in_a_name` in the window, whose field starts with the character `first`."""
    pattern, capital = _in_a_name()
    if capital and not "A" <= first <= "Z" and window.count("[[") == 1:
        return False
    return pattern.search(window) is not None


@cache
def _before_a_market() -> re.Pattern:
    return re.compile(_cues()["not_a_skill_before_a_market"], re.IGNORECASE)


def names_no_skill(
    text: str,
    name: str,
    start: int,
    end: int,
    kind: str = "",
    *,
    title: bool = False,
    duty: bool = False,
) -> bool:
    """A generic word in a context that makes it no skill: "claims leadership", "in compliance
    with", "our research team" (a field before a role, outside the title), "the Department
    of Proteomics" (a field in an institution's name), and in a duty the trades of whom the job
    serves ("Prospect into HVAC, plumbing and electrical companies")."""
    rule = _not_a_skill().get(name)
    role_rule = kind in ("hard", "domain") and not title
    if rule is None and not role_rule:
        return False
    window = f"{text[max(0, start - 40) : start]}[[{text[start:end]}]]{text[end : end + 40]}"
    if role_rule and (
        _before_a_role().search(window)
        or (duty and _before_a_market().search(window))
        or _in_a_name_search(window, text[start : start + 1])
    ):
        return True
    return rule is not None and rule.search(window) is not None
