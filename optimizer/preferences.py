"""Learn, for one user, which suggestions they accept, and use it to rank what we show.

The model is Bayesian probit regression over binary features, updated online
with assumed-density filtering (the update of Graepel et al., "Web-Scale
Bayesian Click-Through Rate Prediction", ICML 2010). Every feature of a
suggestion ("adds a number", "lengthens the text", "fixes check X", "comes from
the model") has a Gaussian belief over its weight. The probability that the
user accepts a suggestion is

    P(accept) = Φ(Σ μ_i / sqrt(β² + Σ σ_i²))

over the suggestion's active features. Each decision moves the means of those
features and shrinks their variances, in closed form. Why this model:

- it starts from a population prior (every weight at mean 0, variance 1, the
  bias at the population's acceptance rate), so a new user gets the
  unpersonalised order, and evidence has to accumulate before a preference
  shows; uncertain weights pull predictions back towards 1/2 on their own;
- the update is O(active features), needs no stored history and no retraining,
  and its state is a small JSON object that lives on the user's row;
- a little variance is added back before each update, so old decisions fade
  and a user whose taste changes is followed.

The prior is fixed in this module, not estimated from other users: each user's
decisions only ever shape that user's model.

Plain Python on purpose: no Django here, so the simulation in
`bench/preferences.py` and the tests drive exactly what the site uses.
"""

from __future__ import annotations

import json
import math
import re
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

# Population prior and model constants.
PRIOR_ACCEPTANCE = 0.5  # before any evidence, a suggestion is as likely kept as thrown away
PRIOR_VARIANCE = 1.0  # of each feature weight
BIAS_VARIANCE = 0.5
NOISE = 1.0  # β: the probit noise, how much one decision can say
DRIFT = 0.005  # variance added back before each update, so old decisions fade slowly
# Suggestions below this predicted acceptance are folded under "show all"...
HIDE_BELOW = 0.2
# ...but only once the user has made this many decisions.
MIN_DECISIONS_TO_HIDE = 8
# A learned preference is stated in words once a feature has this much evidence.
MIN_EVIDENCE = 3
STATE_VERSION = 1
MAX_REMEMBERED_LENGTHS = 60

BIAS = "bias"

# Kinds of rewrite, in words (rule suggestions and model proposals share these names).
KIND_WORDS = {
    "strong_verb": "opening bullets with a stronger verb",
    "remove_pronoun": "removing first-person pronouns",
    "fix_tense": "fixing verb tense",
    "normalise_term": "spelling technologies the standard way",
    "normalise_date": "normalising date formats",
    "split_bullet": "splitting long bullets in two",
    "punctuation": "making trailing punctuation consistent",
    "capitalise": "capitalising the first word",
    "clean_characters": "replacing characters ATS software mangles",
    "vary_verb": "varying repeated verbs",
    "rewrite": "rewording",
    "quantify": "adding figures",
    "shorten": "shortening",
    "expand": "adding detail",
    "add_keyword": "adding a keyword from the job",
    "tone": "changing the tone",
}
SECTION_WORDS = {
    "basics": "the contact details and summary",
    "work": "Experience",
    "education": "Education",
    "skills": "Skills",
    "projects": "Projects",
    "volunteer": "Volunteering",
    "certificates": "Certifications",
    "awards": "Awards",
    "publications": "Publications",
    "languages": "Languages",
    "interests": "Interests",
    "references": "References",
}
FEATURE_WORDS = {
    "length:longer": "suggestions that make the text longer",
    "length:shorter": "suggestions that make the text shorter",
    "numbers:adds": "suggestions that add figures",
    "tone:more_formal": "changes to a more formal tone",
    "tone:more_casual": "changes to a more casual tone",
    "pronouns:adds": "wording in the first person",
    "source:model": "the AI model's proposals",
    "source:rules": "the built-in rule suggestions",
}


# Features ---------------------------------------------------------------------

REGISTER_WORDS = Path(__file__).parent / "data" / "register_words.json"


