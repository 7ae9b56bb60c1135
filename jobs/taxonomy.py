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

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


@cache
def _word_lists() -> dict:
    return json.loads((DATA / "context_words.json").read_text(encoding="utf-8"))


def context_words(name: str) -> frozenset[str]:
    """A word list from data/context_words.json."""
    return frozenset(_word_lists()[name])


TYPES = ("tool", "hard", "soft", "certification", "language", "domain")

# Words, including "C++", "C#", ".NET", "Node.js", "scikit-learn"; "/" and "&" stand alone
# so that "C/C++" gives C and C++ while "CI/CD" still matches its own alias.
TOKEN_RE = re.compile(r"\.?[^\W_][^\W_+#]*[+#]*(?:[.\-'’][^\W_]+[+#]*)*|[/&]")
TECH_CUES = context_words("technical_cues")
LANGUAGE_CUES = context_words("language_cues")
# Words that may follow a person-describing adjective without it modifying a noun.
AFTER_ADJECTIVE = context_words("after_person_adjective")
CONTEXT_WINDOW = 6
# Ambiguous words read as ordinary English when these follow them ("go to", "spring 2025").
NOT_TECH_AFTER = {
    "go": {"to", "beyond", "above", "through", "live", "out", "back", "further", "the", "a",
           "ahead", "for", "into", "far"},
    "spring": {"semester", "term", "break", "season"},
}  # fmt: skip


@dataclass(frozen=True)
class Term:
    canonical: str
    type: str  # one of TYPES
    form: str  # "knowledge" (a tool, field or thing known) or "ability" (something done)
    source: str  # "curated" or "esco"
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Alias:
    tokens: tuple[str, ...]  # normalised (see `normalise`)
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
    norm: str = ""


@lru_cache(maxsize=65536)
def normalise(word: str) -> str:
    """Lower case, American spelling: "Analysing" -> "analyzing", "colour" -> "color"."""
    lower = word.lower().replace("’", "'")
    words, stems, pattern = _spellings()
    if lower in words:
        return words[lower]
    found = pattern.fullmatch(lower)
    return stems[found["stem"]] + found["end"] if found else lower


@cache
def _spellings() -> tuple[dict[str, str], dict[str, str], re.Pattern]:
    data = _word_lists()["british_spellings"]
    stems = "|".join(sorted(data["stems"], key=len, reverse=True))
    endings = "|".join(sorted(data["endings"], key=len, reverse=True))
    pattern = re.compile(rf"(?P<stem>{stems})(?P<end>{endings})")
    return data["words"], data["stems"], pattern


def tokenize(text: str) -> list[Token]:
    return [
        Token(m[0], m[0].lower(), m.start(), m.end(), normalise(m[0]))
        for m in TOKEN_RE.finditer(text)
    ]


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
        terms.append(Term(canonical, current_type, form, "curated", tuple(names)))
    return tuple(terms)


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


def _hyphen_variants(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """ "problem-solving" <-> "problem solving", for words of letters only."""
    variants = []
    split = tuple(part for token in tokens for part in token.split("-"))
    if split != tokens and all(part.isalpha() for part in split):
        variants.append(split)
    if 2 <= len(tokens) <= 3 and all(token.isalpha() for token in tokens):
        variants.append(("-".join(tokens),))
    return variants


# The trie: each node maps a word to the next node, and ALIASES to the aliases ending there.
ALIASES = ""


class Taxonomy:
    """Finds taxonomy terms in text, longest match first, with context rules for ambiguous words."""

    def __init__(self, terms: tuple[Term, ...]):
        self.terms = terms
        self.by_name: dict[str, Term] = {}
        for term in terms:
            self.by_name.setdefault(term.canonical.lower(), term)
        self._root: dict = {}
        seen: set[tuple] = set()
        parsed_terms = [(term, self._parsed(term)) for term in terms]
        words: dict[str, tuple[str, ...]] = {}
        # Written spellings first, then their generated variants, so a variant never
        # takes a phrase another term lists as its own.
        for generated in (False, True):
            for term, parsed in parsed_terms:
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
                    for form in forms:
                        key = (form, exact, ambiguous)
                        if key in seen:
                            continue
                        seen.add(key)
                        alias = Alias(form, name if exact else None, ambiguous, term, adjective)
                        self._add(alias)
        self._sort(self._root)

    @staticmethod
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

    def _add(self, alias: Alias) -> None:
        node = self._root
        for token in alias.tokens:
            child = node.get(token)
            if child is None:
                child = node[token] = {}
            node = child
        node.setdefault(ALIASES, []).append(alias)

    @staticmethod
    def _sort(root: dict) -> None:
        # For the same words, sure spellings first, and exact-case ones before the others.
        stack = [root]
        while stack:
            node = stack.pop()
            for key, value in node.items():
                if key == ALIASES:
                    value.sort(key=lambda a: (a.ambiguous, a.exact is None))
                else:
                    stack.append(value)

    def find(self, text: str, *, technical: bool = False) -> list[Match]:
        """Every term in the text, without overlaps, in order.

        `technical` says the text is known to be about requirements (a posting's
        qualifications list), which is context enough for an ambiguous tool such as
        "Rust" or an ambiguous field such as "marketing"; ordinary-English readings
        ("go to") are still refused.
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
        candidates: list[tuple[int, list[Alias]]] = []
        node = self._root
        position = index
        while position < len(tokens):
            node = node.get(tokens[position].norm)
            if node is None:
                break
            position += 1
            if ALIASES in node:
                candidates.append((position - index, node[ALIASES]))
        for length, aliases in reversed(candidates):
            window = tokens[index : index + length]
            for alias in aliases:
                if (
                    alias.exact is not None
                    and text[window[0].start : window[-1].end] != alias.exact
                ):
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
        if any(mark in between for mark in ",;:.()!?\n"):
            return False
        return tokens[following].lower not in AFTER_ADJECTIVE

    def _with_context(
        self, text: str, tokens: list[Token], found: list[Match], technical: bool
    ) -> list[Match]:
        """Keep an ambiguous match only if something technical (or linguistic) stands near it."""
        if not any(match.ambiguous for match in found):
            return found
        sure = [match for match in found if not match.ambiguous]
        kept = []
        for match in found:
            known_context = technical and match.term.type in ("tool", "hard", "domain")
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
        # Fields and industries ("marketing", "banking") also stand among their own kind.
        company = ("tool", "hard") if match.term.type == "tool" else ("tool", "hard", "domain")
        return any(
            other.term.type in company
            and other.term.source == "curated"
            and sentence_start <= other.start <= sentence_end
            for other in sure
        )

    def lookup(self, phrase: str) -> Term | None:
        """The term a whole phrase names ("Go" in a skills list), with no context needed."""
        tokens = tokenize(phrase)
        if not tokens:
            return None
        node = self._root
        for token in tokens:
            node = node.get(token.norm)
            if node is None:
                return None
        for alias in node.get(ALIASES, ()):
            if alias.exact is None or phrase.strip() == alias.exact:
                return alias.term
        return None


@cache
def taxonomy() -> Taxonomy:
    """The shipped taxonomy: curated terms first (they win over ESCO for the same words)."""
    return Taxonomy(load_curated() + load_esco())
