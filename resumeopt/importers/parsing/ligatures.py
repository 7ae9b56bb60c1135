"""Words a PDF converter broke by dropping a ligature glyph: "Soware" for "Software",
"Naonal" for "National", "Oce" for "Office".

A font draws "ti", "ft", "ffi" and the like as one glyph; a converter that cannot map that
glyph back to letters drops it (or leaves a private-use character, which `normalize` drops).
The loss is then everywhere in the document, in titles, employers, schools and skills.

`repair_ligature_loss` restores a word only when all of these hold:

- the word is in `data/ligature_repairs.tsv`, a table of damaged forms that are no word
  themselves, each with the one common word it comes from (built by
  `scripts/build_ligature_repairs.py`);
- it is written in lower case or with a capital first letter: an acronym ("OCE"), a name
  in capitals or a mixed-case brand ("iOS") is never touched;
- the document shows the loss: at least two different damaged words taken, or one in a
  document long enough to hold the letters it lost (letters English writes every few dozen
  words); and for each ligature a repair restores, the document has no more sound
  occurrences of its letters than damaged words missing them (a document that writes
  "office" and "certification" in full lost no "ffi" or "ti").

Precision comes first: a text without such loss comes out unchanged.

`restore_lost_capitals` gives back an accented capital the converter dropped the same way,
only where it makes a school's word of a line's first word ("cole 42" -> "École 42").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

from resumeopt.importers.parsing.lexicon import vocabulary

REPAIRS_FILE = Path(__file__).parent.parent / "data" / "ligature_repairs.tsv"
WORD_REPAIRS_FILE = Path(__file__).parent.parent / "data" / "ligature_word_repairs.tsv"

# Letter groups fonts draw as one glyph, the longest first; "th" only opens a word ("Th").
LIGATURE_GROUPS = (
    "ffi",
    "ffl",
    "fft",
    "tti",
    "ff",
    "fi",
    "fl",
    "ft",
    "fb",
    "fh",
    "fj",
    "fk",
    "tt",
    "ti",
    "th",
)
WORD_START_GROUPS = ("th",)
# A document this long without a single sound "ti" has lost it (English writes one
# every few dozen words), so one damaged word is evidence enough.
LONG_DOCUMENT_WORDS = 150
# The groups written that often; a long text may well hold no "tt" or "ffl" at all (a
# French CV's "Bien" is no "Bitten"), so one damaged word is no evidence of their loss.
FREQUENT_GROUPS = ("ti", "fi", "th", "ff", "fl", "ffi", "ffl")
# A word between spaces or punctuation: never part of an address, a path, a number or a
# file name ("github.com/gbfz", "Kaa2", "tel@").
WORD_RE = re.compile(r"(?<![\w@/\\.])([A-Za-zÀ-ÖØ-öø-ÿ]+)(?![\w@/\\]|\.[A-Za-z])")


def _read_table(path: Path) -> dict[str, tuple[str, tuple[str, ...]]]:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            form, word, groups = line.split("\t")
            table[form] = (word, tuple(groups.split(",")))
    return table


@cache
def repair_table() -> dict[str, tuple[str, tuple[str, ...]]]:
    """damaged form -> (the word it was, the ligature groups it lost)."""
    return _read_table(REPAIRS_FILE)


@cache
def _word_repairs() -> tuple[dict[str, tuple[str, tuple[str, ...]]], re.Pattern]:
    """Damaged forms that are words themselves ("nave" for "native"), and a pattern that
    finds them as whole words (a hyphened form as one: "full-me")."""
    table = _read_table(WORD_REPAIRS_FILE)
    forms = "|".join(re.escape(form) for form in sorted(table, key=len, reverse=True))
    return table, re.compile(rf"(?<![\w@/\\.-])({forms})(?![\w@/\\-]|\.[A-Za-z])", re.I)


def _restored(token: str) -> tuple[str, tuple[str, ...]] | None:
    """The word a damaged token was, in the token's case, with the groups it lost."""
    if token.islower():
        lowered = token
    elif token[0].isupper() and (len(token) == 1 or token[1:].islower()):
        lowered = token.lower()
    else:
        return None
    found = repair_table().get(lowered)
    if not found:
        return None
    word, groups = found
    # "Th" is a capital's ligature: a lost one leaves a lower-case word behind ("e Board").
    if token[0].isupper() or (groups[0] in WORD_START_GROUPS and not word.startswith(lowered)):
        word = word[0].upper() + word[1:]
    return word, groups


