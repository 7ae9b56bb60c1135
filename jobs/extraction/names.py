"""Names a requirement asks for that the taxonomy does not know.

Postings from every trade name their own tools, standards, regulations and credentials
("Experience with CargoWise", "Knowledge of the Clean Water Act, NPDES permitting and TCEQ
regulations", "a CLM tool (Ironclad, Agiloft or similar)", "Graston certification", "Certified
Grants Management Specialist (CGMS)"). No word list holds them all; where a requirement puts
its object, a name is read by its shape: an acronym or a CamelCase word ("NPDES", "WebPT"),
a run of capitalised words ("Uniform Commercial Code"), or a capitalised word no English
dictionary knows ("Aljex"). Generic words, places, organisations and the posting's own
company are never names. The cue words and word lists are data (data/named_objects.json).
"""

from __future__ import annotations

import json
import re
from functools import cache
from itertools import filterfalse
from pathlib import Path

import ahocorasick

from jobs.taxonomy import TERM_CUES_ONLY, Match, Term, taxonomy
from resumeopt.words import common_words

DATA = Path(__file__).resolve().parent.parent / "data"
WINDOW = 160  # characters after a cue where its list of names may run
MAX_LOWER_WORDS = 4  # lower-case words between a cue and its first name ("a CLM tool (...)")
WORD_RE = re.compile(r"[A-Za-z0-9][\w&+#'’.-]*[\w+#]|[A-Za-z0-9]")
# Between two names of one list: a comma, "and", "or", "/", "&".
SEPARATOR_WORDS = frozenset({"and", "or", "and/or", "&", "/"})
# Joined inside a capitalised name: "Schedule of Expenditures", "Food & Drug".
JOINERS = frozenset({"of", "for", "&"})
ROMAN_RE = re.compile(r"[IVX]+")
# Words of a heading, never of a name ("Desired Experience", "Preferred Qualifications").
HEADING_WORDS = frozenset(
    {"experience", "qualifications", "requirements", "skills", "responsibilities", "duties"}
    | {"benefits", "desired", "preferred", "required", "nice", "bonus"}
)
# "GMP-regulated", "SQL-based": a name made an adjective describes something else.
ADJECTIVE_COMPOUND_RE = re.compile(r"-[a-z]+$")
# Words that may follow a name that is no modifier of a noun ("in CompuLaw and keep ...",
# "Experience with Delphi or another ..."); any other lower-case word after one makes it
# a modifier: "in MEP coordination", "in a BSL-2 laboratory", "Microsoft technology stack".
AFTER_A_NAME = frozenset(
    {"and", "or", "with", "to", "for", "by", "on", "in", "at", "from", "as", "using", "when"}
    | {"while", "within", "before", "after", "is", "are", "was", "will", "would", "should"}
    | {"must", "a", "an", "the", "etc", "including", "such", "plus", "preferred", "required"}
    | {"desired", "helpful", "strongly", "experience", "certification", "certified"}
    | {"license", "licence", "software", "system", "systems", "platform", "tools", "module"}
)
# "in accordance with IBC, ASCE 7": rules followed, not knowledge asked.
NOT_ASKED_BEFORE_RE = re.compile(
    r"(?:accordance|compliance|line|comply|complies|keeping)\s+$", re.IGNORECASE
)
ACRONYM_RE = re.compile(r"[A-Z][A-Z0-9&]{1,7}")
# A citation of a code of rules: "21 CFR Part 820", "40 CFR 112", "29 CFR 1910.147", "42 U.S.C.
# 1983". The agency written before it ("FDA 21 CFR Part 820") is its author, not the name.
CITATION_RE = re.compile(
    r"\d+\s+(?:CFR|C\.F\.R\.|U\.S\.C\.|USC)(?:\s+(?:Parts?|Section|§+)?\s*\d[\d.]*"
    r"(?:\s*(?:,|and|&)\s*\d[\d.]*)*)?(?![\w.])"
)
PLURAL_ACRONYM_RE = re.compile(r"[A-Z]{2,}s")
WORD_PUNCTUATION = "()[]{},;:.!?\"'“”‘’<>"
# Words that end a list of names: what follows is another phrase ("... is a plus", "... to").
LIST_ENDS = frozenset(
    {"is", "are", "was", "be", "to", "that", "who", "which", "where", "when", "while", "as"}
    | {"preferred", "required", "desired", "helpful", "plus", "must", "will", "would", "should"}
)


