"""The JSON Resume 1.2 document: its sections, its shipped schema, and paths into it.

A resume's content is one JSON Resume document. Everything else (analysis, chat
context, diff, export) reads it through the names and helpers here, so that a
"section path" means the same thing everywhere: slash-separated keys and list
indexes, like a JSON Pointer without the leading slash ("basics",
"work/0", "work/0/highlights/2").

Unknown keys are data the user owns: nothing here drops them.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

if TYPE_CHECKING:
    from jsonschema import Draft7Validator

SCHEMA_PATH = Path(__file__).parent / "schema" / "jsonresume-1.2.schema.json"
SAMPLE_PATH = Path(__file__).parent / "sample" / "sample.resume.json"

#: Every content section, in the order a resume usually shows them.
SECTIONS: tuple[str, ...] = (
    "basics",
    "work",
    "volunteer",
    "education",
    "awards",
    "certificates",
    "publications",
    "skills",
    "languages",
    "interests",
    "references",
    "projects",
)
#: Sections that hold a list of entries (all but basics).
LIST_SECTIONS: tuple[str, ...] = SECTIONS[1:]

SECTION_TITLES: dict[str, str] = {
    "basics": "Contact and summary",
    "work": "Work experience",
    "volunteer": "Volunteering",
    "education": "Education",
    "awards": "Awards",
    "certificates": "Certifications",
    "publications": "Publications",
    "skills": "Skills",
    "languages": "Languages",
    "interests": "Interests",
    "references": "References",
    "projects": "Projects",
}


class InvalidResume(ValueError):
    """The document does not follow the JSON Resume schema.

    `errors` lists each problem with the path where it sits, so a message can
    say exactly what to fix ("work/0/startDate: 'March 2020' is not a date").
    """

    def __init__(self, errors: list[SchemaProblem]):
        self.errors = errors
        super().__init__("; ".join(str(error) for error in errors))


@dataclass(frozen=True)
class SchemaProblem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path or '(document)'}: {self.message}"


@cache
def load_schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@cache
def _validator() -> Draft7Validator:
    # Formats ("uri", "email") are not enforced: people write "linkedin.com/in/me"
    # and we would rather keep it than refuse the whole resume over it.
    # Imported here: jsonschema costs every process 60 ms to import, and the models import us.
    from jsonschema import Draft7Validator

    return Draft7Validator(load_schema())


def schema_problems(document: Any) -> list[SchemaProblem]:
    """Every way the document breaks the schema, ordered by path."""
    if not isinstance(document, dict):
        return [SchemaProblem("", "a JSON Resume must be a JSON object")]
    problems = []
    for error in _validator().iter_errors(document):
        path = "/".join(str(part) for part in error.absolute_path)
        problems.append(SchemaProblem(path, _plain_message(error)))
    return sorted(problems, key=lambda problem: problem.path)


def _plain_message(error) -> str:
    if error.validator == "pattern" and "[1-2][0-9]{3}" in str(error.validator_value):
        return f"{error.instance!r} is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD"
    if error.validator == "type":
        return f"{error.instance!r} should be of type {error.validator_value}"
    return error.message


def validate(document: Any) -> None:
    """Raise InvalidResume if the document breaks the schema."""
    problems = schema_problems(document)
    if problems:
        raise InvalidResume(problems)


def sample_document() -> dict[str, Any]:
    """The sample resume shipped with the app (a full, valid document)."""
    return json.loads(SAMPLE_PATH.read_text(encoding="utf-8"))


def empty_document() -> dict[str, Any]:
    """A new resume: empty basics, every list section present and empty."""
    document: dict[str, Any] = {
        "basics": {"name": "", "label": "", "email": "", "phone": "", "url": "", "summary": ""}
    }
    document["basics"]["location"] = {}
    document["basics"]["profiles"] = []
    for section in LIST_SECTIONS:
        document[section] = []
    return document


def split_path(path: str) -> list[str | int]:
    """'work/0/highlights/2' -> ['work', 0, 'highlights', 2]."""
    parts: list[str | int] = []
    for part in path.strip("/").split("/"):
        if part == "":
            continue
        parts.append(int(part) if part.isdigit() else part)
    return parts


def join_path(*parts: str | int) -> str:
    return "/".join(str(part) for part in parts)


def get_at(document: Any, path: str, default: Any = None) -> Any:
    """The value at a section path, or `default` when any step is missing."""
    node = document
    for part in split_path(path):
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return default
    return node


def set_at(document: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A deep copy of the document with `value` at `path`.

    Missing objects on the way are created; a list index may point one past the
    end to append. Raises KeyError for an index further out of range.
    """
    parts = split_path(path)
    if not parts:
        raise KeyError("an empty path cannot be set")
    result = copy.deepcopy(document)
    node: Any = result
    for index, part in enumerate(parts[:-1]):
        following = parts[index + 1]
        if isinstance(node, list):
            if not isinstance(part, int) or part >= len(node):
                raise KeyError(f"no entry {part} in {join_path(*parts[:index])}")
            node = node[part]
        else:
            if not isinstance(node.get(part), (dict, list)):
                node[part] = [] if isinstance(following, int) else {}
            node = node[part]
    last = parts[-1]
    if isinstance(node, list):
        if not isinstance(last, int) or last > len(node):
            raise KeyError(f"no entry {last} in {join_path(*parts[:-1])}")
        if last == len(node):
            node.append(value)
        else:
            node[last] = value
    else:
        node[last] = value
    return result


