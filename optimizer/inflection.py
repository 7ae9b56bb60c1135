"""Verb forms for rewritten bullets: tense, person, gerunds.

Built on lemminflect, whose English dictionary ships inside the package (no
download, no model), rather than hand-written suffix rules: "lead" is "led",
"run" is "ran", "onboard" is "onboarded", "helping" comes from "help". Only the
dictionary is consulted when reading a word (never a guess from its ending), so
a noun such as "customers" or "morning" is not mistaken for a verb.
"""

from __future__ import annotations

from functools import lru_cache

TAGS = {"base": "VB", "past": "VBD", "third": "VBZ", "gerund": "VBG"}
# Forms of "be" and "have" that set the tense of a phrase ("was responsible for").
PAST_AUXILIARIES = {"was", "were", "had"}
PRESENT_AUXILIARIES = {"am", "is", "are", "have", "has"}


@lru_cache(maxsize=8192)
def verb_lemma(word: str) -> str | None:
    """The dictionary lemma of a verb form ("helping" -> "help"), or None if it is not one."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word.lower()).get("VERB")
    return lemmas[0] if lemmas else None


@lru_cache(maxsize=8192)
def inflect(base: str, form: str) -> str:
    """`base` in a form: "base", "past", "third" (person singular) or "gerund". A phrase
    ("contribute to") is inflected on its first word; the case of that word is kept."""
    from lemminflect import getInflection

    head, _, rest = base.partition(" ")
    found = getInflection(head.lower(), tag=TAGS[form])
    word = found[0] if found else head.lower()
    if head[:1].isupper():
        word = word[:1].upper() + word[1:]
    return f"{word} {rest}" if rest else word


def form_of(word: str) -> str | None:
    """Which form a verb is in: "past", "third", "gerund", "base", or None if it is no verb."""
    lowered = word.lower()
    if lowered in PAST_AUXILIARIES:
        return "past"
    if lowered in PRESENT_AUXILIARIES:
        return "third" if lowered in {"is", "has"} else "base"
    lemma = verb_lemma(lowered)
    if lemma is None:
        return None
    for form in ("past", "third", "gerund"):
        if inflect(lemma, form) == lowered and lowered != lemma:
            return form
    return "base"


def is_gerund(word: str) -> bool:
    return word.lower().endswith("ing") and form_of(word) == "gerund"