@cache
def _data() -> dict:
    return json.loads((DATA / "named_objects.json").read_text(encoding="utf-8"))


@cache
def _lists() -> tuple[frozenset[str], ...]:
    """Words never in a name, organisation words, places, and the rules a body writes."""
    data = _data()
    places = {
        line.strip()
        for line in (DATA / "places.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    return (
        frozenset(data["not_names"]),
        frozenset(data["organisation_words"]),
        frozenset(places),
        frozenset(data["rule_words"]),
    )


@cache
def _cues() -> tuple[dict[str, frozenset[str]], frozenset[str], frozenset[str]]:
    """The object cues by their first word (each the set of words that may follow it, "" for
    a cue of one word), the weak cues and the credential words, in lower case."""
    data = _data()
    strong: dict[str, set[str]] = {}
    for cue in data["object_cues"]:
        first, _, second = cue.rstrip(".").partition(" ")
        strong.setdefault(first, set()).add(second)
    return (
        {first: frozenset(seconds) for first, seconds in strong.items()},
        frozenset(data["weak_cues"]),
        frozenset(data["credential_words"]),
    )


def prepare() -> None:
    """Load the word lists read on first use (see `roles.prepare`)."""
    _lists()
    _cues()
    _cue_words()
    common_words()


def _shape(word: str) -> str:
    """ "strong" (an acronym, CamelCase, "MS4"), "title" (a capitalised word), "number" or ""."""
    if word[0].isdigit():
        return "number"
    uppers = sum(1 for char in word if char.isupper())
    digits = any(char.isdigit() for char in word)
    if uppers >= 2 or (uppers and not word[0].isupper()) or (uppers and digits):
        return "" if ROMAN_RE.fullmatch(word) else "strong"
    if uppers and word[1:].islower() or (uppers and len(word) == 1):
        return "title"
    return ""


def _rare(word: str) -> bool:
    return word.lower() not in common_words()


class _Reader:
    """One clause's words, and the names read from them by span: (name, type)."""

    def __init__(self, text: str, taken: list[tuple[int, int]]):
        self.text = text
        self.taken = taken
        self.words = [(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text)]
        self.found: dict[tuple[int, int], tuple[str, str]] = {}
        self.not_names, self.organisations, self.places, self.rules = _lists()

    def read(self) -> None:
        """Every cue's names: a list after an object cue ("experience with", "in"), a name
        before a credential word, an acronym its words define, a bracket's list of names."""
        strong, weak, credentials = _cues()
        words, text = self.words, self.text
        skip_to = 0
        for index, (word, start, end) in enumerate(words):
            if index < skip_to:
                continue
            lowered = word.lower()
            seconds = strong.get(lowered)
            if seconds is not None:
                following = words[index + 1][0].lower() if index + 1 < len(words) else None
                if following in seconds and text[end : words[index + 1][1]].isspace():
                    self.forward(index + 2, weak=False)
                    skip_to = index + 2
                    continue
                if "" in seconds:
                    self.forward(index + 1, weak=False)
                    continue
            if lowered in weak:
                if not NOT_ASKED_BEFORE_RE.search(text, max(0, start - 12), start):
                    self.forward(index + 1, weak=True)
            elif lowered in credentials:
                if index and text[words[index - 1][2] : start] == " ":
                    self.backward(index, "certification")
            elif start and text[start - 1] == "(" and word[0].isupper():
                if text[end : end + 1] == ")" and ACRONYM_RE.fullmatch(word):
                    self.defined(index)
                    continue
                close = text.find(")", start, start + WINDOW)
                inside = text[start:close] if close != -1 else ""
                before = text[max(0, start - 40) : start - 1].split()
                if (
                    ("," in inside or " or " in inside)
                    and before
                    and before[-1].lower() in _data()["bracket_after"]
                ):
                    self.forward(index, weak=False, only_bracket=True)

    def restates(self, start: int) -> bool:
        """The name at `start` opens a bracket right after a term or name read already: "CBP
        regulations (19 CFR)" names the rules once."""
        before = self.text[max(0, start - 3) : start]
        if not before.rstrip().endswith("("):
            return False
        opening = start - len(before) + before.rindex("(")
        return any(opening - 2 <= end <= opening for _, end in [*self.taken, *self.found])

    def is_taken(self, start: int, end: int) -> bool:
        return any(start < b and a < end for a, b in self.taken)

    def opens_a_sentence(self, index: int) -> bool:
        """Whether a common capitalised word after a name, with a lower-case word of no list
        after it, starts the next sentence of a posting pasted without its line breaks
        ("daily notes in WebPT Progress patients through ...")."""
        if index + 1 >= len(self.words) or _rare(self.words[index][0]):
            return False
        after, start, _ = self.words[index + 1]
        return (
            after[0].islower()
            and after not in AFTER_A_NAME
            and not self.text[self.words[index][2] : start].strip()
        )

    def keep(
        self, item: list[int], *, weak: bool, kind: str = "tool", headless: bool = False
    ) -> bool:
        """An item (indexes into words) read as one name, if it is one. `headless`: the cue's
        object opened with other words ("using aseptic technique in a BSL-2 laboratory"), so
        a name that modifies a noun is not what is asked."""
        while item and self.words[item[-1]][0].lower() in JOINERS:
            item.pop()
        if not item:
            return False
        words = [self.words[i][0] for i in item]
        shapes = [_shape(word) for word in words]
        lowered = [word.lower() for word in words]
        opening = self.text[max(0, self.words[item[0]][1] - 1) : self.words[item[0]][1]]
        if opening in "<[{" and opening:
            return False  # a template's placeholder: "<LOCATION>", "[Company Name]"
        if any(word in HEADING_WORDS for word in lowered):
            return False  # "... FedRAMP) Desired Experience": a heading run on
        citation = CITATION_RE.search(self.text, self.words[item[0]][1], self.words[item[-1]][2])
        if citation and citation.start() > self.words[item[0]][1]:
            # "FDA 21 CFR Part 820": the agency's acronym before its rules' citation.
            item = [i for i in item if self.words[i][1] >= citation.start()]
            words, shapes = words[-len(item) :], shapes[-len(item) :]
            lowered = lowered[-len(item) :]
        if citation and citation.end() < self.words[item[-1]][2]:
            # "40 CFR Part 112 SPCC rules": the citation, then a name of its own.
            self.keep([i for i in item if self.words[i][1] >= citation.end()], weak=False)
            item = [i for i in item if self.words[i][2] <= citation.end()]
            words, shapes, lowered = words[: len(item)], shapes[: len(item)], lowered[: len(item)]
        if shapes[0] == "number" and not citation:
            return False
        if citation and self.restates(self.words[item[0]][1]):
            return False
        # "EU MDR", "US GAAP": an acronym may open a name; any other listed word may not.
        if lowered[0] in self.not_names and not (len(words) > 1 and words[0].isupper()):
            return False
        if any(word in self.organisations or word in self.places for word in lowered):
            return False
        if " ".join(lowered) in self.places:
            return False
        if any(ADJECTIVE_COMPOUND_RE.search(word) for word in words):
            return False
        named = [word for word, shape in zip(words, shapes, strict=True) if shape]
        following = item[-1] + 1
        after = self.words[following][0] if following < len(self.words) else ""
        modifies = (
            bool(after)
            and after[0].islower()
            and after not in AFTER_A_NAME
            and not self.text[self.words[item[-1]][2] : self.words[following][1]].strip()
        )
        if len(named) == 1:
            word = named[0]
            shape = _shape(word)
            if word.lower() in self.not_names or len(word) < 3:
                return False  # "PE", "B2": too short to tell from anything else
            if shape == "title" and (not _rare(word) or modifies):
                return False
            if PLURAL_ACRONYM_RE.fullmatch(word):
                return False  # "students with IEPs", "update customers on ETAs": things
        if (weak or headless) and modifies:
            return False
        elif weak and not any(shape == "strong" for shape in shapes):
            return False  # "in King County", "through Medical Records": only a name shaped as one
        start, end = self.words[item[0]][1], self.words[item[-1]][2]
        if self.is_taken(start, end):
            return True  # a term read already: a name of the list all the same
        # "TCEQ regulations": the rules a body writes are what is known.
        name = self.text[start:end].rstrip(".").removesuffix("'s").removesuffix("’s")
        end = start + len(name)
        if following < len(self.words) and self.words[following][0].lower() in self.rules:
            between = self.text[end : self.words[following][1]]
            if between.strip() == "":
                rule = self.words[following][0]
                name = f"{name} {rule[0].upper()}{rule[1:]}"
                end = self.words[following][2]
        self.found[(start, end)] = (name, kind)
        return True

    def forward(self, index: int, *, weak: bool, only_bracket: bool = False) -> None:
        """The list of names a cue opens at word `index`; `only_bracket`: the list a bracket
        holds, which counts only with two names or more ("(Vendormate, Reptrax)")."""
        shape_of = _shape
        before = set(self.found)
        position = self.words[index - 1][2] if index else 0
        limit = position + WINDOW
        item: list[int] = []
        lower_words = 0
        listed = False  # a name of this list was read
        words_before = False  # other words stand between the cue and its first name
        loose = False  # other words since the last comma or "and"
        previous_end = position
        while index < len(self.words):
            word, start, end = self.words[index]
            if start > limit:
                break
            gap = self.text[previous_end:start]
            if any(mark in gap for mark in ".;:!?\n") or (only_bracket and ")" in gap):
                break
            if gap == "/" and item and shape_of(word) == "strong":
                item.append(index)  # "INDEX/MATCH", "IQ/OQ/PQ", "CM/ECF": one name
                previous_end = end
                index += 1
                continue
            if "(" in gap and not listed and not item and lower_words:
                # "a CLM tool (Ironclad, Agiloft)" lists tools; "liquid handlers (Hamilton,
                # Opentrons)" and "Quebec payroll (RL-1, T4)" list other things.
                previous = self.words[index - 1][0].lower() if index else ""
                if previous not in _data()["bracket_after"]:
                    break
            if "," in gap or "(" in gap or ")" in gap or "/" in gap:
                listed |= self.keep(
                    item, weak=weak and not listed, headless=not listed and words_before
                )
                item = []
                loose = False
            shape = _shape(word)
            lowered = word.lower()
            if not item and lowered.endswith(("'s", "’s")) and shape != "strong":
                # "Experience with Marriott's MARSHA", "the county's Tyler Munis system": the
                # owner is no name asked for, its object follows ("CargoWise's customs
                # module", a name shaped as one, is the tool's own).
                previous_end = end
                index += 1
                continue
            if lowered in SEPARATOR_WORDS:
                listed |= self.keep(
                    item, weak=weak and not listed, headless=not listed and words_before
                )
                item = []
                loose = False
            elif shape or (item and lowered in JOINERS):
                # After "in" or "on" the first name must be shaped as one: "in Eduphoria" may be
                # a place as well as a tool, "in CompuLaw" and "on DAT and Truckstop" are not.
                if not item and weak and not listed and shape != "strong":
                    break
                if not item and loose:
                    break  # a name after other words, with no comma or "and": another phrase
                if item and shape == "title" and self.opens_a_sentence(index):
                    break  # "... in WebPT Progress patients ...": a line break lost in a paste
                item.append(index)
                lower_words = 0
            else:
                listed |= self.keep(
                    item, weak=weak and not listed, headless=not listed and words_before
                )
                item = []
                if weak and not listed:
                    break
                if lowered in LIST_ENDS:
                    break
                if lowered not in ("a", "an", "the"):
                    lower_words += 1
                    words_before |= not listed
                    loose = True
                if lower_words > MAX_LOWER_WORDS:
                    break
            previous_end = end
            index += 1
        self.keep(item, weak=weak and not listed, headless=not listed and words_before)
        if only_bracket:
            added = [key for key in self.found if key not in before]
            if len(added) < 2:
                for key in added:
                    del self.found[key]

    def backward(self, index: int, kind: str) -> None:
        """The name written just before the credential word at word `index` ("Graston
        certification")."""
        position = self.words[index][1]
        index -= 1
        item: list[int] = []
        next_start = position
        while index >= 0:
            word, start, end = self.words[index]
            if self.text[end:next_start].strip():
                break  # punctuation between: "..., certification"
            if not _shape(word) and not (item and word.lower() in JOINERS):
                break
            item.insert(0, index)
            next_start = start
            index -= 1
        first = self.words[item[0]][0] if item else ""
        if item and index < 0 and _shape(first) != "strong" and not _rare(first):
            return  # the clause opens with it: a sentence's first word may be any word
        self.keep(item, weak=False, kind=kind)

    def defined(self, at: int) -> None:
        """ "Certified Grants Management Specialist (CGMS)": an acronym its words spell
        (`at`: the acronym's word, in brackets)."""
        acronym, acronym_start, acronym_end = self.words[at]
        if acronym.lower() in self.not_names or len(acronym) < 3:
            return
        letters = [char.lower() for char in acronym if char.isalpha()]
        index = at - 1
        words: list[str] = []
        while index >= 0 and len(words) < len(letters) + 3:
            word = self.words[index][0]
            if word.lower() in ("and", "of", "in", "the", "for", "&", "on"):
                index -= 1
                continue
            words.insert(0, word)
            if [w[0].lower() for w in words] == letters:
                break
            index -= 1
        if [w[0].lower() for w in words] != letters or not all(w[0].isupper() for w in words):
            return  # "aircraft maintenance manual (AMM)": a thing described, not a name
        if any(word.lower() in self.organisations or word.lower() in self.places for word in words):
            return
        first = self.words[index][1] if index >= 0 else acronym_start
        last = self.words[at - 1][2] if at else acronym_start
        if any(start <= first and last <= end for start, end in self.taken):
            return  # "Professional Engineer (PE)": the term read already
        start, end = acronym_start, acronym_end
        if not self.is_taken(start, end):
            self.found[(start, end)] = (
                acronym,
                "certification" if "certified" in (w.lower() for w in words) else "tool",
            )


def _may_name(text: str, taken: list[tuple[int, int]]) -> bool:
    """Whether the clause may hold a name the taxonomy did not read: a word shaped as one
    ("NPDES", "WebPT") outside its terms, or a capitalised word outside them in a clause
    with a cue that may ask for it ("experience", "certification", a bracket). Most clauses
    hold neither, and are read no further (with string methods: a pattern tried at each
    position of every clause cost more than the rest of the reading)."""
    if taken:
        parts, position = [], 0
        for start, end in sorted(taken):
            parts.append(text[position:start])
            position = max(position, end)
        parts.append(text[position:])
        rest = " ".join(parts)
    else:
        rest = text
    tail = rest[1:]
    if tail == tail.lower():
        return False  # no capital outside the terms read, after the first letter
    capitalised = False
    # The words with a capital (or no letter), picked out without a loop in Python.
    for word in filterfalse(str.islower, tail.split()):
        word = word.strip(WORD_PUNCTUATION)
        if not word:
            continue
        if word[0].isupper():
            if word[1:] != word[1:].lower() or not word.isalpha() and any(map(str.isdigit, word)):
                return True  # "NPDES", "McLeod", "MS4"
            capitalised = True
        elif word[0].isalpha():
            return True  # "iManage"
    if not capitalised:
        return False
    if "(" in text:
        return True
    return next(_cue_words().iter(text.lower()), None) is not None


@cache
def _cue_words() -> ahocorasick.Automaton:
    """The first words of the object cues and the credential words, found in one C pass."""
    data = _data()
    words = {cue.split()[0].rstrip(".") for cue in data["object_cues"]}
    automaton = ahocorasick.Automaton()
    for word in words | set(data["credential_words"]):
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _known(name: str) -> Term | None:
    """The taxonomy's term for a name: its own ("McLeod"), or the rules of the body it
    names ("DOT hours-of-service rules": DOT Regulations)."""
    term = taxonomy().lookup(name)
    if term is None and name.isupper():
        term = taxonomy().lookup(f"{name} regulations")
    # A spelling of two trades, read as this term only near its own cue words ("RSA" at a
    # bar is the alcohol licence, in a security posting the cipher), stays as written.
    if term is not None and term.canonical in TERM_CUES_ONLY:
        return None
    return term


def named_matches(text: str, taken: list[tuple[int, int]]) -> list[Match]:
    """Names the clause asks for that no taxonomy match covers (`taken`: their spans), as
    matches of terms of their own ("posting" terms, named as written)."""
    if not _may_name(text, taken):
        return []
    reader = _Reader(text, taken)
    reader.read()
    # A name the taxonomy knows, left unread for want of context ("McLeod" alone may be a
    # surname), is its term: a requirement's object is context enough.
    return [
        Match(
            _known(name) or Term(name, kind, "knowledge", "posting", (name,)),
            text[start:end],
            start,
            end,
            False,
        )
        for (start, end), (name, kind) in sorted(reader.found.items())
    ]
