"""The skills taxonomy and the matcher that finds its terms in text. Plain Python.

Two data files next to this module: `data/curated_terms.txt`, a hand-kept list
of technologies, methods, soft skills, certifications, languages and domains
with their aliases ("JS" -> JavaScript, "k8s" -> Kubernetes), and
`data/esco_skills.tsv`, ESCO skill labels filtered by
scripts/build_esco_skills.py. Loaded once, into a trie keyed by first token.

Ambiguous aliases ("Go", "R", "C", "Swift", "Spring") count only with a
technical context nearby: another technology in the same sentence, or a cue
such as "programming" or "experience with". Human languages need a language
cue ("fluent", "spoken").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


@cache
def context_words(name: str) -> frozenset[str]:
    """A word list from data/context_words.json."""
    return frozenset(json.loads((DATA / "context_words.json").read_text(encoding="utf-8"))[name])


TYPES = ("tool", "hard", "soft", "certification", "language", "domain")

# Words, including "C++", "C#", ".NET", "Node.js", "scikit-learn"; "/" and "&" stand alone
# so that "C/C++" gives C and C++ while "CI/CD" still matches its own alias.
TOKEN_RE = re.compile(r"\.?[A-Za-z0-9][A-Za-z0-9+#]*(?:[.\-'’][A-Za-z0-9+#]+)*|[/&]")
TECH_CUES = context_words("technical_cues")
LANGUAGE_CUES = context_words("language_cues")
# Words that may follow a person-describing adjective without it modifying a noun.
AFTER_ADJECTIVE = context_words("after_person_adjective")
CONTEXT_WINDOW = 6
# Ambiguous words read as ordinary English when these follow them ("go to", "spring 2025").
NOT_TECH_AFTER = {
    "go": {"to", "beyond", "above", "through", "live", "out", "back", "further", "the", "a"},
    "spring": {"semester", "term", "break", "season"},
}


@dataclass(frozen=True)
class Term:
    canonical: str
    type: str  # one of TYPES
    form: str  # "knowledge" (a tool, field or thing known) or "ability" (something done)
    source: str  # "curated" or "esco"
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Alias:
    tokens: tuple[str, ...]  # lower case
    exact: str | None  # the exact spelling required, for case-sensitive aliases
    ambiguous: bool
    term: Term
    adjective: bool = False  # describes a person; does not count before a noun


@dataclass(frozen=True)
class Match:
    term: Term
    text: str
    start: int
    end: int
    ambiguous: bool


@dataclass(frozen=True)
class Token:
    text: str
    lower: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    return [Token(m[0], m[0].lower(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


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
        terms.append(Term(canonical, current_type, form, "curated", tuple(names)))
    return tuple(terms)


@cache
def load_esco() -> tuple[Term, ...]:
    path = DATA / "esco_skills.tsv"
    if not path.exists():
        return ()
    terms = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        label, form = line.split("\t")
        terms.append(Term(label, "hard", form, "esco", (label,)))
    return tuple(terms)


class Taxonomy:
    """Finds taxonomy terms in text, longest match first, with context rules for ambiguous words."""

    def __init__(self, terms: tuple[Term, ...]):
        self.terms = terms
        self.by_name = {term.canonical.lower(): term for term in terms}
        self._aliases: dict[str, list[Alias]] = {}
        seen: set[tuple[str, ...]] = set()
        for term in terms:
            parsed = [_parse_alias(raw) + (raw,) for raw in term.aliases]
            # A spelling also listed as ambiguous or as an adjective keeps only that rule.
            restricted = {
                name.lower()
                for name, ambiguous, _, adjective, _ in parsed
                if ambiguous or adjective
            }
            for name, ambiguous, exact, adjective, raw in parsed:
                if raw[:1] not in "!=~" and name.lower() in restricted:
                    continue
                tokens = tuple(token.lower for token in tokenize(name))
                key = (*tokens, "=" if exact else "", "!" if ambiguous else "")
                if not tokens or key in seen:
                    continue
                seen.add(key)
                alias = Alias(tokens, name if exact else None, ambiguous, term, adjective)
                self._aliases.setdefault(tokens[0], []).append(alias)
        for candidates in self._aliases.values():
            # Longest first; for the same tokens, exact-case and unambiguous spellings first.
            candidates.sort(key=lambda a: (-len(a.tokens), a.exact is None, a.ambiguous))

    def find(self, text: str, *, technical: bool = False) -> list[Match]:
        """Every term in the text, without overlaps, in order.

        `technical` says the text is known to be about technical requirements
        (a posting's qualifications list), which is context enough for an
        ambiguous tool such as "Rust"; ordinary-English readings ("go to") are
        still refused.
        """
        tokens = tokenize(text)
        found: list[Match] = []
        index = 0
        while index < len(tokens):
            match = self._match_at(text, tokens, index)
            if match is None:
                index += 1
                continue
            alias, length = match
            first, last = tokens[index], tokens[index + length - 1]
            found.append(
                Match(
                    alias.term, text[first.start : last.end], first.start, last.end, alias.ambiguous
                )
            )
            index += length
        return self._with_context(text, tokens, found, technical)

    def _match_at(self, text: str, tokens: list[Token], index: int) -> tuple[Alias, int] | None:
        for alias in self._aliases.get(tokens[index].lower, ()):
            length = len(alias.tokens)
            window = tokens[index : index + length]
            if len(window) < length or any(
                t.lower != a for t, a in zip(window, alias.tokens, strict=True)
            ):
                continue
            if alias.exact is not None and text[window[0].start : window[-1].end] != alias.exact:
                continue
            if alias.ambiguous and self._reads_as_english(tokens, index, length, alias):
                continue
            if alias.adjective and self._modifies_a_noun(text, tokens, index + length):
                continue
            return alias, length
        return None

    @staticmethod
    def _reads_as_english(tokens: list[Token], index: int, length: int, alias: Alias) -> bool:
        following = tokens[index + length].lower if index + length < len(tokens) else ""
        if following in NOT_TECH_AFTER.get(alias.tokens[0], ()):
            return True
        return alias.tokens[0] == "spring" and following.isdigit()

    @staticmethod
    def _modifies_a_noun(text: str, tokens: list[Token], following: int) -> bool:
        """'flexible hours' (yes) versus 'flexible and curious' or 'flexible, curious' (no)."""
        if following >= len(tokens):
            return False
        between = text[tokens[following - 1].end : tokens[following].start]
        if any(mark in between for mark in ",;:.()!?"):
            return False
        word = tokens[following]
        return word.text[:1].islower() and word.lower not in AFTER_ADJECTIVE

    def _with_context(
        self, text: str, tokens: list[Token], found: list[Match], technical: bool
    ) -> list[Match]:
        """Keep an ambiguous match only if something technical (or linguistic) stands near it."""
        if not any(match.ambiguous for match in found):
            return found
        sure = [match for match in found if not match.ambiguous]
        kept = []
        for match in found:
            known_context = technical and match.term.type == "tool"
            if not match.ambiguous or known_context or self._has_context(text, tokens, match, sure):
                kept.append(match)
        return kept

    @staticmethod
    def _has_context(text: str, tokens: list[Token], match: Match, sure: list[Match]) -> bool:
        sentence_start = max(text.rfind(".", 0, match.start), text.rfind("\n", 0, match.start)) + 1
        sentence_end = min(
            (i for i in (text.find(".", match.end), text.find("\n", match.end)) if i != -1),
            default=len(text),
        )
        position = next(i for i, token in enumerate(tokens) if token.start >= match.start)
        nearby = {
            t.lower
            for t in tokens[max(0, position - CONTEXT_WINDOW) : position + CONTEXT_WINDOW + 1]
        }
        if match.term.type == "language":
            return bool(nearby & LANGUAGE_CUES) or any(
                other.term.type == "language" and sentence_start <= other.start < sentence_end
                for other in sure
            )
        if nearby & TECH_CUES:
            return True
        return any(
            other.term.type in ("tool", "hard")
            and other.term.source == "curated"
            and sentence_start <= other.start <= sentence_end
            for other in sure
        )

    def lookup(self, phrase: str) -> Term | None:
        """The term a whole phrase names ("Go" in a skills list), with no context needed."""
        tokens = tokenize(phrase)
        if not tokens:
            return None
        for alias in self._aliases.get(tokens[0].lower, ()):
            if alias.tokens == tuple(t.lower for t in tokens) and (
                alias.exact is None or phrase.strip() == alias.exact
            ):
                return alias.term
        return None


@cache
def taxonomy() -> Taxonomy:
    """The shipped taxonomy: curated terms first (they win over ESCO for the same words)."""
    return Taxonomy(load_curated() + load_esco())