def _sound_counts(words: list[str]) -> Counter:
    """How often each ligature group is written in full in the document's words (the
    words the repair reads: an address or a file name is no evidence either way). Only
    lower-case letters join ("Financial", "PROFILE" hold no "fi" glyph), but for "Th"."""
    counts: Counter = Counter()
    for word in words:
        if word.startswith("Th"):
            counts["th"] += 1
        for group in LIGATURE_GROUPS:
            if group not in WORD_START_GROUPS and group in word:
                counts[group] += word.count(group)
    return counts


def repair_ligature_loss(texts: list[str]) -> list[str]:
    """The document's lines with the words a dropped ligature broke restored (see the
    module's docstring for when); lines without such loss come back unchanged."""
    repairs: dict[str, tuple[str, tuple[str, ...]]] = {}
    losses: Counter = Counter()
    words = [token for text in texts for token in WORD_RE.findall(text)]
    for token in words:
        if restored := _restored(token):
            repairs[token] = restored
            losses.update(restored[1])
    if not repairs:
        return texts
    several = len({word.lower() for word, _ in repairs.values()}) >= 2
    if not several and len(words) < LONG_DOCUMENT_WORDS:
        return texts
    sound = _sound_counts(words)
    # One damaged word is evidence only where its letters are never written in full.
    lost = {
        group
        for group in losses
        if (sound[group] == 0 and (several or group in FREQUENT_GROUPS))
        or (several and losses[group] >= sound[group])
    }
    accepted = {token: word for token, (word, groups) in repairs.items() if set(groups) <= lost}
    if len({word.lower() for word in accepted.values()}) == 1 and several:
        # The other damaged word was not taken ("Centre-Est" is no "Fittest" where "fi" is
        # written in full): the one left must be evidence on its own.
        groups = {group for token in accepted for group in repairs[token][1]}
        alone = len(words) >= LONG_DOCUMENT_WORDS and all(
            sound[group] == 0 and group in FREQUENT_GROUPS for group in groups
        )
        if not alone:
            return texts
    if not accepted:
        return texts
    repaired = [WORD_RE.sub(lambda match: accepted.get(match[1], match[1]), text) for text in texts]
    shown = {group for token in accepted for group in repairs[token][1]}
    return _real_words_repaired(repaired, shown)


def _real_words_repaired(texts: list[str], shown: set[str]) -> list[str]:
    """The damaged forms that are words themselves ("nave", "Sta") restored, each only
    where the words already repaired show the loss of every group it lost."""
    table, pattern = _word_repairs()

    def restored(match: re.Match) -> str:
        token = match[1]
        word, groups = table.get(token.lower(), ("", ()))
        if not word or not set(groups) <= shown:
            return token
        if token.islower():
            return word
        if token[0].isupper() and token[1:] == token[1:].lower():
            return word[0].upper() + word[1:]
        return token  # "STA", "NAVE": an acronym or a name in capitals

    return [pattern.sub(restored, text) for text in texts]


# Capitals a converter drops with their accent ("cole 42 Paris" for "École 42 Paris").
ACCENTED_CAPITALS = "ÉÈÊÀÂÎÔÖÜÄÅØÆÇ"
LINE_FIRST_WORD_RE = re.compile(r"^(\W*)([a-zà-öø-ÿ]{3,})(?=\s+[A-Z0-9])")


def restore_lost_capitals(texts: list[str]) -> list[str]:
    """'cole 42 Paris' -> 'École 42 Paris': a line opening with a lower-case word that,
    given back an accented capital, is a school word ("École", "Études"), before a name."""
    institution_words = vocabulary()["institution_words"] | set(
        vocabulary()["institution_word_endings"]
    )

    def restored(match: re.Match) -> str:
        for capital in ACCENTED_CAPITALS:
            if (capital + match[2]).lower() in institution_words:
                return match[1] + capital + match[2]
        return match[0]

    return [LINE_FIRST_WORD_RE.sub(restored, text) for text in texts]