def remove_at(document: dict[str, Any], path: str) -> dict[str, Any]:
    """A deep copy of the document without the entry or key at `path`."""
    parts = split_path(path)
    result = copy.deepcopy(document)
    parent = get_at(result, join_path(*parts[:-1])) if len(parts) > 1 else result
    last = parts[-1]
    try:
        del parent[last]
    except (KeyError, IndexError, TypeError):
        raise KeyError(f"nothing at {path}") from None
    return result


def section_of(path: str) -> str:
    """The top-level section a path belongs to ('work/0/highlights/1' -> 'work')."""
    parts = split_path(path)
    return str(parts[0]) if parts else ""


def entry_title(section: str, entry: Any) -> str:
    """A short human label for one entry ("Engineer at Acme", "BSc, MIT")."""
    if not isinstance(entry, dict):
        return SECTION_TITLES.get(section, section)
    if section == "basics":
        return entry.get("name") or "Contact and summary"
    if section in ("work", "volunteer"):
        who = entry.get("name") or entry.get("organization") or ""
        role = entry.get("position") or ""
        if role and who:
            return f"{role} at {who}"
        return role or who or "Untitled role"
    if section == "education":
        degree = " ".join(part for part in (entry.get("studyType"), entry.get("area")) if part)
        where = entry.get("institution") or ""
        if degree and where:
            return f"{degree}, {where}"
        return degree or where or "Untitled education"
    if section == "languages":
        return entry.get("language") or "Language"
    if section == "awards":
        return entry.get("title") or "Award"
    return entry.get("name") or SECTION_TITLES.get(section, section)


def section_label(document: dict[str, Any], path: str) -> str:
    """What a path is called on screen: "Summary", "Work experience: Engineer at Acme"."""
    parts = split_path(path)
    if not parts:
        return "Whole resume"
    section = str(parts[0])
    if section == "basics" and len(parts) > 1 and parts[1] == "summary":
        return "Summary"
    title = SECTION_TITLES.get(section, section.capitalize())
    if len(parts) >= 2 and isinstance(parts[1], int):
        entry = get_at(document, join_path(section, parts[1]))
        return f"{title}: {entry_title(section, entry)}"
    return title


def fingerprint(value: Any) -> str:
    """A short hash of a value, to tell whether a section changed since a form showed it."""
    canonical = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


PROFILE_NETWORKS = {
    "linkedin.com": "LinkedIn",
    "github.com": "GitHub",
    "gitlab.com": "GitLab",
    "bitbucket.org": "Bitbucket",
    "stackoverflow.com": "Stack Overflow",
    "twitter.com": "Twitter",
    "x.com": "X",
    "behance.net": "Behance",
    "dribbble.com": "Dribbble",
    "medium.com": "Medium",
    "kaggle.com": "Kaggle",
    "orcid.org": "ORCID",
    "scholar.google.com": "Google Scholar",
    "indeed.com": "Indeed",
}


def profile_from_url(text: str) -> dict[str, str]:
    """'https://linkedin.com/in/jane' or 'LinkedIn: linkedin.com/in/jane' -> a basics profile."""
    network = ""
    # Links are often written wrapped: "[jane.dev]", "<https://jane.dev>".
    text = text.strip().strip("[]()<>")
    if ":" in text and not re.match(r"^\s*[a-z][a-z0-9+.-]*://", text, re.I):
        network, text = (part.strip() for part in text.split(":", 1))
    url = text.strip().strip("[]()<>").rstrip(".,;")
    if url and not re.match(r"^[a-z][a-z0-9+.-]*://", url, re.I) and "." in url:
        url = "https://" + url
    try:
        parsed = urlparse(url)
    except ValueError:  # "[jane.dev]" reads as a malformed IPv6 host: keep the text as written
        return {"network": network or "Website", "url": url}
    host = parsed.netloc.lower().removeprefix("www.")
    known = PROFILE_NETWORKS.get(host)
    profile = {"network": network or known or host or "Website", "url": url}
    segments = [segment for segment in parsed.path.split("/") if segment]
    if segments and known:
        profile["username"] = segments[-1]
    return profile
