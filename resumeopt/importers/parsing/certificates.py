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
from resumeopt.importers.parsing.lexicon import degree_in, names_institution
from resumeopt.importers.parsing.patterns import ACTION_START_RE, BULLET_RE, EMAIL_RE, URL_RE

CERTIFICATES_FILE = Path(__file__).parent.parent / "data" / "certificates.json"
# "(2022)", ", May 2020", "- 2019 - 2022": the date a credential was earned or runs to.
_TRAILING_DATES_RE = re.compile(
    rf"(?:[\s,(|–—-]*(?:{DATE_PATTERN}|present|current|expires?|valid(?: through| until)?)\)?)+$",
    re.IGNORECASE,
)

_FUNCTION_WORDS = {"with", "and", "for", "to", "the", "a", "an", "in", "on", "my", "of", "by"}


@cache
def _data() -> dict:
    return json.loads(CERTIFICATES_FILE.read_text(encoding="utf-8"))


@cache
def _acronyms() -> frozenset[str]:
    return frozenset(_data()["acronyms"])


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
    return _TRAILING_DATES_RE.sub("", text).strip(" ,;:|–—-")


def _is_acronym(text: str) -> bool:
    """'ACLS', 'RN', 'SHRM-CP', 'PSM II' and lists of them ('BLS, ACLS, PALS')."""
    parts = [part.strip() for part in re.split(r"\s*[,/;|·•]\s*", text) if part.strip()]
    return bool(parts) and all(part in _acronyms() for part in parts)


def listed_credentials(text: str) -> list[str]:
    """The credentials a line lists by their acronyms ("BLS, ACLS, PALS"), or [] for one."""
    parts = [part.strip() for part in re.split(r"\s*[,/;|·•]\s*", text) if part.strip()]
    return parts if len(parts) > 1 and _is_acronym(text) else []


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
    if _is_acronym(first):
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
    # Only the shapes no course or school programme has: "Python for Everybody
    # (certificate)" and "Graduate Certificate in ..." stay with the schools.
    strong = re.search(r"\b(?:certified|licen[cs]ed?|licensure)\b", name, re.I)
    first = re.split(r"\s*[,–—|(]\s*|\s+-\s+", name)[0]
    if not (strong or _is_acronym(first) or _issuer_re().match(name)):
        return False
    degree = degree_in(name)
    # "Certified Scrum Master" is a credential; "Master of Science" is a degree.
    return not degree or bool(strong and strong.start() < degree.start())