@cache
def register_words() -> tuple[frozenset[str], frozenset[str]]:
    """(formal, casual) words, read once from the data file."""
    data = json.loads(REGISTER_WORDS.read_text(encoding="utf-8"))
    return frozenset(data["formal"]), frozenset(data["casual"])


CONTRACTION_RE = re.compile(r"\b\w+'(?:s|re|ve|ll|d|t|m)\b", re.IGNORECASE)
FIRST_PERSON_RE = re.compile(r"\b(?:i|me|my|mine|we|our|us)\b", re.IGNORECASE)
NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
WORD_RE = re.compile(r"[\w'’+#.-]+")


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return " ".join(_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_text(item) for item in value.values())
    return "" if value is None else str(value)


def _words(text: str) -> list[str]:
    return WORD_RE.findall(text)


def formality(text: str) -> float:
    """A rough register score: formal words count up; casual words, contractions,
    exclamation marks and first-person pronouns count down. Per 10 words."""
    words = [word.lower().strip(".") for word in _words(text)]
    if not words:
        return 0.0
    formal, casual = register_words()
    score = sum(word in formal for word in words)
    score -= sum(word in casual for word in words)
    score -= len(CONTRACTION_RE.findall(text)) + text.count("!")
    score -= len(FIRST_PERSON_RE.findall(text)) * 0.5
    # Per ten words, but a short line is not allowed to swing the register on one word.
    return 10 * score / max(len(words), 10)


def length_change(original: Any, replacement: Any) -> int:
    """Words added (positive) or removed (negative) by the edit."""
    return len(_words(_text(replacement))) - len(_words(_text(original)))


@dataclass(frozen=True)
class Candidate:
    """What the model needs to know about one suggestion or proposal."""

    original: Any
    replacement: Any
    section: str = ""
    kind: str = ""
    check: str = ""
    category: str = ""
    source: str = "rules"  # rules or model


def features_of(candidate: Candidate) -> list[str]:
    """The binary features of a suggestion, always including the bias."""
    before, after = _text(candidate.original), _text(candidate.replacement)
    features = [BIAS]
    if candidate.check:
        features.append(f"check:{candidate.check}")
    if candidate.category:
        features.append(f"category:{candidate.category}")
    if candidate.kind:
        features.append(f"kind:{candidate.kind}")
    if candidate.section:
        features.append(f"section:{candidate.section}")
    features.append(f"source:{candidate.source or 'rules'}")
    change = length_change(before, after)
    # A couple of words either way is a rewording, not a change of length.
    features.append(
        "length:longer" if change > 2 else "length:shorter" if change < -2 else "length:same"
    )
    if len(NUMBER_RE.findall(after)) > len(NUMBER_RE.findall(before)):
        features.append("numbers:adds")
    if len(FIRST_PERSON_RE.findall(after)) > len(FIRST_PERSON_RE.findall(before)):
        features.append("pronouns:adds")
    register = formality(after) - formality(before)
    if register >= 1.0:
        features.append("tone:more_formal")
    elif register <= -1.0:
        features.append("tone:more_casual")
    return features


# The model --------------------------------------------------------------------


STANDARD_NORMAL = statistics.NormalDist()


def _cdf(x: float) -> float:
    # Φ through erfc, not NormalDist.cdf (1 + erf), which loses its digits far in the lower
    # tail where _v_w divides by it.
    return 0.5 * math.erfc(-x / math.sqrt(2))


def _v_w(t: float) -> tuple[float, float]:
    """The ADF correction terms v(t) = φ(t)/Φ(t) and w(t) = v(t)(v(t) + t), stable for t ≪ 0."""
    cdf = _cdf(t)
    v = STANDARD_NORMAL.pdf(t) / cdf if cdf > 1e-300 else -t
    return v, v * (v + t)


@dataclass
class Belief:
    mean: float
    variance: float


@dataclass
class Evidence:
    accepted: int = 0
    rejected: int = 0

    @property
    def total(self) -> int:
        return self.accepted + self.rejected


