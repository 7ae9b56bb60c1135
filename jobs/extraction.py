"""Read a job posting: what it asks for, and how much. Plain Python, offline.

`extract_requirements(text)` finds the title, company, seniority, years of
experience, education, employment type, location and remote policy, the
qualification lines (required or preferred), and every skill with its
canonical name, the exact text it matched and its offsets in the posting.

Whether a skill is required or preferred comes first from its sentence
("... is a plus", "must have ...") and then from the section it sits in
("Nice to have", "Requirements"); skills in "About us" or "Benefits" are
mentions, not requirements.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from jobs.taxonomy import Match, context_words, taxonomy

MAX_POSTING_CHARACTERS = 100_000

REQUIRED_HEADINGS = re.compile(
    r"^(?:(?:minimum|basic|required|key|essential|core|must[- ]have)\s+)?(?:qualifications|requirements|skills|experience|"
    r"skills (?:and|&) (?:experience|qualifications)|what you(?:'|’)ll (?:need|bring)|what we(?:'|’)re looking for|"
    r"who you are|about you|you have|you bring|must haves?|your profile|profile|your skills)\b",
    re.IGNORECASE,
)
PREFERRED_HEADINGS = re.compile(
    r"^(?:preferred|desired|desirable|bonus|additional|nice[- ]to[- ]haves?|pluses|bonus points|it(?:'|’)s a plus|"
    r"extra credit|even better|good to have|great to have|preferred qualifications|ideally)\b",
    re.IGNORECASE,
)
DUTY_HEADINGS = re.compile(
    r"^(?:(?:key\s+)?responsibilities|what you(?:'|’)ll do|the role|your role|duties|your mission|day[- ]to[- ]day|in this role)\b",
    re.IGNORECASE,
)
ASIDE_HEADINGS = re.compile(
    r"^(?:about (?:us|the company|the team)|benefits|perks|what we offer|why join|compensation|salary|our values|"
    r"equal opportunity|eeo|how to apply)\b",
    re.IGNORECASE,
)
PREFERRED_CUE = re.compile(
    r"\b(?:preferred|nice to have|nice-to-have|a plus|is a plus|are a plus|plus\b|bonus|desirable|desired|ideally|"
    r"advantageous|an advantage|beneficial|good to have|would be great|not required|optional|helpful)",
    re.IGNORECASE,
)
REQUIRED_CUE = re.compile(
    r"\b(?:must|required|requires|essential|mandatory|minimum|at least|need to|you have|strong)\b",
    re.IGNORECASE,
)
YEARS_RE = re.compile(
    r"(?P<min>\d{1,2})\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*(?P<max>\d{1,2})\s*)?(?:\+\s*)?years?\b(?P<after>[^.\n]{0,60})",
    re.IGNORECASE,
)
EDUCATION_LEVELS = [  # (level, rank, pattern); rank orders levels for matching against a resume
    ("PhD", 5, r"\b(?:ph\.?\s?d|doctorate|doctoral)\b"),
    (
        "Master's",
        4,
        r"\b(?:master(?:'s|’s|s)?|m\.?s\.?c?|msc|m\.?eng|mba|m\.?a\.?)\b(?=[\s,/'’.)-]|$)",
    ),
    (
        "Bachelor's",
        3,
        r"\b(?:bachelor(?:'s|’s|s)?|b\.?s\.?c?|bsc|b\.?a\.?|b\.?eng|b\.?tech|undergraduate degree|university degree|college degree|4-year degree)\b(?=[\s,/'’.)-]|$)",
    ),
    ("Associate's", 2, r"\bassociate(?:'s|’s)? degree\b"),
    ("High school", 1, r"\b(?:high school|secondary school|ged)\b"),
]
EDUCATION_FIELD_RE = re.compile(
    r"\b(?:degree|bachelor(?:'s|’s)?|master(?:'s|’s)?|ph\.?d\.?|bs|ba|ms|msc|bsc)\b[^.\n]{0,25}?\bin\s+"
    r"(?P<field>[A-Z][\w&\-]*(?:[ ,/]+(?:or\s+|and\s+)?[A-Z][\w&\-]*){0,6})",
)
SENIORITY = [  # checked in order; the title is read before the text
    ("Executive", r"\b(?:chief|cto|ceo|cfo|coo|vp|vice president|head of)\b"),
    ("Director", r"\bdirector\b"),
    ("Principal", r"\bprincipal\b"),
    ("Staff", r"\bstaff\b(?! (?:member|augmentation))"),
    ("Lead", r"\b(?:lead|tech lead|team lead)\b"),
    ("Manager", r"\bmanager\b"),
    ("Senior", r"\b(?:senior|sr\.?)\b"),
    ("Mid-level", r"\b(?:mid[- ]level|intermediate|mid[- ]senior)\b"),
    ("Junior", r"\b(?:junior|jr\.?|entry[- ]level|graduate|new grad)\b"),
    ("Intern", r"\b(?:intern|internship|trainee|apprentice)\b"),
]
EMPLOYMENT_TYPES = [
    ("Internship", r"\binternship\b"),
    ("Contract", r"\b(?:contract(?:or)?|fixed[- ]term|freelance|temporary|temp)\b"),
    ("Part-time", r"\bpart[- ]time\b"),
    ("Full-time", r"\b(?:full[- ]time|permanent)\b"),
]
REMOTE_POLICIES = [
    (
        "Remote",
        r"\b(?:fully remote|100% remote|remote[- ]first|remote only|work from (?:home|anywhere)|remote position|remote role|\(remote\)|- remote|remote)\b",
    ),
    ("Hybrid", r"\bhybrid\b"),
    ("On-site", r"\b(?:on[- ]site|onsite|in[- ]office|in the office|office[- ]based)\b"),
]
LABEL_RE = re.compile(
    r"^\s*(?P<label>job title|title|position|role|company|employer|organi[sz]ation|location|based in)\s*[:\-–]\s*(?P<value>.+)$",
    re.IGNORECASE,
)
HIRING_RE = re.compile(
    r"^(?P<company>[A-Z][\w&.'’ -]{1,60}?)\s+(?:is|are)\s+(?:hiring|looking for|seeking)\s+(?:an?\s+)?(?P<title>[A-Z][^.\n,;]{2,80})",
)
JOIN_RE = re.compile(
    r"\bjoin\s+(?P<company>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+as\s+(?:an?\s+)?(?P<title>[A-Z][^.\n,;]{2,80})"
)
AT_RE = re.compile(r"^(?P<title>[^\n@]{3,80}?)\s+(?:at|@)\s+(?P<company>[A-Z][\w&.'’ -]{1,60})$")
TITLE_WORDS = re.compile(
    r"\b(?:engineer|developer|manager|designer|analyst|scientist|architect|director|lead|specialist|consultant|"
    r"administrator|coordinator|assistant|associate|intern|officer|representative|executive|accountant|nurse|"
    r"writer|editor|researcher|technician|recruiter|marketer|strategist|producer|head|vp|president|owner|teacher)s?\b",
    re.IGNORECASE,
)


class PostingError(ValueError):
    """The text cannot be read as a job posting; str() says why."""


@dataclass(frozen=True)
class ExtractedSkill:
    name: str
    text: str
    start: int
    end: int
    type: str  # tool | hard | soft | certification | language | domain
    required: bool = True
    source: str = "taxonomy"  # or "llm" for skills a model added
    form: str = "knowledge"  # knowledge or ability (what SkillSpan calls knowledge and skill)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Requirements:
    title: str = ""
    company: str = ""
    seniority: str = ""
    years_min: int | None = None
    years_max: int | None = None
    education_level: str = ""
    education_rank: int = 0
    education_field: str = ""
    employment_type: str = ""
    location: str = ""
    remote_policy: str = ""
    skills: list[ExtractedSkill] = field(default_factory=list)
    required: list[str] = field(default_factory=list)  # qualification lines
    preferred: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)  # domain and industry terms
    # Content words around each skill in the posting, to find the resume bullet it belongs in.
    skill_context: dict[str, list[str]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["skills"] = [skill.to_dict() for skill in self.skills]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Requirements:
        known = {name for name in cls.__dataclass_fields__}
        values = {key: value for key, value in (data or {}).items() if key in known}
        values["skills"] = [ExtractedSkill(**skill) for skill in values.get("skills", [])]
        return cls(**values)

    def unique_skills(self, *, types: tuple[str, ...] | None = None) -> dict[str, ExtractedSkill]:
        """One entry per canonical skill (required if any mention is), in posting order."""
        unique: dict[str, ExtractedSkill] = {}
        for skill in self.skills:
            if types and skill.type not in types:
                continue
            if skill.name not in unique or (skill.required and not unique[skill.name].required):
                unique[skill.name] = skill
        return unique


def find_skills(text: str) -> list[ExtractedSkill]:
    """Every taxonomy skill in the text with its offsets (no required/preferred reading)."""
    return [_skill(match, required=True) for match in taxonomy().find(text)]


def _skill(match: Match, *, required: bool) -> ExtractedSkill:
    term = match.term
    return ExtractedSkill(
        term.canonical,
        match.text,
        match.start,
        match.end,
        term.type,
        required,
        "taxonomy",
        term.form,
    )


def check_posting(text: str) -> str:
    """The posting's text, or PostingError if it is empty or too long."""
    if not isinstance(text, str) or not text.strip():
        raise PostingError("The posting is empty. Paste the job description's text.")
    if len(text) > MAX_POSTING_CHARACTERS:
        raise PostingError(
            f"The posting has {len(text):,} characters; the limit is {MAX_POSTING_CHARACTERS:,}. "
            "Paste only the job description."
        )
    return text


