"""Certifications and licences told by their shape, wherever a resume puts them.

Used on lines no section took ("ACLS", "PMP" below the education) and on lines
written under Education without a heading of their own ("AWS Certified ...").
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from resumeopt.dates import DATE_PATTERN
from resumeopt.importers.parsing.lexicon import (
    degree_in,
    known_place,
    names_institution,
    names_vocational,
    organisation_score,
    read_location,
)
from resumeopt.importers.parsing.patterns import ACTION_START_RE, BULLET_RE, EMAIL_RE, URL_RE

CERTIFICATES_FILE = Path(__file__).parent.parent / "data" / "certificates.json"
# "(2022)", ", May 2020", "- 2019 - 2022": the date a credential was earned or runs to.
# A date never starts with a separator, so the separators are taken whole (possessive):
# a run of dashes or spaces is not tried split at every point, which took seconds a line.
_TRAILING_DATES_RE = re.compile(
    rf"(?<![\s,(|–—-])"
    rf"(?:[\s,(|–—-]*+(?:{DATE_PATTERN}|present|current|expires?|valid(?: through| until)?)\)?)+$",
    re.IGNORECASE,
)
# Trailing dates are a few dozen characters; looking further back only costs time (a line of
# 10,000 dates was tried from each of them to its end).
_TRAILING_DATES_REACH = 200

_FUNCTION_WORDS = {"with", "and", "for", "to", "the", "a", "an", "in", "on", "my", "of", "by"}


@cache
def _data() -> dict:
    return json.loads(CERTIFICATES_FILE.read_text(encoding="utf-8"))


@cache
def _acronyms() -> frozenset[str]:
    return frozenset(_data()["acronyms"])


@cache
def _numbered_re() -> re.Pattern:
    """'OSHA 10', 'OSHA 30-Hour Construction', 'Series 7': a body's name and a number."""
    names = "|".join(re.escape(name) for name in _data()["numbered"])
    return re.compile(rf"^(?:{names})[\s-]?\d{{1,3}}\b(?:[\s-]?hours?\b)?", re.I)


@cache
def _issuer_re() -> re.Pattern:
    issuers = sorted(_data()["issuers"], key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(re.escape(issuer) for issuer in issuers)})\b", re.I)


def level_words() -> frozenset[str]:
    return frozenset(_data()["levels"])


def names_issuer(text: str) -> bool:
    """Whether the text is an issuer's name alone: a known one ("CompTIA") or a body that
    grants credentials ("Ohio Board of Nursing", "State of Ohio")."""
    issuer = _issuer_re().match(text.strip())
    if issuer and issuer.end() == len(text.strip()):
        return True
    words = {word.lower().strip(",.()") for word in text.split()}
    return bool(words & set(_data()["issuer_words"])) and text[:1].isupper()


def _name_part(text: str) -> str:
    """The credential's own words: no bullet, no trailing dates, no issuer after a comma."""
    text = BULLET_RE.sub("", text.strip()).strip()
    dates = _TRAILING_DATES_RE.search(text, max(0, len(text) - _TRAILING_DATES_REACH))
    if dates:
        text = text[: dates.start()]
    return text.strip(" ,;:|–—-")


def credential_acronym(text: str) -> bool:
    """'RN', 'CPA', 'PMP': a credential written by its short name alone."""
    return text in _acronyms()


def _is_acronym(text: str) -> bool:
    """'ACLS', 'RN', 'SHRM-CP', 'PSM II', 'OSHA 10' and lists of them ('BLS, ACLS, PALS')."""
    parts = [part.strip() for part in re.split(r"\s*[,/;|·•]\s*", text) if part.strip()]
    return bool(parts) and all(
        part in _acronyms() or _numbered_re().fullmatch(part) for part in parts
    )


def listed_credentials(text: str) -> list[str]:
    """The credentials a line lists ("BLS, ACLS, PALS", "Forklift certified, OSHA 10."), or []
    for one: every part is a credential of its own, none the issuer of the one before it.

    Three names or more in a row are a list whatever their words ("AWS Solutions Architect,
    CCNA, PMP", "Counterbalance (B1), Reach Truck, IOSH Managing Safely") unless a part after
    the first names a body, a school or a place ("..., Coursera, Stanford University",
    "Licensed Electrician, Cork, Ireland") or the parts go on one name's list of fields
    ("Certificate in Management, Leadership and Coaching")."""
    parts = [part.strip(" .") for part in re.split(r"\s*[,/;|·•]\s*", text) if part.strip(" .")]
    if len(parts) < 2:
        return []
    if all(_credential_alone(part) for part in parts):
        return parts
    # A slash joins two names of one card ("CPR/BLS", "Doubles/Triples") or a date's parts.
    names = [part.strip(" .") for part in re.split(r"\s*[,;|·•]\s*", text) if part.strip(" .")]
    return names if len(names) >= 3 and _names_in_a_row(names) else []


