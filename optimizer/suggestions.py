"""Concrete, one-click rewrites for the findings that allow one. Offline and rule-based.

A Suggestion is a structured edit: the exact string at a section path, what to
replace it with, and why. Applying it saves through resumeopt.resumes with the
original as the expected value, so a suggestion made against text that has
since changed is refused instead of overwriting the user's words.

Rewrites never invent facts: no numbers, employers or skills are added. Where
a finding needs information only the user has ("add a figure"), it has a
`fix` in words, not a Suggestion.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

from optimizer import inflection
from optimizer.analysis import analyze, language
from optimizer.analysis.checks.ats import INVISIBLE, SMART_QUOTES, SYMBOL_BULLET_RE
from optimizer.analysis.checks.impact import weak_phrase
from optimizer.analysis.checks.length import LONG_BULLET_CHARACTERS, LONG_BULLET_WORDS
from optimizer.analysis.document import Role, read_document
from optimizer.analysis.vocabulary import technology_terms, verb_synonyms
from resumeopt import jsonresume
from resumeopt.characters import LIGATURES, NON_BREAKING_SPACES
from resumeopt.dates import format_date, parse_date
from resumeopt.resumes import ChangeReason, save_at

MAX_VERB_CHOICES = 3


@dataclass(frozen=True)
class Suggestion:
    """One edit the user can apply. `original` and `replacement` are the values at
    `path`: strings, except for a split bullet, where `path` is the bullet list
    and both are lists."""

    id: str
    check: str
    category: str
    kind: str
    section: str
    path: str
    original: Any
    replacement: Any
    rationale: str
    about: str  # the path of the finding it fixes (a bullet, where `path` is its list)
    source: str = "rules"

    def to_dict(self) -> dict:
        return asdict(self)

    @property
    def length_change(self) -> int:
        return _length(self.replacement) - _length(self.original)

    @property
    def adds_numbers(self) -> bool:
        return len(re.findall(r"\d+", _flat(self.replacement))) > len(
            re.findall(r"\d+", _flat(self.original))
        )


def _flat(value: Any) -> str:
    return " ".join(value) if isinstance(value, list) else str(value)


def _length(value: Any) -> int:
    return len(_flat(value).split())


def _make(
    check: str,
    category: str,
    kind: str,
    path: str,
    original: Any,
    replacement: Any,
    rationale: str,
    about: str | None = None,
) -> Suggestion:
    digest = hashlib.sha256(
        json.dumps([path, original, replacement], ensure_ascii=False).encode()
    ).hexdigest()[:16]
    return Suggestion(
        digest,
        check,
        category,
        kind,
        jsonresume.section_of(path),
        path,
        original,
        replacement,
        rationale,
        about or path,
    )


def suggest(document: dict, path: str | None = None) -> list[Suggestion]:
    """Every rewrite the rules can offer, optionally only within one unit or section ("work/0")."""
    report = analyze(document)
    resume = read_document(document)
    roles = {(role.section, role.index): role for role in resume.roles}
    found: list[Suggestion] = []
    seen: set[str] = set()
    for finding in report.findings:
        if path and not (finding.path == path or finding.path.startswith(path.rstrip("/") + "/")):
            continue
        value = jsonresume.get_at(document, finding.path)
        role = roles.get((finding.section, finding.entry)) if finding.entry is not None else None
        for suggestion in _rewrites(finding, value, role, document):
            if suggestion.id not in seen and suggestion.replacement != suggestion.original:
                seen.add(suggestion.id)
                found.append(suggestion)
    return found


def apply_suggestion(resume, suggestion: Suggestion, *, user):
    """Save the rewrite as a history change with reason "suggestion".

    Raises resumeopt.resumes.EditConflict (nothing saved) if the text at the
    path is no longer the suggestion's original.
    """
    return save_at(
        resume,
        suggestion.path,
        suggestion.replacement,
        user=user,
        reason=ChangeReason.SUGGESTION,
        expected=suggestion.original,
    )


# Rewrites, one function per kind of finding ----------------------------------


def _rewrites(finding, value, role: Role | None, document: dict) -> list[Suggestion]:
    rewrite = REWRITES.get(finding.check)
    if rewrite is None or not isinstance(value, str):
        return []
    return rewrite(finding, value, role, document)


# A bullet that reports an outcome ("…, cutting delivery time from 40 to 6 minutes")
# describes finished work, so it reads in the past tense even in the current role.
FINISHED_RE = re.compile(
    r",\s*(?:cutting|reducing|saving|raising|increasing|growing|lifting|improving|ending|halving|doubling)\b"
    r"|\bfrom\s+\S+\s+to\s+\S+",
    re.IGNORECASE,
)


# Filler that says nothing a reader can use; dropped from the end of a rewritten bullet.
TRAILING_FILLER_RE = re.compile(
    r"[,;]?\s+(?:and stuff|and so on|and things(?: like that)?|and other things|and more|"
    r"etc\.?)\s*(?=[.!]?\s*$)",
    re.IGNORECASE,
)


def _form(role: Role | None, text: str) -> str:
    """The form the new opening verb takes: the original's own tense and person if it opens
    with a verb ("Helped…", "Manages…", "Was responsible…"), otherwise past for finished
    work and present for ongoing work in the current role."""
    first = language.first_word(text)
    form = inflection.form_of(first) if first else None
    if form in ("past", "third", "base"):
        return form
    return "base" if role is not None and role.current and not FINISHED_RE.search(text) else "past"


def _tensed(verb: str, role: Role | None, text: str = "") -> str:
    """A stronger verb in the tense and person the bullet needs ("own" -> "Owned" for a
    past role, "Own" for ongoing work in the current one), capitalised to open it."""
    form = inflection.inflect(verb, _form(role, text))
    return form[:1].upper() + form[1:]


def _without_filler(text: str) -> str:
    return TRAILING_FILLER_RE.sub("", text)


def _stronger_opening(finding, text: str, role, document) -> list[Suggestion]:
    """'Responsible for managing X' -> 'Managed X'; 'Helped with X' -> 'Supported X' (choices).

    The new verb keeps the original's tense and person; a gerund after the phrase
    becomes the verb ("was responsible for helping the team with X" -> "Helped the
    team with X"), except after a helper phrase, where doing the work alone would be
    a new claim ("Assisted in onboarding" -> "Contributed to onboarding"). A rewrite
    that would not be a sentence ("Supported customers resolve…") is not offered.
    """
    kind = "duty" if finding.check == "impact.duty_phrasing" else "helper"
    found = weak_phrase(text, kind)
    if found is None:
        return []
    phrase, stronger = found
    match = re.match(rf"\s*{re.escape(phrase)}\s+(.*)$", text, re.IGNORECASE | re.DOTALL)
    if not match:
        return []  # the phrase is mid-sentence: rewriting it safely needs a person
    rest = _without_filler(match[1]).strip()
    words = rest.split()
    if not words:
        return []
    head = words[0].strip(",.;:")
    lemma = language.gerund_base(head) or (
        inflection.verb_lemma(head) if inflection.is_gerund(head) else None
    )
    if lemma:
        if kind == "helper" and any(verb.endswith(" to") for verb in stronger):
            helper = next(verb for verb in stronger if verb.endswith(" to"))
            opening = f"{_tensed(helper, role, text)} {head.lower()}"
        else:
            opening = _tensed(lemma, role, text)
        rewritten = f"{opening} {' '.join(words[1:])}".strip()
        return [
            _make(
                finding.check,
                finding.category,
                "strong_verb",
                finding.path,
                text,
                rewritten,
                f"Say what you did: “{opening.split()[0]}” instead of “{phrase}”.",
            )
        ]
    bare_verb = inflection.form_of(head) == "base" and language.verb_base(head) is not None
    if phrase.endswith(" to") or bare_verb or _causative(phrase, words):
        if not (phrase.endswith(" to") and bare_verb):
            return []  # "Helped customers resolve issues": swapping the verb breaks the sentence
        # "Helped to build X": the verbs ending in "to" take it as it is.
        choices = [verb for verb in stronger if verb.endswith(" to")]
        rest = rest[:1].lower() + rest[1:]
    else:
        choices = stronger
        rest = re.sub(r"^(?:the\s+|a\s+|an\s+)?", lambda m: m[0].lower(), rest)
    suggestions = []
    for verb in choices[:MAX_VERB_CHOICES]:
        tensed = _tensed(verb, role, text)
        if (
            verb.endswith(" to")
            and phrase.endswith(" to")
            and bare_verb
            and verb.split()[0] == "contribute"
        ):
            rewritten = (
                f"{tensed} {inflection.inflect(head.lower(), 'gerund')} {' '.join(words[1:])}"
            )
        else:
            rewritten = f"{tensed} {rest}"
        suggestions.append(
            _make(
                finding.check,
                finding.category,
                "strong_verb",
                finding.path,
                text,
                rewritten.strip(),
                f"“{tensed}” says what you did; “{phrase}” only says you were there.",
            )
        )
    return suggestions


def _causative(phrase: str, words: list[str]) -> bool:
    """ "Helped customers resolve billing issues": a bare "helped" + someone + a verb."""
    if phrase not in {"helped", "help", "helps"}:
        return False
    return any(
        inflection.form_of(word) == "base" and language.verb_base(word) for word in words[1:3]
    )


def _remove_pronoun(finding, text: str, role, document) -> list[Suggestion]:
    """'I built X' -> 'Built X'; 'I am a backend engineer with…' -> 'Backend engineer with…'."""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    rewritten = []
    for sentence in sentences:
        new = re.sub(r"^(?:I am|I'm|I’m)\s+(?:a|an)\s+", "", sentence)
        new = re.sub(r"^(?:I am|I'm|I’m)\s+", "", new)
        new = re.sub(r"^I have\s+(?=\d|over|more|nearly|almost)", "", new)
        new = re.sub(r"^I\s+(?=[a-z])", "", new)
        if new != sentence:
            new = new[:1].upper() + new[1:]
        rewritten.append(new)
    replacement = " ".join(rewritten)
    if replacement == text.strip() or re.search(r"\bI\b", replacement):
        return []
    return [
        _make(
            finding.check,
            finding.category,
            "remove_pronoun",
            finding.path,
            text,
            replacement,
            "Resumes leave the “I” implied; starting with the fact reads stronger.",
        )
    ]


def _fix_tense(finding, text: str, role, document) -> list[Suggestion]:
    first = language.first_word(text)
    if finding.check == "consistency.past_tense":
        new_word = language.to_past(first)
        why = "This role has ended, so describe it in the past tense."
    else:
        new_word = language.to_present(first)
        why = "This is your current role, so describe ongoing work in the present tense."
    if not new_word:
        return []
    start = text.index(first)
    replacement = text[:start] + new_word + text[start + len(first) :]
    return [
        _make(finding.check, finding.category, "fix_tense", finding.path, text, replacement, why)
    ]


def _normalise_term(finding, text: str, role, document) -> list[Suggestion]:
    match = re.match(r"“(.+?)” is usually written “(.+?)”", finding.message)
    if not match:
        return []
    variant, canonical = match[1], match[2]
    if variant not in technology_terms().canonical_of:
        return []
    replacement = re.sub(rf"(?<![\w.]){re.escape(variant)}(?![\w])", canonical, text)
    return [
        _make(
            finding.check,
            finding.category,
            "normalise_term",
            finding.path,
            text,
            replacement,
            f"ATS keyword matching is exact: write “{canonical}” the same way everywhere.",
        )
    ]


def _normalise_date(finding, text: str, role, document) -> list[Suggestion]:
    """'March 2019' -> '2019-03'. A season or a missing month is for the user to settle."""
    readable = parse_date(text)
    if readable is None or re.search(r"spring|summer|fall|autumn|winter", text, re.IGNORECASE):
        return []
    return [
        _make(
            finding.check,
            finding.category,
            "normalise_date",
            finding.path,
            text,
            readable,
            f"Stored as {readable}, it shows as “{format_date(readable)}” and every ATS reads it.",
        )
    ]


def _split_bullet(finding, text: str, role, document) -> list[Suggestion]:
    """Split an over-long bullet at a natural joint: a semicolon or ', and'."""
    if language.word_count(text) <= LONG_BULLET_WORDS and len(text) <= LONG_BULLET_CHARACTERS:
        return []
    middle = len(text) / 2
    joints = [m for m in re.finditer(r";\s+|,\s+and\s+|\.\s+(?=[A-Z])", text)]
    if not joints:
        return []
    joint = min(joints, key=lambda m: abs(m.start() - middle))
    first = text[: joint.start()].rstrip(" ,;.")
    second = text[joint.end() :].strip()
    if language.word_count(first) < 5 or language.word_count(second) < 5:
        return []
    ends_with_period = text.rstrip().endswith(".")
    first = first + ("." if ends_with_period else "")
    second = second[:1].upper() + second[1:]
    list_path, index = finding.path.rsplit("/", 1)
    bullets = jsonresume.get_at(document, list_path)
    if not isinstance(bullets, list):
        return []
    replacement = [*bullets[: int(index)], first, second, *bullets[int(index) + 1 :]]
    return [
        _make(
            finding.check,
            finding.category,
            "split_bullet",
            list_path,
            list(bullets),
            replacement,
            "Two short bullets are read; one long one is skimmed.",
            about=finding.path,
        )
    ]


def _punctuation(finding, text: str, role, document) -> list[Suggestion]:
    if "with a full stop" in (finding.fix or "") and "without" not in finding.fix:
        replacement = text.rstrip() + "."
    else:
        replacement = text.rstrip().rstrip(".")
    return [
        _make(
            finding.check,
            finding.category,
            "punctuation",
            finding.path,
            text,
            replacement,
            "Every bullet ending the same way looks deliberate.",
        )
    ]


def _lead_with_the_verb(finding, text: str, role, document) -> list[Suggestion]:
    """'Successfully launched X' -> 'Launched X': the adverb only delays the verb."""
    match = re.match(r"\s*([A-Za-z]+ly),?\s+([A-Za-z-]+)(.*)$", text, re.DOTALL)
    if not match or not language.opens_like_a_verb(match[2]):
        return []
    replacement = match[2][:1].upper() + match[2][1:] + match[3]
    return [
        _make(
            finding.check,
            finding.category,
            "strong_verb",
            finding.path,
            text,
            replacement,
            f"Start with what you did: “{match[1]}” only delays the verb.",
        )
    ]


def _capitalise(finding, text: str, role, document) -> list[Suggestion]:
    stripped = text.lstrip()
    replacement = stripped[:1].upper() + stripped[1:]
    return [
        _make(
            finding.check,
            finding.category,
            "capitalise",
            finding.path,
            text,
            replacement,
            "Bullets start with a capital letter.",
        )
    ]


def _clean_characters(finding, text: str, role, document) -> list[Suggestion]:
    cleaned = SYMBOL_BULLET_RE.sub("", text) if finding.check == "ats.symbol_bullet" else text
    for ligature, letters in LIGATURES.items():
        cleaned = cleaned.replace(ligature, letters)
    for character in INVISIBLE:
        cleaned = cleaned.replace(character, " " if character in NON_BREAKING_SPACES else "")
    if finding.check == "ats.smart_quotes":
        cleaned = cleaned.translate(
            str.maketrans({c: "'" if c in "‘’‚" else '"' for c in SMART_QUOTES})
        )
    cleaned = re.sub(r" {2,}", " ", cleaned).strip()
    return [
        _make(
            finding.check,
            finding.category,
            "clean_characters",
            finding.path,
            text,
            cleaned,
            "Plain characters survive every ATS parser.",
        )
    ]


def _vary_verb(finding, value: str, role, document) -> list[Suggestion]:
    """Offer a different strong verb for a bullet whose opening verb is overused."""
    first = language.first_word(value)
    base = language.verb_base(first)
    if not base:
        return []
    used = _opening_verbs(json.dumps(document, sort_keys=True, default=str))
    alternatives = [verb for verb in verb_synonyms().get(base, ()) if not used.get(verb)]
    if not alternatives:
        return []
    verb = alternatives[0]
    form = (
        language.to_present(verb)
        if (role is not None and role.current and language.is_present(first))
        else language.to_past(verb)
    )
    if form is None:
        return []
    start = value.index(first)
    replacement = value[:start] + form.capitalize() + value[start + len(first) :]
    return [
        _make(
            finding.check,
            finding.category,
            "vary_verb",
            finding.path,
            value,
            replacement,
            f"“{first}” opens several bullets; “{form.capitalize()}” keeps each one distinct.",
        )
    ]


@lru_cache(maxsize=8)
def _opening_verbs(document_json: str) -> Counter:
    """How often each verb opens a bullet; one count per document however many bullets ask."""
    bullets = read_document(json.loads(document_json)).bullets
    return Counter(language.verb_base(language.first_word(bullet.text)) for bullet in bullets)


REWRITES = {
    "impact.weak_verb": _lead_with_the_verb,
    "impact.duty_phrasing": _stronger_opening,
    "impact.helper_phrasing": _stronger_opening,
    "impact.first_person": _remove_pronoun,
    "consistency.past_tense": _fix_tense,
    "consistency.current_tense": _fix_tense,
    "consistency.term_spelling": _normalise_term,
    "ats.unreadable_date": _normalise_date,
    "length.long_bullet": _split_bullet,
    "consistency.trailing_punctuation": _punctuation,
    "consistency.bullet_capitalization": _capitalise,
    "ats.symbol_bullet": _clean_characters,
    "ats.ligature": _clean_characters,
    "ats.invisible_characters": _clean_characters,
    "ats.smart_quotes": _clean_characters,
    "content.repeated_verb": _vary_verb,
}