def extract_requirements(text: str) -> Requirements:
    """Everything the posting asks for. Raises PostingError for empty or oversized text."""
    check_posting(text)
    lines = _lines(text)
    requirements = Requirements()
    _read_title_and_company(lines, requirements)
    requirements.seniority = _first(SENIORITY, requirements.title) or _first(SENIORITY, text[:600])
    requirements.employment_type = _first(EMPLOYMENT_TYPES, text)
    requirements.remote_policy = _first(REMOTE_POLICIES, text)
    _read_years(text, requirements)
    _read_education(text, requirements)

    company_spans = _spans_of(requirements.company, text)
    for line in lines:
        level = _level(line)
        if (
            line.kind in ("required", "preferred", "duty")
            and not line.heading
            and len(line.text.split()) >= 2
        ):
            (requirements.preferred if level == "preferred" else requirements.required).append(
                line.text.strip(" -•*·")
            )
        for match in taxonomy().find(line.text, technical=line.kind in ("required", "preferred")):
            absolute = match.start + line.start
            if any(start <= absolute < end for start, end in company_spans):
                continue  # "Brightwave Analytics" is a name, not a requirement for analytics
            sentence = _sentence_around(line.text, match.start)
            required = level != "preferred" and not PREFERRED_CUE.search(sentence)
            if REQUIRED_CUE.search(sentence) and not PREFERRED_CUE.search(sentence):
                required = True
            if line.kind == "aside":
                required = False
            shifted = Match(
                match.term,
                match.text,
                match.start + line.start,
                match.end + line.start,
                match.ambiguous,
            )
            requirements.skills.append(_skill(shifted, required=required))
            context = requirements.skill_context.setdefault(match.term.canonical, [])
            context.extend(word for word in _content_words(sentence) if word not in context)
    requirements.keywords = list(
        dict.fromkeys(s.name for s in requirements.skills if s.type == "domain")
    )
    return requirements


