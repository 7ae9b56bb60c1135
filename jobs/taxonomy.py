"""The skills taxonomy and the matcher that finds its terms in text. Plain Python.

Two data files next to this module: `data/curated_terms.txt`, a hand-kept list
of technologies, methods, soft skills, certifications, languages and domains
with their aliases ("JS" -> JavaScript, "k8s" -> Kubernetes), and
`data/esco_skills.tsv`, ESCO skill labels filtered by
scripts/build_esco_skills.py. Loaded once into a trie of tokens, so finding
terms costs one walk per word however large the taxonomy is.

Words are compared in lower case and in American spelling ("analyse" meets
"analyze"); a phrase of several words also meets its plural or singular
("code review" meets "code reviews") and its hyphenated form ("problem
solving" meets "problem-solving"). A single word never changes number:
"sales" is not "sale".

Ambiguous aliases ("Go", "R", "C", "Swift", "Spring") count only with a
technical context nearby: another technology in the same sentence, or a cue
such as "programming" or "experience with". Human languages need a language
cue ("fluent", "spoken").
"""

from __future__ import annotations

import hashlib
import json
import marshal
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, compress, count
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

from resumeopt.compiled import write_atomically
from resumeopt.stemming import stem

DATA = Path(__file__).parent / "data"


@cache
def _word_lists() -> dict:
    return json.loads((DATA / "context_words.json").read_text(encoding="utf-8"))


def context_words(name: str) -> frozenset[str]:
    """A word list from data/context_words.json."""
    return frozenset(_word_lists()[name])


TYPES = ("tool", "hard", "soft", "certification", "language", "domain")
HARD_TYPES = ("tool", "hard", "certification", "language")  # what a posting's must-haves are
STOPWORDS = context_words("stopwords")


def content_words(text: str) -> set[str]:
    """Stemmed content words, so "services" meets "service" and "deploying" meets "deploy"."""
    return {stem(w) for w in re.findall(r"[a-z][a-z+#-]{2,}", text.lower()) if w not in STOPWORDS}


# Words, including "C++", "C#", ".NET", "Node.js", "scikit-learn"; "/" and "&" stand alone
# so that "C/C++" gives C and C++ while "CI/CD" still matches its own alias.
# A word's runs are possessive (nothing after a run can need a character of it back: each
# part is followed by characters of another kind), and one with a leading stop is its own
# branch, so most positions are told in one step; the matches are those of
# `\.?[^\W_][^\W_+#]*[+#]*(?:[.\-'’][^\W_]+[+#]*)*|[/&]`.
_WORD = r"[^\W_]++[+#]*+(?:[.\-'’][^\W_]++[+#]*+)*+"
TOKEN_RE = re.compile(rf"{_WORD}|\.{_WORD}|[/&]")
# The same words in a text of ASCII characters (nine clauses in ten), where a word character
# is a letter or digit of ASCII either way: as ranges, tested without Unicode's tables.
_ASCII_WORD = r"[A-Za-z0-9]++[+#]*+(?:[-.'][A-Za-z0-9]++[+#]*+)*+"
TOKEN_ASCII_RE = re.compile(rf"{_ASCII_WORD}|\.{_ASCII_WORD}|[/&]")
# The same, as one group to split a text at: its words and what stands between them, whose
# lengths summed give each word's offset in C (`_starts`).
TOKEN_SPLIT_RE = re.compile(f"({TOKEN_RE.pattern})")
TOKEN_ASCII_SPLIT_RE = re.compile(f"({TOKEN_ASCII_RE.pattern})")
TECH_CUES = context_words("technical_cues")
# Cue words of one term only: "Epic" is the health-records system next to "patients".
TERM_CUES = {
    name: frozenset(words)
    for name, words in _word_lists()["term_cues"].items()
    if not name.startswith("_")
}
# Terms whose ambiguous spellings count only near their own cue words (see `_match_at`).
TERM_CUES_ONLY = context_words("term_cues_only")
LANGUAGE_CUES = context_words("language_cues")
# "German is essential", "Welsh (desirable)", "French is a must": a language said, right after
# its name, to be asked names the language though no cue word stands near it.
LANGUAGE_ASKED_RE = re.compile(
    r"\s*(?:\(|[-–:,]\s*|\s(?:is|are|would be|will be)\s+)(?:also\s+|highly\s+|very\s+)?"
    r"(?:essential|desirable|required|mandatory|necessary|needed|preferred|compulsory"
    r"|an?\s+(?:must|plus|advantage|asset|bonus))\b",
    re.IGNORECASE,
)
# Words that may follow a person-describing adjective without it modifying a noun.
AFTER_ADJECTIVE = context_words("after_person_adjective")
CONTEXT_WINDOW = 6
# What stands between two technologies listed together: "node.js react", "linux, c / c++".
LIST_GAP_RE = re.compile(r"[\s,/|&+]*(?:\b(?:and|or)\b)?[\s,/|&+]*")
SENTENCE_END_RE = re.compile(r"[.!?](?=\s|$)|\n")
# Punctuation that ends a phrase: "SAP, ERP" is two terms, not the alias "SAP ERP".
PHRASE_BREAK_RE = re.compile(r"[,;()\[\]!?]|\.(?:\s|$)")
# Ambiguous words read as ordinary English when these follow them ("go to", "spring 2025").
NOT_TECH_AFTER = {
    "go": {
        "to",
        "beyond",
        "above",
        "through",
        "live",
        "out",
        "back",
        "further",
        "the",
        "a",
        "ahead",
        "for",
        "into",
        "far",
    },
    "spring": {"semester", "term", "break", "season"},
}


