"""The posting's title, company and location, from its first lines and its sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from jobs.extraction.details import EMPLOYMENT_TYPES, REMOTE_POLICIES, ROLE_WORDS, TITLE_WORDS
from jobs.extraction.model import Requirements
from jobs.extraction.roles import asks
from jobs.extraction.segmentation import Clause, _line_heading

PLACES = frozenset(
    line.strip()
    for line in (Path(__file__).resolve().parent.parent / "data" / "places.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
)

LABEL_RE = re.compile(
    r"^\s*(?P<label>job title|title|position|role|company|employer|organi[sz]ation|location|based in|work location)"
    r"\s*[:\-–]\s*(?P<value>.+)$",
    re.IGNORECASE,
)
NOT_A_COMPANY = r"(?!(?:we|our|the team|the company|this|you|they|i)\b)"
HIRING_RE = re.compile(
    rf"^{NOT_A_COMPANY}(?P<company>[A-Z][\w&.'’ -]{{1,60}}?)\s+(?:is|are)\s+(?:hiring|looking for|seeking|searching for)\s+"
    r"(?:an?\s+)?(?:(?:experienced|talented|motivated|passionate)\s+)?(?P<title>[A-Z][^.\n,;(]{2,80}?)"
    r"(?=\s+(?:to|who|for|in|with|based|that|at|on|from|and)\b|\s*[.\n,;(]|$)",
    re.IGNORECASE,
)
JOIN_RE = re.compile(
    rf"\bjoin\s+{NOT_A_COMPANY}(?P<company>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,3}})\s+as\s+(?:an?\s+)?"
    r"(?P<title>[A-Z][^.\n,;(]{2,80}?)(?=\s+(?:to|who|for|in|with|based|that|at|on|and)\b|\s*[.\n,;(]|$)"
)
AT_RE = re.compile(r"^(?P<title>[^\n@]{3,80}?)\s+(?:at|@)\s+(?P<company>[A-Z][\w&.'’ -]{1,60})$")
ABOUT_COMPANY_RE = re.compile(
    r"^\s*#*\s*about\s+(?!us\b|the\b|you\b|this\b|our\b)(?P<company>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*:?\s*$",
    re.MULTILINE,
)
BASED_RE = re.compile(
    r"\b(?:based in|located in|location)\s*:?\s+(?P<place>[A-Z][\w .'-]+?(?:,\s*[A-Z][\w .'-]+)?)(?=[.\n;(]|$)"
)
SEEKING_RE = re.compile(
    r"\b(?:we(?:'|’)?re|we are|are|is)\s+(?:currently\s+)?(?:looking for|seeking|hiring|searching for|recruiting)\s+"
    r"(?:an?\s+)?(?:(?:experienced|talented|motivated|passionate|skilled|dedicated|driven|enthusiastic)\s+)*"
    r"(?P<title>(?:[A-Z][\w+#./&-]*\s+){0,5}?(?i:" + ROLE_WORDS + r")s?\b(?:\s+(?:I{1,3}|IV))?)",
)
OPENING_TITLE_RE = re.compile(
    r"(?P<title>(?:(?:[A-Z.][\w+#./&-]*|of|and|&|-)\s+){0,6}?(?i:" + ROLE_WORDS + r")s?\b"
    r"(?:\s+(?:I{1,3}|IV)\b)?(?:\s*\([^)]{1,30}\))?)"
)
COMPANY_AFTER_TITLE_RE = re.compile(
    r"\s*[-–·|,]?\s*(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:&\s+)?[A-Z][\w&.'’-]*){0,4})"
)
NOT_IN_A_TITLE_RE = re.compile(
    r"\b(?:you|your|we|our|will|what|who|is|are|be|the ideal|looking|join|this|that|about|apply|candidate)\b",
    re.IGNORECASE,
)
URL_RE = re.compile(r"https?://(?P<host>[\w.-]+\.[a-z]{2,})(?P<path>/[^\s]*)?", re.IGNORECASE)
HOST_NOISE = {"www", "careers", "career", "jobs", "job", "apply", "work", "join", "hire", "recruiting", "com",
              "org", "net", "io", "co", "uk", "de", "fr", "es", "eu", "ai", "app", "boards", "en"}  # fmt: skip
JOB_BOARDS = {"linkedin", "indeed", "glassdoor", "monster", "ziprecruiter", "greenhouse", "lever", "workday",
              "myworkdayjobs", "smartrecruiters", "ashbyhq", "workable", "stepstone", "dice", "wellfound",
              "angel", "simplyhired", "careerbuilder", "bamboohr", "jobvite", "icims", "taleo", "recruitee",
              "personio", "teamtailor", "google", "bit", "t"}  # fmt: skip
BOARDS_WITH_COMPANY_PATH = {"greenhouse", "lever", "ashbyhq", "workable", "recruitee"}
HEADER_SEPARATOR_RE = re.compile(r"\s+[·•|–—]\s+|\s+-\s+|\s*\|\s*|\s*·\s*")
PLACE_RE = re.compile(
    r"^[A-Z][\w .'’-]+,\s*(?:[A-Z]{2}\b|[A-Z][\w .'’-]+)(?:,\s*[A-Z][\w .'’-]+)?$"
)


@dataclass
class _Line:
    text: str
    heading: bool


def read_title_and_company(text: str, clauses: list[Clause], requirements: Requirements) -> None:
    """Title, company and location: labelled fields, the first lines, then sentences that say them."""
    lines = [
        _Line(raw, _line_heading(raw) is not None) for raw in text.splitlines()[:60] if raw.strip()
    ]
    for line in lines[:40]:
        label = LABEL_RE.match(line.text)
        if label:
            name, value = label["label"].lower(), label["value"].strip()
            if name in ("job title", "title", "position", "role") and not requirements.title:
                requirements.title = value
            elif (
                name in ("company", "employer", "organisation", "organization")
                and not requirements.company
            ):
                requirements.company = value
            elif "location" in name or name == "based in":
                requirements.location = requirements.location or value
    sentences = [clause.text for clause in clauses[:20] if not clause.heading]
    for sentence in [line.text.strip() for line in lines[:15]] + sentences:
        found = HIRING_RE.search(sentence) or JOIN_RE.search(sentence)
        if found and plausible_title(found["title"]):
            requirements.company = requirements.company or found["company"].strip()
            requirements.title = requirements.title or found["title"].strip()
            break
    opening = [line for line in lines[:12] if not line.heading][:6]
    title_line = None
    if not requirements.title:
        for line in opening[:4]:
            candidate = line.text.strip(" #*")
            at = AT_RE.match(candidate)
            if at and TITLE_WORDS.search(at["title"]) and plausible_title(at["title"]):
                requirements.title = at["title"].strip()
                requirements.company = requirements.company or at["company"].strip()
                title_line = line
                break
            if (
                len(candidate.split()) <= 12
                and TITLE_WORDS.search(candidate)
                and not candidate.endswith(".")
                and plausible_title(candidate)
            ):
                requirements.title = _title_and_header(candidate, requirements)
                title_line = line
                break
    if not requirements.title and sentences:
        # A posting pasted as one paragraph opens with its title, run into what follows it.
        first = sentences[0].rstrip(" .")
        opening_title = OPENING_TITLE_RE.match(first)
        if len(first.split()) <= 8 and plausible_title(first):
            requirements.title = first
        elif opening_title and plausible_title(opening_title["title"]):
            requirements.title = opening_title["title"]
            rest = first[opening_title.end() :]
            requirements.company = requirements.company or _company_after_title(rest, text)
    if not requirements.title:
        for sentence in sentences[:12]:
            found = SEEKING_RE.search(sentence)
            if found and plausible_title(found["title"]):
                requirements.title = found["title"].strip()
                break
    _read_header(opening, title_line, requirements)
    if not requirements.company:
        about = ABOUT_COMPANY_RE.search("\n".join(line.text for line in lines))
        if about:
            requirements.company = about["company"]
    if not requirements.company:
        requirements.company = _company_from_url(text)
    if not requirements.location:
        based = BASED_RE.search("\n".join(line.text for line in lines))
        if based:
            requirements.location = based["place"].strip()


def _company_after_title(rest: str, text: str) -> str:
    """The name run in after a one-paragraph title: "Tessellate · Remote", "Acme Payments, Madrid",
    or a name the posting repeats ("... Full-time Tessellate is a ...")."""
    found = COMPANY_AFTER_TITLE_RE.match(rest)
    if not found:
        return ""
    words = found["name"].split()
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        after = rest[rest.index(name) + len(name) :]
        if TITLE_WORDS.search(name) or name.lower() in PLACES:
            continue
        if re.match(r"\s*(?:[·|•–—]|-\s|,\s*[A-Z])", after) or text.count(name) >= 2:
            if re.match(r"\s*,", after) and not _place_follows(after):
                continue
            return name
    return ""


def _place_follows(after: str) -> bool:
    """ ", Austin, TX We are ..." starts with a place."""
    found = re.match(r"\s*,\s*((?:[A-Z][\w.'’-]*\s*){1,3})", after)
    words = found.group(1).split() if found else []
    return any(
        " ".join(words[:size]).lower().strip(",") in PLACES for size in range(1, len(words) + 1)
    )


def plausible_title(title: str) -> bool:
    """A job title, never a sentence fragment ("candidate at What You Will Be Doing We")."""
    words = title.split()
    return (
        0 < len(words) <= 10
        and TITLE_WORDS.search(title) is not None
        and not NOT_IN_A_TITLE_RE.search(title)
    )


def _company_from_url(text: str) -> str:
    """ "https://careers.acme-payments.com/jobs/42" -> "Acme Payments"; job boards name no company."""
    for found in URL_RE.finditer(text[:3000]):
        host, path = found["host"].lower(), found["path"] or ""
        parts = [part for part in host.split(".") if part not in HOST_NOISE]
        if not parts:
            continue
        name = parts[-2] if len(parts) >= 2 else parts[0]
        if name in JOB_BOARDS:
            first = path.strip("/").split("/")[0] if path else ""
            if name in BOARDS_WITH_COMPANY_PATH and re.fullmatch(r"[a-z][a-z0-9-]{1,40}", first):
                name = first
            else:
                continue
        return " ".join(word.capitalize() for word in re.split(r"[-_]", name) if word)
    return ""


def _header_kind(part: str) -> str:
    """What a piece of a header line is: type, remote, place, or "" for anything else."""
    bare = re.sub(r"\s*\([^)]*\)", "", part).strip()
    if not bare:
        return "noise"
    if any(
        re.fullmatch(rf"(?:{pattern})(?:[, ]+.*)?", bare, re.IGNORECASE)
        for _, pattern in EMPLOYMENT_TYPES
    ):
        return "type"
    if any(re.match(pattern, bare, re.IGNORECASE) for _, pattern in REMOTE_POLICIES):
        return "remote"
    if PLACE_RE.match(bare):
        return "company_place" if _company_then_place(bare) else "place"
    return ""


def _company_then_place(text: str) -> bool:
    """ "Acme Payments, Madrid" (a company, then where) rather than "Berlin, Germany"."""
    first, _, rest = text.partition(",")
    last = rest.split(",")[-1].strip().lower()
    return first.strip().lower() not in PLACES and (
        last in PLACES or rest.strip().lower() in PLACES
    )


def _title_and_header(title: str, requirements: Requirements) -> str:
    """The title without what follows it on its line ("- Contract, 6 months", "· Remote (US)")."""
    parts = [part.strip() for part in HEADER_SEPARATOR_RE.split(title) if part.strip()]
    kept = [parts[0]]
    for part in parts[1:]:
        kind = _header_kind(part)
        if kind == "company_place":
            company, _, where = re.sub(r"\s*\([^)]*\)\s*$", "", part).partition(",")
            requirements.company = requirements.company or company.strip()
            requirements.location = requirements.location or where.strip()
        elif kind == "place" or (kind == "remote" and len(part.split()) > 1):
            requirements.location = requirements.location or re.sub(r"\s*\([^)]*\)\s*$", "", part)
        elif not kind:
            kept.append(part)
    return title if len(kept) == len(parts) else " – ".join(kept)


def _read_header(
    opening: list[_Line], title_line: _Line | None, requirements: Requirements
) -> None:
    """Company and place from short lines under the title ("Acme · Berlin, Germany · Full-time")."""
    if title_line is None:
        return
    after = opening[opening.index(title_line) + 1 :][:3]
    for line in after:
        text = line.text.strip(" #*_")
        if text.endswith(".") or len(text.split()) > 15 or asks(text):
            break
        parts = [part.strip() for part in HEADER_SEPARATOR_RE.split(text) if part.strip()]
        if len(parts) < 2 and not PLACE_RE.match(text) and _header_kind(text) != "remote":
            continue
        for part in parts:
            kind = _header_kind(part)
            place = re.sub(r"\s*\([^)]*\)\s*$", "", part)
            if kind == "company_place":
                company, _, where = place.partition(",")
                requirements.company = requirements.company or company.strip()
                requirements.location = requirements.location or where.strip()
            elif kind == "place" or (kind == "remote" and len(part.split()) > 1):
                requirements.location = requirements.location or place
            elif (
                not kind
                and not requirements.company
                and part[:1].isupper()
                and len(part.split()) <= 6
                and not TITLE_WORDS.search(part)
            ):
                requirements.company = part
            elif (
                not kind
                and requirements.company
                and not requirements.location
                and len(part.split()) <= 4
            ):
                requirements.location = place