@dataclass
class _Line:
    text: str
    start: int
    kind: str  # required | preferred | duty | aside | other
    heading: bool


def _lines(text: str) -> list[_Line]:
    lines, kind, offset = [], "other", 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        content = stripped.strip("#*_:-–• ").strip()
        bullet = stripped[:1] in "-•*·▪" and not stripped.startswith("**")
        heading = (
            bool(content)
            and not bullet
            and len(content.split()) <= 7
            and (
                stripped.endswith(":")
                or stripped.startswith("#")
                or content.isupper()
                or _is_heading(content)
            )
        )
        if heading:
            kind = (
                "preferred" if PREFERRED_HEADINGS.match(content)
                else "required" if REQUIRED_HEADINGS.match(content)
                else "duty" if DUTY_HEADINGS.match(content)
                else "aside" if ASIDE_HEADINGS.match(content)
                else kind
            )  # fmt: skip
        lines.append(_Line(raw.rstrip("\r\n"), offset, kind, heading))
        offset += len(raw)
    return lines


def _is_heading(content: str) -> bool:
    """A known heading written on its own ("Nice to have"), not a sentence that starts like one."""
    patterns = (PREFERRED_HEADINGS, REQUIRED_HEADINGS, DUTY_HEADINGS, ASIDE_HEADINGS)
    return (
        len(content.split()) <= 5
        and not content.endswith(".")
        and any(
            (found := pattern.match(content)) and found.end() >= len(content.rstrip(" :!")) - 1
            for pattern in patterns
        )
    )