# What stands before a lone letter in brackets that marks a name, not a skill: a credential
# or a name in capitals ("ARRT (R)", "RN (C)"), another bracket ("(R)(CT)"), or the name
# itself with no space ("Excel(R)", a trademark).
BRACKET_MARK_BEFORE_RE = re.compile(r"(?:\b[A-Z][A-Za-z]*[A-Z]\s*|\)\s*|\w)$")


def _bracketed_mark(text: str, start: int, end: int) -> bool:
    """A one-letter name alone in brackets after a credential or a name ("ARRT (R)", "ARRT
    (R)(CT)", "SQL Server(R)") is its modality or a trademark, not the R or C language;
    after an ordinary word ("statistical software (R)") it still names the language."""
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    return BRACKET_MARK_BEFORE_RE.search(text, max(0, start - 40), start - 1) is not None


@dataclass(frozen=True)
class Term:
    canonical: str
    type: str  # one of TYPES
    form: str  # "knowledge" (a tool, field or thing known) or "ability" (something done)
    source: str  # "curated" or "esco"
    aliases: tuple[str, ...] = ()


# A named tuple, not a frozen dataclass: a posting's clauses make dozens of matches, and
# a frozen dataclass sets each field through object.__setattr__ (five times the cost).
class Match(NamedTuple):
    term: Term
    text: str
    start: int
    end: int
    ambiguous: bool
    # A case-exact name written in lower case ("react", "go" in "node.js react go"): it
    # counts only next to another technology, as in a list of tags.
    listed: bool = False


# Every word of every clause is normalised, and words recur across postings: each word's
# form is kept, in a plain dict (emptied when full), which a clause's words are looked up
# in with one C call (`_normalised`); an LRU cache's bookkeeping cost more than the lookup.
NORMALISED_WORDS = 65536
_normalised_words: dict[str, str] = {}


def normalise(word: str) -> str:
    """Lower case, American spelling: "Analysing" -> "analyzing", "colour" -> "color"."""
    norm = _normalised_words.get(word)
    if norm is None:
        if len(_normalised_words) >= NORMALISED_WORDS:
            _normalised_words.clear()
        norm = _normalised_words[word] = _normalise(word)
    return norm


def _normalised(words: list[str]) -> list[str]:
    """`normalise` of each word: most are known, and are looked up without a Python call."""
    norms = list(map(_normalised_words.get, words))
    # A word not met before: only those are normalised. (`all`, since a form is never empty:
    # `None in norms` compared each string with None through its __eq__.)
    if not all(norms):
        for index, norm in enumerate(norms):
            if norm is None:
                norms[index] = normalise(words[index])
    return norms


def _normalise(word: str) -> str:
    lower = word.lower().replace("’", "'")
    if lower.endswith("'s") and len(lower) > 3:
        lower = lower[:-2]  # "API's", "Python's": the plural or possessive of a name
    words, stems, endings, lengths, openings = _spellings()
    if lower in words:
        return words[lower]
    if lower[: lengths[-1]] not in openings:
        return lower  # no stem starts the word: most words
    # The longest British stem the word starts with that a known ending follows: "analys" +
    # "ing" -> "analyz" + "ing" (dict lookups, not a pattern of every stem tried in turn).
    for length in lengths:
        stem = stems.get(lower[:length])
        if stem is not None and lower[length:] in endings:
            return stem + lower[length:]
    return lower


@cache
def _spellings() -> tuple[
    dict[str, str], dict[str, str], frozenset[str], tuple[int, ...], frozenset[str]
]:
    """The British spellings: whole words, stems and the endings that may follow a stem,
    the stems' lengths, longest first, and how they open (as long as the shortest)."""
    data = _word_lists()["british_spellings"]
    lengths = tuple(sorted({len(stem) for stem in data["stems"]}, reverse=True))
    openings = frozenset(stem[: lengths[-1]] for stem in data["stems"])
    return data["words"], data["stems"], frozenset(data["endings"]), lengths, openings


def _starts(parts: list[str]) -> list[int]:
    """Where each word of a text starts, from the text split at its words (TOKEN_SPLIT_RE:
    what stands before the first word, then each word and what follows it): the lengths of
    the parts before it, summed without a loop in Python."""
    return list(accumulate(map(len, parts)))[:-1:2]


def alias_tokens(name: str) -> tuple[str, ...]:
    """The normalised words of a taxonomy spelling."""
    return tuple(normalise(m[0]) for m in TOKEN_RE.finditer(name))


def _parse_alias(raw: str) -> tuple[str, bool, bool, bool]:
    """'!=Go' -> ('Go', ambiguous, exact, adjective)."""
    ambiguous = exact = adjective = False
    while raw[:1] in "!=~":
        ambiguous |= raw[0] == "!"
        exact |= raw[0] == "="
        adjective |= raw[0] == "~"
        raw = raw[1:]
    return raw.strip(), ambiguous, exact, adjective