@dataclass
class LearnedPreference:
    """One thing the model has learned, in words, with the evidence behind it."""

    feature: str
    accepts: bool
    description: str
    probability: float
    evidence: Evidence

    @property
    def sentence(self) -> str:
        verb = "Usually accepts" if self.accepts else "Usually rejects"
        return f"{verb} {self.description}"


@dataclass
class PreferenceModel:
    """One user's beliefs. Serialise with `to_dict`; rebuild with `from_dict`."""

    beliefs: dict[str, Belief] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    decisions: int = 0
    accepted_lengths: list[int] = field(default_factory=list)
    rejected_lengths: list[int] = field(default_factory=list)

    # Beliefs

    def belief(self, feature: str) -> Belief:
        found = self.beliefs.get(feature)
        if found is not None:
            return found
        if feature == BIAS:
            return Belief(
                STANDARD_NORMAL.inv_cdf(PRIOR_ACCEPTANCE) * math.sqrt(NOISE**2 + BIAS_VARIANCE),
                BIAS_VARIANCE,
            )
        return Belief(0.0, PRIOR_VARIANCE)

    def _totals(self, features: Iterable[str]) -> tuple[float, float]:
        mean = variance = 0.0
        for feature in set(features):
            belief = self.belief(feature)
            mean += belief.mean
            variance += belief.variance
        return mean, variance

    def predict(self, features: Iterable[str]) -> float:
        """Probability that the user accepts a suggestion with these features."""
        mean, variance = self._totals(features)
        return _cdf(mean / math.sqrt(NOISE**2 + variance))

    def update(self, features: Iterable[str], accepted: bool, *, length: int | None = None) -> None:
        """Learn from one decision. `length` is the words of what was kept or thrown away."""
        active = sorted(set(features))
        for feature in active:
            belief = self.belief(feature)
            self.beliefs[feature] = Belief(belief.mean, belief.variance + DRIFT)
        y = 1.0 if accepted else -1.0
        mean, variance = self._totals(active)
        scale = math.sqrt(NOISE**2 + variance)
        v, w = _v_w(y * mean / scale)
        for feature in active:
            belief = self.beliefs[feature]
            share = belief.variance / scale
            self.beliefs[feature] = Belief(
                belief.mean + y * share * v,
                max(belief.variance * (1 - belief.variance / scale**2 * w), 1e-6),
            )
            counts = self.evidence.setdefault(feature, Evidence())
            if accepted:
                counts.accepted += 1
            else:
                counts.rejected += 1
        self.decisions += 1
        if length is not None:
            lengths = self.accepted_lengths if accepted else self.rejected_lengths
            lengths.append(length)
            del lengths[:-MAX_REMEMBERED_LENGTHS]

    # Using it

    def rank(self, items: Sequence[T], features: Callable[[T], list[str]]) -> list[tuple[T, float]]:
        """Items with their predicted acceptance, most likely first; ties keep their order."""
        scored = [(item, self.predict(features(item))) for item in items]
        return sorted(scored, key=lambda pair: -pair[1])

    def hides(self, probability: float) -> bool:
        """Whether a suggestion this unlikely to be kept goes under "show all"."""
        return self.decisions >= MIN_DECISIONS_TO_HIDE and probability < HIDE_BELOW

    def learned(self) -> list[LearnedPreference]:
        """What the evidence says, strongest first, in words (features with enough evidence)."""
        base = self.predict([BIAS])
        found = []
        for feature, counts in self.evidence.items():
            if feature == BIAS or counts.total < MIN_EVIDENCE:
                continue
            description = describe_feature(feature)
            if not description:
                continue
            probability = self.predict([BIAS, feature])
            share = counts.accepted / counts.total
            if probability >= max(0.6, base + 0.1) and share >= 0.6:
                found.append(LearnedPreference(feature, True, description, probability, counts))
            elif probability <= min(0.4, base - 0.1) and share <= 0.4:
                found.append(LearnedPreference(feature, False, description, probability, counts))
        found.sort(key=lambda pref: -abs(pref.probability - 0.5) * math.log1p(pref.evidence.total))
        # Features that always came together (a check, its kind of rewrite and its section)
        # carry the same evidence: state the clearest of them once.
        stated: dict[tuple[bool, int, int], LearnedPreference] = {}
        for preference in found:
            key = (preference.accepts, preference.evidence.accepted, preference.evidence.rejected)
            if key not in stated or _clarity(preference.feature) < _clarity(stated[key].feature):
                stated[key] = preference
        return [preference for preference in found if preference in stated.values()]

    def typical_accepted_length(self) -> int | None:
        """Median words of the text the user kept, once there is enough of it."""
        if len(self.accepted_lengths) < MIN_EVIDENCE:
            return None
        return round(statistics.median(self.accepted_lengths))

    def prompt_summary(self, limit: int = 6) -> str:
        """A short, factual summary for the model's system prompt; "" when nothing is known."""
        parts = []
        typical = self.typical_accepted_length()
        if typical is not None and any(
            p.feature == "length:longer" and not p.accepts for p in self.learned()
        ):
            parts.append(
                f"prefers concise text (the edits they kept average about {typical} words)"
            )
        for preference in self.learned()[:limit]:
            verb = "accepts" if preference.accepts else "rejects"
            parts.append(
                f"{verb} {preference.description} "
                f"({preference.evidence.accepted} of {preference.evidence.total} accepted)"
            )
        if not parts:
            return ""
        return f"From {self.decisions} past decisions, this user " + "; ".join(parts) + "."

    # Storage

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": STATE_VERSION,
            "decisions": self.decisions,
            "beliefs": {
                name: [round(b.mean, 6), round(b.variance, 6)] for name, b in self.beliefs.items()
            },
            "evidence": {name: [e.accepted, e.rejected] for name, e in self.evidence.items()},
            "accepted_lengths": list(self.accepted_lengths),
            "rejected_lengths": list(self.rejected_lengths),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> PreferenceModel:
        """The stored model, or a fresh one from the
        prior when there is none (or it is outdated)."""
        if not data or data.get("version") != STATE_VERSION:
            return cls()
        return cls(
            beliefs={
                name: Belief(float(m), float(v)) for name, (m, v) in data.get("beliefs", {}).items()
            },
            evidence={
                name: Evidence(int(a), int(r)) for name, (a, r) in data.get("evidence", {}).items()
            },
            decisions=int(data.get("decisions", 0)),
            accepted_lengths=[int(n) for n in data.get("accepted_lengths", [])],
            rejected_lengths=[int(n) for n in data.get("rejected_lengths", [])],
        )


# Which of several features with the same evidence to state: the most telling first.
CLARITY = (
    "length",
    "numbers",
    "tone",
    "pronouns",
    "kind",
    "check",
    "source",
    "category",
    "section",
)


def _clarity(feature: str) -> int:
    prefix = feature.partition(":")[0]
    return CLARITY.index(prefix) if prefix in CLARITY else len(CLARITY)


def describe_feature(feature: str) -> str:
    """A feature in words ("suggestions that add figures"), or "" for ones not worth stating."""
    if feature in FEATURE_WORDS:
        return FEATURE_WORDS[feature]
    prefix, _, value = feature.partition(":")
    if prefix == "kind" and value in KIND_WORDS:
        return f"suggestions about {KIND_WORDS[value]}"
    if prefix == "section" and value in SECTION_WORDS:
        return f"suggestions for {SECTION_WORDS[value]}"
    if prefix == "category" and value:
        return f"{value.upper() if value == 'ats' else value} suggestions"
    if prefix == "check" and value:
        # The check registry loads the analysis: imported here, for the one feature that
        # names a check, not by every module that learns from decisions (the views do).
        from optimizer.analysis import CHECKS

        registered = CHECKS.get(value)
        return f"suggestions for “{registered.title}”" if registered else ""
    return ""