def _level(line: _Line) -> str:
    if line.kind == "preferred" or PREFERRED_CUE.search(line.text):
        return "preferred"
    return "required"


def _spans_of(name: str, text: str) -> list[tuple[int, int]]:
    if len(name) < 3:
        return []
    return [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]


def _sentence_around(text: str, position: int) -> str:
    start = max(text.rfind(". ", 0, position), text.rfind("; ", 0, position)) + 1
    ends = [i for i in (text.find(". ", position), text.find("; ", position)) if i != -1]
    return text[start : min(ends) if ends else len(text)]


CONTEXT_STOPWORDS = context_words("stopwords")


def _content_words(text: str) -> list[str]:
    words = re.findall(r"[a-z][a-z+#-]{2,}", text.lower())
    return [word for word in dict.fromkeys(words) if word not in CONTEXT_STOPWORDS][:30]


def _first(options: list[tuple[str, str]], text: str) -> str:
    for name, pattern in options:
        if re.search(pattern, text, re.IGNORECASE):
            return name
    return ""


def _read_title_and_company(lines: list[_Line], requirements: Requirements) -> None:
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
            elif name in ("location", "based in") and not requirements.location:
                requirements.location = value
    head = "\n".join(line.text for line in lines[:15])
    for pattern in (HIRING_RE, JOIN_RE):
        found = (
            pattern.search(head)
            if pattern is JOIN_RE
            else next(
                (
                    pattern.match(line.text.strip())
                    for line in lines[:15]
                    if pattern.match(line.text.strip())
                ),
                None,
            )
        )
        if found:
            requirements.company = requirements.company or found["company"].strip()
            requirements.title = requirements.title or found["title"].strip()
    if not requirements.title:
        for line in lines[:8]:
            candidate = line.text.strip(" #*")
            at = AT_RE.match(candidate)
            if at and TITLE_WORDS.search(at["title"]):
                requirements.title = at["title"].strip()
                requirements.company = requirements.company or at["company"].strip()
                break
            if (
                candidate
                and len(candidate.split()) <= 8
                and TITLE_WORDS.search(candidate)
                and not candidate.endswith(".")
            ):
                requirements.title = candidate
                break
    if not requirements.company:
        about = re.search(
            r"^\s*#*\s*about\s+(?!us\b|the\b|you\b|this\b)(?P<company>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*:?\s*$",
            head + "\n" + "\n".join(line.text for line in lines),
            re.MULTILINE,
        )
        if about:
            requirements.company = about["company"]
    if not requirements.location:
        based = re.search(
            r"\b(?:based in|located in|location)\s*:?\s+(?P<place>[A-Z][\w .'-]+?(?:,\s*[A-Z][\w .'-]+)?)(?=[.\n;(]|$)",
            "\n".join(line.text for line in lines),
        )
        if based:
            requirements.location = based["place"].strip()


def _read_years(text: str, requirements: Requirements) -> None:
    """The experience asked for: the first "N+ years" that is about experience."""
    for match in YEARS_RE.finditer(text):
        after = match["after"].lower()
        before = text[max(0, match.start() - 40) : match.start()].lower()
        if (
            "experience" in after
            or "experience" in before
            or re.search(r"\b(?:in|of|with|working|building|developing)\b", after)
        ):
            if "old" in after or "ago" in after:
                continue
            requirements.years_min = int(match["min"])
            requirements.years_max = int(match["max"]) if match["max"] else None
            return


def _read_education(text: str, requirements: Requirements) -> None:
    """The lowest degree the posting accepts ("Bachelor's or Master's" asks for a Bachelor's)."""
    found = []
    for level, rank, pattern in EDUCATION_LEVELS:
        for match in re.finditer(pattern, text, re.IGNORECASE):
            context = text[max(0, match.start() - 60) : match.end() + 60].lower()
            if re.search(
                r"degree|diploma|graduate|education|bachelor|master|phd|doctor|in computer|in engineering|qualification|field|major|equivalent",
                context,
            ):
                found.append((rank, level))
                break
    if found:
        rank, level = min(found)
        requirements.education_level, requirements.education_rank = level, rank
    field = EDUCATION_FIELD_RE.search(text)
    if field:
        requirements.education_field = re.sub(
            r"\s+(?:or|and)\s+(?:a\s+)?related(?:\s+field)?.*$", "", field["field"]
        ).strip(" ,")