@cache
def load_curated() -> tuple[Term, ...]:
    terms = []
    current_type = "tool"
    for line in (DATA / "curated_terms.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current_type = line[1:-1]
            if current_type not in TYPES:
                raise ValueError(f"unknown term type {current_type}")
            continue
        ability = line.endswith("@ability")
        names = [part.strip() for part in line.removesuffix("@ability").split("|") if part.strip()]
        canonical = _parse_alias(names[0])[0]
        form = "ability" if current_type == "soft" or ability else "knowledge"
        names += activity_phrases().get(canonical, [])
        terms.append(Term(canonical, current_type, form, "curated", tuple(names)))
    return tuple(terms)


# The activities read from data/skill_activities.txt, as `marshal` writes them: the span
# objects' plural and singular forms come from lemminflect, whose tables take a third of a
# second to load, in every process that builds a resume profile (`rank_jobs` included).
ACTIVITIES_COMPILED = DATA / "activities.compiled"


@cache
def _activities() -> dict[str, dict]:
    """data/skill_activities.txt by section (see `read_activities`), from its compiled file
    when that is up to date; otherwise read and written for the next process."""
    sections = load_activities()
    if sections is None:
        try:
            sections = write_activities()
        except OSError:  # a read-only install: read it in each process
            sections = read_activities()
    return sections


def _activities_stamp() -> str:
    """What the compiled activities were made from: their data file, this module, marshal."""
    digest = hashlib.sha256(f"activities:{marshal.version}".encode())
    for path in (DATA / "skill_activities.txt", Path(__file__)):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def write_activities(path: Path | None = None) -> dict[str, dict]:
    """Read the activities and write them, compiled, into `path` (atomically)."""
    sections = read_activities()
    write_atomically(path or ACTIVITIES_COMPILED, marshal.dumps((_activities_stamp(), sections)))
    return sections


def load_activities(path: Path | None = None) -> dict[str, dict] | None:
    """The compiled activities in `path`, or None if missing, unreadable or stale."""
    try:
        stamp, sections = marshal.loads((path or ACTIVITIES_COMPILED).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return sections if stamp == _activities_stamp() else None


def read_activities() -> dict[str, dict]:
    """data/skill_activities.txt by section: "verbs" and "results" (noun -> its other
    forms), "phrases" (canonical -> activity phrases), "groups" (a name -> its words) and
    "spans" (canonical -> its verbs and objects)."""
    sections: dict[str, dict] = {
        "verbs": {},
        "results": {},
        "phrases": {},
        "groups": {},
        "spans": {},
    }
    section = ""
    for line in (DATA / "skill_activities.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif section == "groups":
            name, words = (part.strip() for part in line.split("|"))
            sections[section][name] = frozenset(alias_tokens(words.replace(",", " ")))
        elif section == "spans":
            canonical, verbs, objects = (part.strip() for part in line.split("|"))
            sections[section].setdefault(canonical, []).append(
                (
                    tuple(alias_tokens(verb) for verb in verbs.split(",")),
                    _span_objects(objects, sections["groups"]),
                )
            )
        elif section == "phrases":
            canonical, *spellings = (part.strip() for part in line.split("|"))
            sections[section].setdefault(canonical, []).extend(s for s in spellings if s)
        else:
            noun, forms = line.split(":")
            sections[section][normalise(noun.strip())] = tuple(
                dict.fromkeys(map(normalise, forms.split()))
            )
    return sections


def _span_objects(objects: str, groups: dict[str, frozenset[str]]) -> frozenset[str]:
    """A span's objects: "@people" stands for a [groups] list, kept as written (plural: "Hired
    as a junior engineer" hires no one); any other noun meets its singular and plural too
    ("reconciled the account", "reconciled 14 accounts")."""
    from lemminflect import getInflection, getLemma

    words: set[str] = set()
    for raw in objects.split(","):
        raw = raw.strip()
        if raw.startswith("@"):
            words |= groups[raw[1:]]
            continue
        for word in alias_tokens(raw):
            words.add(word)
            words.update(normalise(form) for form in getInflection(word, tag="NNS"))
            words.update(normalise(form) for form in getLemma(word, upos="NOUN"))
    return frozenset(words)


def activity_phrases() -> dict[str, list[str]]:
    """Curated term -> the activity phrases that show it ("Mentoring": "mentored", ...)."""
    return _activities()["phrases"]


SPAN_GAP = 4  # words that may stand between a span's verb and its object
# A span's verb followed by these is no work done on an object: "Managed to cut costs",
# "Led to a 20% rise", "Hired as a junior engineer".
SPAN_NOT_AFTER = context_words("span_not_after")
# A verb form after these is passive or an adjective: "was hired", "newly hired nurses".
SPAN_NOT_BEFORE = context_words("span_not_before")
# Nor does an object after these: "Ran payroll for 250 employees" manages no one.
SPAN_GAP_BREAKERS = context_words("span_gap_breakers")
# A team word stands for its people only before these, an -ed word, or nothing: "a team of 8",
# "a team based in Austin"; "Managed the team budget" manages a budget, "Led team meetings"
# ran meetings.
TEAM_WORD_CONTINUATIONS = context_words("team_word_continuations")


def work_done(text: str) -> list[tuple[str, str]]:
    """Skills a bullet shows as work done with words between the verb and its object
    (data/skill_activities.txt [spans]): "Cared for 5-6 adult patients" gives
    ("Patient Care", "Cared for 5-6 adult patients"). Punctuation ends the span."""
    starts = _span_starts()
    order = _span_order()
    found = []
    for clause in PHRASE_BREAK_RE.split(text):
        words = [word for word in TOKEN_RE.findall(clause) if word not in "/&"]
        norms = [normalise(word) for word in words]
        spans: dict[str, tuple[int, int]] = {}  # each skill's first span in the clause
        for index, norm in enumerate(norms):
            rules = starts.get(norm, ())
            if rules and index and norms[index - 1] in SPAN_NOT_BEFORE:
                continue
            for canonical, verb, objects in rules:
                after = index + len(verb)
                if canonical in spans or tuple(norms[index:after]) != verb:
                    continue
                if after < len(norms) and norms[after] in SPAN_NOT_AFTER:
                    continue
                for end in range(after, min(after + SPAN_GAP + 1, len(norms))):
                    if norms[end] in SPAN_GAP_BREAKERS:
                        break
                    if norms[end] in objects:
                        # "Managed the team's Slack workspace": the object owns the real one.
                        if not words[end].lower().endswith(("'s", "’s")) and not _team_modifier(
                            norms, end
                        ):
                            spans[canonical] = (index, end)
                        break
        for canonical in sorted(spans, key=order.__getitem__):
            start, end = spans[canonical]
            written = clause[clause.find(words[start]) :]
            found.append((canonical, written[: written.find(words[end]) + len(words[end])]))
    return found


def _team_modifier(norms: list[str], index: int) -> bool:
    """Whether a team word modifies the word after it ("the team budget", "department
    meetings") rather than naming people ("a team of 8", "team members")."""
    if index + 1 >= len(norms) or norms[index] not in _activities()["groups"]["team"]:
        return False
    following = norms[index + 1]
    return not (
        following in TEAM_WORD_CONTINUATIONS
        or following in _activities()["groups"]["people"]
        or following.endswith("ed")  # "a team based in Austin"; not "team meetings"
        or not following.isalpha()
    )


@cache
def _span_order() -> dict[str, int]:
    """Each [spans] skill's place in the file: a clause's skills are given in this order."""
    return {canonical: place for place, canonical in enumerate(_activities()["spans"])}


@cache
def _span_starts() -> dict[str, list[tuple[str, tuple[str, ...], frozenset[str]]]]:
    """The [spans] rules by the first word of their verb, in the file's order: a clause is
    read once, each word looking up only the verbs it can start."""
    starts: dict[str, list[tuple[str, tuple[str, ...], frozenset[str]]]] = {}
    for canonical, rules in _activities()["spans"].items():
        for verbs, objects in rules:
            for verb in verbs:
                if verb:
                    starts.setdefault(verb[0], []).append((canonical, verb, objects))
    return starts


def activity_verbs() -> dict[str, tuple[str, ...]]:
    """Nouns of activities and the verb forms that write them as done ("managed")."""
    return _activities()["verbs"]


@cache
def activity_done_forms() -> frozenset[str]:
    """The verb forms that start an activity ("managed", "negotiated", "taught")."""
    forms = {form for verbs in activity_verbs().values() for form in verbs}
    for phrases in activity_phrases().values():
        for words in map(alias_tokens, phrases):
            # "taught", "troubleshot" stand alone; "component library" starts with a noun.
            if len(words) == 1 or words[0].endswith(("ed", "ing")):
                forms.add(words[0])
    return frozenset(forms)


# A verb form after these is passive, about something else's work: "may be negotiated".
PASSIVE_BEFORE = frozenset({"be", "been", "being", "is", "are", "was", "were", "get", "gets"})


def _passive(norms: list[str], index: int, length: int) -> bool:
    """ "Salary may be negotiated", "courses taught by practitioners": not the reader's skill."""
    if index > 0 and norms[index - 1] in PASSIVE_BEFORE:
        return True
    return length == 1 and index + 1 < len(norms) and norms[index + 1] == "by"


def _display_name(label: str) -> str:
    """ESCO labels are lower case ("economics"); show them as names ("Economics")."""
    return label[0].upper() + label[1:] if label[:2].islower() else label


@cache
def load_esco() -> tuple[Term, ...]:
    """ESCO labels: label<TAB>form[<TAB>alias|alias...] (see scripts/build_esco_skills.py)."""
    path = DATA / "esco_skills.tsv"
    if not path.exists():
        return ()
    terms = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        label, form, *rest = line.split("\t")
        aliases = [alias for alias in (rest[0].split("|") if rest else []) if alias]
        name = _display_name(re.sub(r"\s*\(.*\)\s*$", "", label))
        terms.append(Term(name, "hard", form, "esco", (label, *aliases)))
    return tuple(terms)


def prepare_tables() -> None:
    """Load now the word tables matching reads on first use (spoken languages, the verb forms
    of activities, British spellings): a process's first posting paid some 40 ms for them."""
    spoken_languages()
    activity_done_forms()
    _spellings()


@cache
def spoken_languages() -> frozenset[str]:
    """Names of human languages: the curated language terms, and the ESCO labels ESCO also
    writes as "understand spoken <language>" (its languages are knowledge, not a type).

    Read from the taxonomy's own lines: parsing the ESCO file again for them cost a process's
    first posting some 40 ms and kept its 12,000 terms for the garbage collector to walk."""
    prefix = "understand spoken "
    names = set()
    for line in taxonomy()._compact:
        canonical, type_, _, source, _ = line.split("\t", 4)
        if source == "curated":
            if type_ == "language":
                names.add(canonical)
        elif source == "esco" and canonical.lower().startswith(prefix):
            names.add(_display_name(canonical[len(prefix) :]))
    return frozenset(names)


def _number_variants(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The same phrase with its last word in the other number: "code review" <-> "code reviews"."""
    if len(tokens) < 2 or not tokens[-1].isalpha() or len(tokens[-1]) < 3:
        return []
    last = tokens[-1]
    if last.endswith("ies"):
        other = last[:-3] + "y"
    elif last.endswith(("sses", "xes", "ches", "shes")):
        other = last[:-2]
    elif last.endswith("s") and not last.endswith(("ss", "us", "is")):
        other = last[:-1]
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        other = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        other = last + "es"
    else:
        other = last + "s"
    return [(*tokens[:-1], other)]


ADJECTIVE_ENDINGS = ("al", "ic", "able", "ible", "ive", "ous", "ful", "less", "ary", "ent")
# Written between an activity's verb and its object: "managed [the] budget".
OBJECT_DETERMINERS = ((), ("the",), ("a",), ("an",))


def _activity_variants(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A phrase naming an activity as its object and the work done, written as the verb before
    the object: "project management" -> "managed projects", "managing the project".

    Only phrases of two or more words: the object must be written, so a bare verb
    ("managed") never stands for a skill.
    """
    if len(tokens) < 2:
        return []
    forms = activity_verbs().get(tokens[-1], ())
    if tokens[-1] not in _activities()["results"] and not forms:
        return []
    if not all(token.isalpha() for token in tokens[:-1]):
        return []
    if all(token in STOPWORDS for token in tokens[:-1]):
        return []  # "IT Management" is not "managed it"
    subject = tokens[:-1]
    objects = [subject] + [(*subject[:-1], word) for word in _word_number_variants(subject[-1])]
    if len(subject) == 1 and subject[0].endswith(ADJECTIVE_ENDINGS):
        # An adjective is no object: "developing sustainable" is not Sustainable Development.
        forms = ()
    done = [
        (verb, *determiner, *thing)
        for verb in forms
        for thing in objects
        for determiner in OBJECT_DETERMINERS
    ]
    # What the activity makes, named after it: "financial modeling" -> "financial models".
    made = [(*subject, noun) for noun in _activities()["results"].get(tokens[-1], ())]
    return done + made


def _word_number_variants(word: str) -> list[str]:
    """One word's other number, for an activity's object ("project" <-> "projects")."""
    return [other[-1] for other in _number_variants(("", word))]


def _hyphen_variants(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """ "problem-solving" <-> "problem solving", for words of letters only."""
    variants = []
    split = tuple(part for token in tokens for part in token.split("-"))
    if split != tokens and all(part.isalpha() for part in split):
        variants.append(split)
    if 2 <= len(tokens) <= 3 and all(token.isalpha() for token in tokens):
        variants.append(("-".join(tokens),))
    return variants


# The trie while it is built: each node maps a word to the next node, and ALIASES to the
# aliases ending there.
ALIASES = ""
# The compiled trie joins a phrase's words with this (no token contains it).
SEPARATOR = "\x1f"
_AMBIGUOUS = attrgetter("ambiguous")
_LISTED = attrgetter("listed")
# Bump when the compiled layout or the way spellings become aliases changes.
COMPILED_FORMAT = 4
COMPILED = DATA / "taxonomy.compiled"


def _parsed(term: Term) -> list[tuple[str, bool, bool, bool]]:
    """A term's spellings as (name, ambiguous, exact, adjective).

    A spelling also listed as ambiguous or as an adjective keeps only that rule:
    "Marketing | !=marketing" matches "marketing" only with context.
    """
    parsed = [_parse_alias(raw) + (raw,) for raw in term.aliases]
    restricted = {
        name.lower() for name, ambiguous, _, adjective, _ in parsed if ambiguous or adjective
    }
    return [
        (name, ambiguous, exact, adjective)
        for name, ambiguous, exact, adjective, raw in parsed
        if raw[:1] in "!=~" or name.lower() not in restricted
    ]


def compile_terms(terms: tuple[Term, ...]) -> tuple:
    """The taxonomy as plain strings and ints, ready for `marshal`: (terms, trie, endings,
    gates).

    `terms` holds one line per term, "canonical<TAB>type<TAB>form<TAB>source<TAB>a|b|c".
    `trie` maps every phrase prefix (its words joined by SEPARATOR) to 0 when no alias
    ends there; to 1 + the term's index when one plain alias does (no case, context or
    adjective rule: nearly all of them); otherwise to -1 - an index into `endings`,
    whose aliases are (term index, exact spelling or None, ambiguous, adjective, first
    word), sure spellings first and exact-case ones before the others. A dict of strings
    to ints and strings are never walked by the garbage collector, unlike the 286,000
    objects a trie of dicts and dataclasses made, and they load in milliseconds.
    `gates`: the words a phrase may start with, those of them that name a term alone, and
    every phrase's first two words, as sets of the trie's own keys: a clause's words are
    looked up in these small sets first (see `Taxonomy.find`).
    """
    root: dict = {}
    seen: set[tuple] = set()
    words: dict[str, tuple[str, ...]] = {}
    parsed_terms = [(index, _parsed(term)) for index, term in enumerate(terms)]
    # Written spellings first, then their generated variants, so a variant never
    # takes a phrase another term lists as its own.
    for generated in (False, True):
        for index, parsed in parsed_terms:
            for name, ambiguous, exact, adjective in parsed:
                tokens = words.get(name)
                if tokens is None:
                    tokens = words[name] = alias_tokens(name)
                if not tokens:
                    continue
                forms = [tokens]
                if generated:
                    if exact:
                        continue
                    forms = _number_variants(tokens) + _hyphen_variants(tokens)
                    if terms[index].source == "curated":
                        # ESCO's thousands of labels stay as written: too broad to guess.
                        forms += _activity_variants(tokens)
                for form in forms:
                    key = (form, exact, ambiguous)
                    if key in seen:
                        continue
                    seen.add(key)
                    node = root
                    for token in form:
                        node = node.setdefault(token, {})
                    alias = (index, name if exact else None, ambiguous, adjective, form[0])
                    node.setdefault(ALIASES, []).append(alias)
    trie: dict[str, int] = {}
    endings: list[tuple] = []
    stack = [(key, node) for key, node in root.items()]
    while stack:
        prefix, node = stack.pop()
        aliases = node.get(ALIASES)
        if not aliases:
            trie[prefix] = 0
        elif len(aliases) == 1 and aliases[0][1:4] == (None, False, False):
            trie[prefix] = 1 + aliases[0][0]
        else:
            # A spelling read only near its own cue words is tried first: when its cues
            # are not there, the next term of the same spelling is.
            aliases.sort(
                key=lambda alias: (
                    not (alias[2] and terms[alias[0]].canonical in TERM_CUES_ONLY),
                    alias[2],
                    alias[1] is None,
                )
            )
            endings.append(tuple(aliases))
            trie[prefix] = -len(endings)
        stack.extend((prefix + SEPARATOR + key, child) for key, child in node.items() if key)
    lines = tuple(
        "\t".join((term.canonical, term.type, term.form, term.source, "|".join(term.aliases)))
        for term in terms
    )
    first_words = frozenset(key for key in trie if SEPARATOR not in key)
    gates = (
        first_words,
        frozenset(key for key in first_words if trie[key]),
        frozenset(key for key in trie if key.count(SEPARATOR) == 1),
    )
    return lines, trie, tuple(endings), gates


def _sources_stamp() -> str:
    """What the compiled file was made from: the data files, this module, the formats."""
    digest = hashlib.sha256(f"{COMPILED_FORMAT}:{marshal.version}".encode())
    sources = ("curated_terms.txt", "esco_skills.tsv", "context_words.json", "skill_activities.txt")
    for path in (*(DATA / name for name in sources), Path(__file__)):
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()


def write_compiled(path: Path = COMPILED) -> tuple:
    """Compile the shipped taxonomy into `path` (atomically) and return it compiled."""
    compiled = compile_terms(load_curated() + load_esco())
    write_atomically(path, marshal.dumps((_sources_stamp(), compiled)))
    return compiled


def load_compiled(path: Path = COMPILED) -> tuple | None:
    """The compiled taxonomy in `path`, or None if it is missing, unreadable or stale."""
    try:
        stamp, compiled = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return compiled if stamp == _sources_stamp() else None


class Taxonomy:
    """Finds taxonomy terms in text, longest match first, with context rules for ambiguous words."""

    def __init__(self, compiled: tuple):
        self._compact, self._trie, self._endings, gates = compiled
        # The words a term may start with (a word holds no SEPARATOR), those that name one
        # alone, and the phrases' first two words: a clause's words are looked up in these,
        # sets a fifth the size of the trie, whose lookups miss the processor's caches less.
        self._first_words, self._named_alone, self._first_pairs = gates
        self._term_objects: dict[int, Term] = {}

    @classmethod
    def from_terms(cls, terms: tuple[Term, ...]) -> Taxonomy:
        return cls(compile_terms(terms))

    @property
    def terms(self) -> tuple[Term, ...]:
        return tuple(self._term(index) for index in range(len(self._compact)))

    def _term(self, index: int) -> Term:
        term = self._term_objects.get(index)
        if term is None:
            canonical, type_, form, source, aliases = self._compact[index].split("\t")
            term = Term(canonical, type_, form, source, tuple(aliases.split("|")))
            self._term_objects[index] = term
        return term

    def _aliases(self, found: int) -> tuple:
        """The aliases a trie value stands for (see `compile_terms`)."""
        if found > 0:
            return ((found - 1, None, False, False, ""),)
        return self._endings[-found - 1]

    def find(self, text: str, *, technical: bool = False) -> list[Match]:
        """Every term in the text, without overlaps, in order.

        `technical` says the text is known to be about requirements (a posting's
        qualifications list), which is context enough for an ambiguous tool such as
        "Rust" or an ambiguous field such as "marketing"; ordinary-English readings
        ("go to") are still refused.
        """
        # Words as plain strings (one C call) and their offsets only once a term starts:
        # making an object per word was most of the time of `find`.
        parts = (TOKEN_ASCII_SPLIT_RE if text.isascii() else TOKEN_SPLIT_RE).split(text)
        words = parts[1::2]
        norms = _normalised(words)
        named_alone, first_pairs = self._named_alone, self._first_pairs
        # Most words start no term: only these are tried (picked out without a Python loop).
        firsts = list(compress(count(), map(self._first_words.__contains__, norms)))
        if not firsts:
            return []
        last_word = len(norms) - 1
        starts: list[int] = []  # found only once a term may start: most clauses have none
        done_forms = activity_done_forms()
        found: list[Match] = []
        after = 0  # the first word after the last match: matches never overlap
        for index in firsts:
            if index < after:
                continue
            # Most of these words ("data", "team") name nothing alone and the next word
            # does not go on with them: a dict lookup tells, without walking the trie.
            if norms[index] not in named_alone and (
                index == last_word
                or f"{norms[index]}{SEPARATOR}{norms[index + 1]}" not in first_pairs
            ):
                continue
            if not starts:
                starts = _starts(parts)
            match = self._match_at(text, words, norms, starts, index)
            if match is None:
                continue
            (term_index, ambiguous, listed), length = match
            if length > 1 and self._yields_to_next(
                text, words, norms, starts, term_index, index, length
            ):
                continue
            if norms[index] in done_forms and _passive(norms, index, length):
                continue
            start, last = starts[index], index + length - 1
            end = starts[last] + len(words[last])
            if end - start == 1 and _bracketed_mark(text, start, end):
                continue
            term = self._term(term_index)
            found.append(Match(term, text[start:end], start, end, ambiguous, listed))
            after = index + length
        if not found:
            return found
        return self._with_context(text, words, starts, _defined_acronyms(text, found), technical)

    def _yields_to_next(
        self,
        text: str,
        words: list[str],
        norms: list[str],
        starts: list[int],
        term_index: int,
        index: int,
        length: int,
    ) -> bool:
        """An ESCO phrase or an activity written as a verb gives way to a curated term that starts
        on its last word and runs further: "building [machine] learning" is machine learning,
        not "building machines"; "planning [project] management" is project management."""
        activity = norms[index] in activity_done_forms()  # "planning [project] management"
        if not activity and self._compact[term_index].split("\t", 4)[3] != "esco":
            return False
        following = self._match_at(text, words, norms, starts, index + length - 1)
        if following is None or following[1] < 2:
            return False
        return self._compact[following[0][0]].split("\t", 4)[3] == "curated"

    def _match_at(
        self, text: str, words: list[str], norms: list[str], starts: list[int], index: int
    ) -> tuple[tuple[int, bool, bool], int] | None:
        candidates: list[tuple[int, tuple]] = []
        trie = self._trie
        count = len(norms)
        key = norms[index]
        found = trie.get(key)
        position = index
        while found is not None:
            position += 1
            if found:
                candidates.append((position - index, self._aliases(found)))
            if position == count:
                break
            key = key + SEPARATOR + norms[position]
            # A phrase's first two words are in a small set: most words go on with none.
            found = trie.get(key) if position != index + 1 or key in self._first_pairs else None
            # Punctuation between the words ends the phrase; looked for only where the
            # trie goes on, since a dict lookup is cheaper than the search.
            if found is not None and PHRASE_BREAK_RE.search(
                text, starts[position - 1] + len(words[position - 1]), starts[position]
            ):
                break
        for length, aliases in reversed(candidates):
            last = index + length - 1
            lower_case = None  # a case-exact name written in lower case, if nothing else fits
            for term_index, exact, ambiguous, adjective, first_word in aliases:
                if exact is not None:
                    written = text[starts[index] : starts[last] + len(words[last])]
                    if written != exact:
                        english = ambiguous and self._reads_as_english(
                            words, index + length, first_word
                        )
                        # "solid SQL": a case-exact name that is also an adjective, written in
                        # lower case before a noun, is the adjective.
                        if (
                            lower_case is None
                            and written == exact.lower() != exact
                            and not english
                            and not (
                                adjective
                                and self._modifies_a_noun(text, words, starts, index + length)
                            )
                        ):
                            lower_case = (term_index, ambiguous, True)
                        continue
                if ambiguous and self._reads_as_english(words, index + length, first_word):
                    continue
                if ambiguous:
                    canonical = self._compact[term_index].split("\t", 1)[0]
                    if canonical in TERM_CUES_ONLY:
                        if not self._cued(text, words, starts, index, canonical):
                            continue
                        return (term_index, False, False), length
                if (
                    adjective
                    and exact is None
                    and self._modifies_a_noun(text, words, starts, index + length)
                ):
                    continue
                return (term_index, ambiguous, False), length
            if lower_case is not None:
                return lower_case, length
        return None

    @staticmethod
    def _cued(text: str, words: list[str], starts: list[int], index: int, canonical: str) -> bool:
        """One of the term's own cue words stands in the spelling's sentence ("Docker" for
        containers, "patients" for CMA)."""
        sentence_start = max(
            (end.end() for end in SENTENCE_END_RE.finditer(text, 0, starts[index])), default=0
        )
        following = SENTENCE_END_RE.search(text, starts[index])
        sentence_end = following.start() if following else len(text)
        first, last = bisect_left(starts, sentence_start), bisect_left(starts, sentence_end)
        return not TERM_CUES[canonical].isdisjoint(word.lower() for word in words[first:last])

    @staticmethod
    def _reads_as_english(words: list[str], following: int, first_word: str) -> bool:
        after = words[following].lower() if following < len(words) else ""
        if after in NOT_TECH_AFTER.get(first_word, ()):
            return True
        return first_word == "spring" and after.isdigit()

    @staticmethod
    def _modifies_a_noun(text: str, words: list[str], starts: list[int], following: int) -> bool:
        """'flexible hours' (yes) versus 'flexible and curious' or 'flexible, curious' (no)."""
        if following >= len(words):
            return False
        between = text[starts[following - 1] + len(words[following - 1]) : starts[following]]
        if any(mark in between for mark in ",;:.()!?\n"):
            return False
        return words[following].lower() not in AFTER_ADJECTIVE

    def _with_context(
        self, text: str, words: list[str], starts: list[int], found: list[Match], technical: bool
    ) -> list[Match]:
        """Keep an ambiguous match only if something technical (or linguistic) stands near it."""
        if not (any(map(_AMBIGUOUS, found)) or any(map(_LISTED, found))):
            return found
        if any(match.listed for match in found):
            found = self._listed_with_tools(text, found)
        # An ambiguous tool, field or industry in a qualification needs no more context: the
        # context of the others is read only when one of them is there.
        hard = ("tool", "hard", "domain") if technical else ()
        if not any(match.ambiguous and match.term.type not in hard for match in found):
            return found
        # A skill told by its verb ("Tested the app") is no technical context for a neighbour.
        done_forms = activity_done_forms()
        sure = [
            match
            for match in found
            if not match.ambiguous and normalise(match.text.split()[0]) not in done_forms
        ]
        paired = _paired_languages(text, found)
        kept = []
        for match in found:
            if (
                not match.ambiguous
                or match.term.type in hard
                or match in paired
                or self._has_context(text, words, starts, match, sure)
            ):
                kept.append(match)
        return kept

    @staticmethod
    def _listed_with_tools(text: str, found: list[Match]) -> list[Match]:
        """Lower-case names kept only where they stand in a list of technologies, next to
        one written as usual or to another kept this way ("typescript node.js react go");
        languages are left to their cue words."""
        # A language keeps its own rule: a language cue nearby ("written english skills").
        kept = [not match.listed or match.term.type == "language" for match in found]
        changed = True
        while changed:
            changed = False
            for index, match in enumerate(found):
                if kept[index]:
                    continue
                for other in (index - 1, index + 1):
                    if not (0 <= other < len(found) and kept[other]):
                        continue
                    if found[other].term.type != "tool":
                        continue
                    first, second = sorted((match, found[other]), key=lambda m: m.start)
                    if LIST_GAP_RE.fullmatch(text, first.end, second.start):
                        kept[index] = changed = True
                        break
        return [match for match, keep in zip(found, kept, strict=True) if keep]

    @staticmethod
    def _has_context(
        text: str, words: list[str], starts: list[int], match: Match, sure: list[Match]
    ) -> bool:
        # A full stop ends a sentence only before a space: "Node.js" is one word.
        sentence_start = max(
            (end.end() for end in SENTENCE_END_RE.finditer(text, 0, match.start)), default=0
        )
        following = SENTENCE_END_RE.search(text, match.end)
        sentence_end = following.start() if following else len(text)
        position = bisect_left(starts, match.start)
        nearby = {
            word.lower()
            for word in words[max(0, position - CONTEXT_WINDOW) : position + CONTEXT_WINDOW + 1]
        }
        if match.term.type == "language":
            if LANGUAGE_ASKED_RE.match(text, match.end):
                return True
            return bool(nearby & LANGUAGE_CUES) or any(
                other.term.type == "language" and sentence_start <= other.start < sentence_end
                for other in sure
            )
        if nearby & TECH_CUES or nearby & TERM_CUES.get(match.term.canonical, frozenset()):
            return True
        # Fields and industries ("marketing", "banking") also stand among their own kind.
        company = ("tool", "hard") if match.term.type == "tool" else ("tool", "hard", "domain")
        return any(
            other.term.type in company
            and other.term.source == "curated"
            and sentence_start <= other.start <= sentence_end
            for other in sure
        )

    def may_name(self, phrase: str) -> bool:
        """Whether an alias may be the whole phrase: its words are a path of the trie that
        ends in aliases. `find` gives one term spanning the phrase only then, and this is
        a dict lookup."""
        words = (TOKEN_ASCII_RE if phrase.isascii() else TOKEN_RE).findall(phrase)
        return bool(words) and bool(self._trie.get(SEPARATOR.join(_normalised(words))))

    def lookup(self, phrase: str) -> Term | None:
        """The term a whole phrase names ("Go" in a skills list), with no context needed."""
        norms = alias_tokens(phrase)
        if not norms:
            return None
        found = self._trie.get(SEPARATOR.join(norms))
        if not found:
            return None
        for term_index, exact, *_ in self._aliases(found):
            if exact is None or phrase.strip() == exact:
                return self._term(term_index)
        return None


# "PLC", and its plural "PLCs" spelled out as "professional learning communities (PLCs)".
ACRONYM_RE = re.compile(r"[A-Z][A-Za-z&]*[A-Z](?P<plural>s?)")
DEFINITION_RE = re.compile(r"([\w&'-]+(?:[ -][\w&'-]+)*)\s*\(\s*$")
# The words spelled out after it: "GCP (Good Clinical Practice)".
SPELLED_AFTER_RE = re.compile(r"\s*\(\s*([\w&'-]+(?:[ -][\w&'-]+){1,7})\s*\)")
DEFINITION_WORD_RE = re.compile(r"[^ -]+")


def _defined_acronyms(text: str, found: list[Match]) -> list[Match]:
    """An acronym the text defines ("Good Clinical Practice (GCP)", "GCP (Good Clinical
    Practice)") means what its words mean: the term they name; its own reading where we
    read its words only in part ("Structured Query Language (SQL)"); none of ours where they
    name nothing we know ("Grid Control Protocol (GCP)" is no Google Cloud)."""
    if "(" not in text:
        return found  # a definition is in brackets, either way round: most clauses have none
    kept = []
    for match in found:
        span = _spelled_out(text, match)
        if span is None:
            kept.append(match)
            continue
        inside = [other for other in found if other.start < span[1] and other.end > span[0]]
        named = next((other for other in inside if (other.start, other.end) == span), None)
        if named is not None:
            kept.append(match._replace(term=named.term, ambiguous=False, listed=False))
        elif inside:
            kept.append(match)
    return kept


def _spelled_out(text: str, match: Match) -> tuple[int, int] | None:
    """Where the words an acronym stands for are written beside it, in brackets either way
    round, their initials spelling it; None if they are not."""
    acronym = ACRONYM_RE.fullmatch(match.text)
    if not acronym:
        return None
    letters = [
        letter for letter in match.text[: acronym.start("plural")].lower() if letter.isalpha()
    ]
    if text[match.end : match.end + 1] == ")" and (
        definition := DEFINITION_RE.search(text, max(0, match.start - 120), match.start)
    ):
        words = list(DEFINITION_WORD_RE.finditer(text, definition.start(1), definition.end(1)))
        words = words[-len(letters) :]
    elif spelled := SPELLED_AFTER_RE.match(text, match.end):
        words = list(DEFINITION_WORD_RE.finditer(text, spelled.start(1), spelled.end(1)))
    else:
        return None
    if [word[0][0].lower() for word in words] != letters:
        return None
    return words[0].start(), words[-1].end()


def _paired_languages(text: str, found: list[Match]) -> list[Match]:
    """Languages listed together ("Spanish or French", "English and German") are each other's
    context: a name of a language is a language beside another one."""
    languages = [match for match in found if match.term.type == "language"]
    paired = []
    for first, second in zip(languages, languages[1:], strict=False):
        if LIST_GAP_RE.fullmatch(text, first.end, second.start):
            paired.extend((first, second))
    return paired


@cache
def taxonomy() -> Taxonomy:
    """The shipped taxonomy: curated terms first (they win over ESCO for the same words).

    Read from its compiled file (milliseconds) when that is up to date; otherwise
    compiled (about half a second) and written for the next process, if the folder
    is writable (the image compiles it at build time).
    """
    compiled = load_compiled()
    if compiled is None:
        try:
            compiled = write_compiled()
        except OSError:
            compiled = compile_terms(load_curated() + load_esco())
    return Taxonomy(compiled)