def _names_in_a_row(parts: list[str]) -> bool:
    if re.search(r"\b(?:in|of)\s", parts[0]) and re.search(r"\b(?:and|&)\s", parts[-1]):
        return False  # "Diploma in Sales, Marketing and Advertising": one name's fields
    for index, part in enumerate(parts):
        if len(part.split()) > 8 or not (part[0].isupper() or part[0].isdigit()):
            return False
        if re.search(r"\s[–—-]\s", part):
            return False  # "BLS, ACLS, PALS – American Heart Association": their issuer
        if index and not _credential_like(part) and _names_body_or_place(part):
            return False
    return True


def _credential_like(part: str) -> bool:
    """'ITIL Foundation', 'Huawei HCIA-Datacom', 'AWS Solutions Architect': a credential's
    own short name, a level, or an issuer with the credential's words after it."""
    codes = [piece for word in part.split() for piece in word.strip("()").split("-")]
    return (
        _credential_alone(part)
        or any(len(code) >= 2 and code.isupper() and code.isalpha() for code in codes)
        or bool({word.lower().strip("()") for word in part.split()} & level_words())
        or bool(_issuer_re().match(part))
    )


def _names_body_or_place(part: str) -> bool:
    """'Coursera', 'Stanford University', 'Cork', 'Ireland': who issued it, or where."""
    bare = re.sub(r"\s*\(.*", "", part)  # "Missouri (#2016031245)": a licence's state
    return bool(
        names_issuer(part)
        or organisation_score(part)
        or names_institution(part)
        or read_location(bare)
        or (len(bare.split()) <= 2 and known_place(bare))
    )


def _credential_alone(part: str) -> bool:
    if _is_acronym(part) or _numbered_re().match(part):
        return True
    return looks_like_certificate(part) and not names_issuer(part)


def named_by_its_shape(text: str) -> bool:
    """A credential by a shape no skill has: 'Forklift certified', 'Licensed Electrician',
    'OSHA 30-Hour'; a skills list may hold these among its skills."""
    name = _name_part(text)
    # 'Certificate' ends a credential's name; before a noun it is a skill ('certificate
    # management').
    strong = re.search(r"\b(?:certified|licen[cs]ed|licensure)\b|\bcertificate$", name, re.I)
    return bool(_numbered_re().match(name) or (strong and looks_like_certificate(name)))


def looks_like_certificate(text: str) -> bool:
    """Whether a line names a certification or licence (and is not a sentence about one)."""
    name = _name_part(text)
    words = name.split()
    if not words or EMAIL_RE.search(name) or URL_RE.fullmatch(name):
        return False
    if not (name[0].isupper() or name[0].isdigit() or name[0] == "("):
        return False  # a wrapped sentence's tail, not a name
    action = ACTION_START_RE.match(name) and words[0].lower() not in _data()["words"]
    prose = name.endswith(".") and {word.lower() for word in words} & _FUNCTION_WORDS
    if action or prose or len(words) > 12:
        return False  # a sentence about a credential ("Reliable associate with forklift ...")
    first = re.split(r"\s*[,–—|(]\s*|\s+-\s+", name)[0]
    if _is_acronym(first) or _numbered_re().match(first):
        return True
    lowered = {word.lower().strip(",.:;()–—-") for word in words}
    if lowered & set(_data()["words"]):
        return True
    issuer = _issuer_re().match(name)
    if issuer:
        rest = name[issuer.end() :]
        rest_words = {word.lower().strip(",.:;()–—-") for word in rest.split()}
        return bool(
            rest_words & level_words()
            or "+" in rest
            or any(word.strip(",.:;()") in _acronyms() for word in rest.split())
        )
    return False


def belongs_out_of_education(text: str) -> bool:
    """A credential written among schools: no degree, no school, and not a school's own
    certificate programme ("Certificate in Data Science" is studied at a school)."""
    name = _name_part(text)
    if not looks_like_certificate(text) or names_institution(name):
        return False
    if names_vocational(name):
        return False  # "Kenya Certificate of Secondary Education": a school-leaving qualification
    # Only the shapes no course or school programme has: "Python for Everybody
    # (certificate)" and "Graduate Certificate in ..." stay with the schools.
    strong = re.search(r"\b(?:certified|licen[cs]ed?|licensure)\b", name, re.I)
    first = re.split(r"\s*[,–—|(]\s*|\s+-\s+", name)[0]
    if not (strong or _is_acronym(first) or _issuer_re().match(name)):
        return False
    degree = degree_in(name)
    # "Certified Scrum Master" is a credential; "Master of Science" is a degree.
    return not degree or bool(strong and strong.start() < degree.start())
