"""Read a job posting: what it asks for, and how much. Plain Python, offline.

`extract_requirements(text)` finds the title, company, seniority, years of
experience, education (level, field, and whether it is required), employment
type, location and remote policy, the qualification lines (required or
preferred) and duties, and every skill with its canonical name, the exact text
it matched and its offsets in the posting.

Whether a skill is required or preferred comes first from its sentence
("... is a plus", "must have ...") and then from the section it sits in
("Nice to have", "Requirements"). Skills named where the posting talks about
the company, its benefits or how to apply ("About us", "We offer", the
opening paragraph of a posting that has a requirements section) are
mentions: shown, but not asked of the candidate.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from jobs.taxonomy import Match, context_words, taxonomy

MAX_POSTING_CHARACTERS = 100_000
APOSTROPHE = "(?:'|’)"

PREFERRED_HEADINGS = re.compile(
    rf"^(?:preferred|desirable|bonus|additional|nice[- ]to[- ]haves?|pluses|bonus points|it{APOSTROPHE}s a plus|a plus|"
    rf"extra credit|even better|good to have|great to have|ideally|desired(?! skills and experience)|"
    rf"what would make you stand out|you might also have|we{APOSTROPHE}d love (?:it )?if you)\b",
    re.IGNORECASE,
)
REQUIRED_HEADINGS = re.compile(
    rf"^(?:(?:minimum|basic|required|key|essential|core|must[- ]have|technical|job|candidate|position|desired)\s+)?"
    rf"(?:qualifications?|requirements?|skills?|experience|competenc(?:e|ies)|"
    rf"skills?,? (?:and|&) (?:experience|qualifications|abilities|competencies)|knowledge,? skills,? (?:and|&) abilities|"
    rf"education and experience|experience and qualifications|what you{APOSTROPHE}ll (?:need|bring)|what you (?:need|bring|have)|"
    rf"what we{APOSTROPHE}re looking for|what we are looking for|who we{APOSTROPHE}re looking for|who we are looking for|"
    rf"(?:the )?ideal candidate|who you are|about you|you have|you bring|you are|you{APOSTROPHE}ll need|you should have|"
    rf"must haves?|your profile|profile|your skills|your background|your experience|we expect|what it takes)\b",
    re.IGNORECASE,
)
DUTY_HEADINGS = re.compile(
    rf"^(?:(?:key|main|primary|essential|core|your)\s+)?(?:responsibilities|duties|tasks|accountabilities|"
    rf"essential duties(?: and responsibilities)?|what you{APOSTROPHE}ll (?:do|be doing|work on)|what you will do|"
    rf"about the (?:role|job|position|opportunity)|about this (?:role|job|position)|the role|your role|the job|"
    rf"the opportunity|role description|job description|position summary|job summary|role summary|your mission|"
    rf"day[- ]to[- ]day|in this role)\b",
    re.IGNORECASE,
)
ASIDE_HEADINGS = re.compile(
    rf"^(?:about\b|benefits|perks|what we offer|we offer|why (?:join|work)|compensation|salary|pay\b|our values|"
    rf"our culture|culture|life at|equal opportunit|eeo|how to apply|application process|hiring process|interview process|"
    rf"diversity|our commitment|who we are|our mission|our story|the company|company (?:description|overview)|"
    rf"working at|additional information|what{APOSTROPHE}s in it for you)",
    re.IGNORECASE,
)
# Lines outside any heading that are about the employer, not the candidate.
ASIDE_LINE = re.compile(
    r"^\W*(?:we offer|what we offer|we provide|benefits include|perks include|salary|compensation|pay range|"
    r"the (?:base )?salary|base pay|to apply|how to apply|apply (?:now|today|here|with|by|online)|go ahead and apply|"
    r"please apply|please send|send (?:us )?your)\b"
    r"|\bequal (?:opportunity|employment opportunity) employer\b|\breasonable accommodations?\b"
    r"|\bregardless of (?:race|age|gender|religion)\b",
    re.IGNORECASE,
)
# An opening line that asks something of the candidate, not one describing the company.
INTRO_ASKS = re.compile(
    rf"\b(?:you|your|candidates?|looking for|seeking|we need|required|must|should have|experience (?:in|with)|"
    rf"proficien\w+|knowledge of|you{APOSTROPHE}ll)\b",
    re.IGNORECASE,
)
PREFERRED_CUE = re.compile(
    r"\b(?:preferred|nice to have|nice-to-have|a plus|is a plus|are a plus|plus\b|bonus|desirable|desired|ideally|"
    r"advantageous|an advantage|beneficial|good to have|would be great|not required|optional|helpful|an asset)",
    re.IGNORECASE,
)
REQUIRED_CUE = re.compile(
    r"\b(?:must|required|requires|essential|mandatory|minimum|at least|need to|you have|strong)\b",
    re.IGNORECASE,
)
EXPLICITLY_REQUIRED = re.compile(
    r"\b(?:must(?! not)|(?<!not )required|mandatory|essential)\b", re.IGNORECASE
)
# "our customer success team", "sales and marketing teams": a group of people, not a skill.
TEAM_AFTER_RE = re.compile(
    r"^(?:[\s,&/]+(?:and|or)?\s*[\w-]+){0,2}?\s+(?:teams?|department|departments|org|organi[sz]ation|"
    r"function|functions|colleagues|counterparts|leaders|leadership|partners|stakeholders|reps|staff)\b",
    re.IGNORECASE,
)
TEAM_BREAK_RE = re.compile(
    r"\b(?:for|to|with|in|on|at|of|by|across|from|who|that|which|using|through)\b", re.IGNORECASE
)
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15}  # fmt: skip
_NUMBER = r"\d{1,2}|" + "|".join(NUMBER_WORDS)
YEARS_RE = re.compile(
    rf"(?P<min>{_NUMBER})\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*(?P<max>{_NUMBER})\s*)?(?:\+\s*)?(?:\(\d{{1,2}}\)\s*)?"
    rf"(?:years?|yrs?)\b(?P<after>[^.\n]{{0,60}})",
    re.IGNORECASE,
)
EDUCATION_LEVELS = [  # (level, rank, pattern); rank orders levels for matching against a resume
    ("PhD", 5, r"\b(?:ph\.?\s?d|doctorate|doctoral)\b"),
    (
        "Master's",
        4,
        r"\b(?:master(?:'s|’s|s)?|m\.?s\.?c?|msc|m\.?eng|mba|msn|m\.?a\.?)\b(?=[\s,/'’.)-]|$)",
    ),
    (
        "Bachelor's",
        3,
        r"\b(?:bachelor(?:'s|’s|s)?|b\.?s\.?c?|bsc|bsn|b\.?a\.?|b\.?eng|b\.?tech|undergraduate degree|university degree|college degree|4-year degree|four-year degree)\b(?=[\s,/'’.)-]|$)",
    ),
    ("Associate's", 2, r"\bassociate(?:'s|’s)? degree\b"),
    ("High school", 1, r"\b(?:high school|secondary school|ged)\b"),
]
EDUCATION_CONTEXT = re.compile(
    r"degree|diploma|graduate|education|bachelor|master|phd|doctor|in computer|in engineering|qualification|"
    r"field|major|equivalent",
    re.IGNORECASE,
)
# "A degree in Marketing" names no level; read it as the usual one, a Bachelor's.
GENERIC_DEGREE_RE = re.compile(
    r"\b(?:a|an|relevant|related|university|college|academic|technical)\s+(?:\w+\s+)?degree\b|\bdegree in\b",
    re.IGNORECASE,
)
EDUCATION_FIELD_RE = re.compile(
    r"(?i:\b(?:degree|diploma|bachelor(?:'s|’s|s)?|master(?:'s|’s|s)?|ph\.?\s?d\.?|doctorate|bsc?|ba|msc?|ma|mba|bsn|msn)\b)"
    r"[^.\n;:]{0,30}?\b(?i:in)\s+(?P<field>[A-Za-z][\w&'’\-]*(?:(?:\s*,\s*|\s*/\s*|\s+)[A-Za-z][\w&'’\-]*){0,9})"
)
FIELD_END_RE = re.compile(
    r"(?:,?\s+(?:or|and)\s+(?:a\s+|an\s+|another\s+)?(?:related|similar|equivalent|relevant|comparable|other)\b.*"
    r"|\s+(?:with|from|at|required|preferred|is|are|or equivalent|and/or|plus|including|as|would|will|that|which|"
    r"who|to|for|by|or higher|strongly)\b.*)$",
    re.IGNORECASE,
)
ROLE_WORDS = (
    r"engineer|developer|manager|designer|analyst|scientist|architect|director|lead|specialist|consultant|"
    r"administrator|coordinator|assistant|associate|intern|officer|representative|executive|accountant|nurse|"
    r"writer|editor|researcher|technician|recruiter|marketer|strategist|producer|head|vp|president|owner|teacher|"
    r"programmer|tester|operator|advisor|adviser|auditor|controller|clerk|agent|therapist|pharmacist|physician|"
    r"lawyer|attorney|paralegal|electrician|mechanic|chef|cook|driver|supervisor|planner|buyer|economist|"
    r"statistician|actuary|banker|trader|underwriter|postdoc|fellow|professor|lecturer|instructor|tutor|"
    r"counselor|counsellor|caregiver|receptionist|cashier"
)
TITLE_WORDS = re.compile(rf"\b(?:{ROLE_WORDS})s?\b", re.IGNORECASE)
SENIORITY = [  # checked in order against the title
    ("Executive", r"\b(?:chief|cto|ceo|cfo|coo|cio|ciso|vp|svp|evp|vice president|head of)\b"),
    ("Director", r"\bdirector\b"),
    ("Principal", r"\bprincipal\b"),
    (
        "Staff",
        r"\bstaff\b(?=\s+(?:software|data|machine|ml|security|site|platform|frontend|front-end|backend|"
        r"back-end|full[- ]stack|product|research|infrastructure|systems|mobile|ios|android|cloud|devops)?\s*"
        r"(?:engineer|scientist|developer|designer|architect|researcher))",
    ),
    ("Lead", r"\b(?:lead|tech lead|team lead)\b"),
    ("Senior", r"\b(?:senior|sr\.?)\b"),
    ("Manager", r"\bmanager\b"),
    ("Mid-level", r"\b(?:mid[- ]level|intermediate|mid[- ]senior)\b"),
    ("Junior", r"\b(?:junior|jr\.?|entry[- ]level|graduate|new grad)\b"),
    ("Intern", r"\b(?:intern|internship|trainee|apprentice|apprenticeship)\b"),
]
ROMAN_LEVELS = {"I": "Junior", "II": "Mid-level", "III": "Senior", "IV": "Senior", "V": "Principal"}
ROMAN_RE = re.compile(rf"\b(?i:{ROLE_WORDS})s?\s+(?P<level>I{{1,3}}|IV|V)\b")
SENIORITY_LABEL_RE = re.compile(
    r"\b(?:experience level|seniority(?: level)?|career level|level)\s*:\s*(?P<value>[^\n]{2,40})|"
    r"\b(?P<phrase>senior|junior|entry|mid)[- ]level\s+(?:role|position|candidates?)\b",
    re.IGNORECASE,
)
EMPLOYMENT_TYPES = [
    ("Internship", r"\binternship\b"),
    ("Full-time", r"\b(?:full[- ]time|permanent(?: contract| position| role)?)\b"),
    ("Part-time", r"\bpart[- ]time\b"),
    (
        "Contract",
        r"\b(?:contract(?:or)?(?:[- ]to[- ]hire)?|fixed[- ]term|freelance|temporary|temp|1099)\b"
        r"(?!\s+(?:negotiations?|management|law|review|drafting|terms|manufacturing|administration))",
    ),
]
REMOTE_POLICIES = [
    (
        "Hybrid",
        r"\bhybrid\b(?![- ](?:cloud|apps?|applications?|mobile|infrastructure|environments?|architectures?|"
        r"solutions?|vehicles?|integration|approach))",
    ),
    (
        "Remote",
        r"\b(?:fully remote|100% remote|remote[- ]first|remote[- ]friendly|remote only|work from (?:home|anywhere)|"
        r"wfh|remote)\b(?![- ](?:teams?|colleagues|collaborat\w*|members|sites?|monitoring|access|sensing|control|"
        r"devices?|servers?|support|locations?|employees|workers|staff|engineers?|offices?|patient)\b)",
    ),
    (
        "On-site",
        r"\b(?:on[- ]site|onsite|in[- ]office|in the office|office[- ]based|in[- ]person)\b"
        r"(?![- ](?:visits?|support|training|interviews?|gym|cafeteria|parking|childcare))",
    ),
]
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
HEADER_SEPARATOR_RE = re.compile(r"\s+[·•|–—]\s+|\s+-\s+|\s*\|\s*|\s*·\s*")
PLACE_RE = re.compile(
    r"^[A-Z][\w .'’-]+,\s*(?:[A-Z]{2}\b|[A-Z][\w .'’-]+)(?:,\s*[A-Z][\w .'’-]+)?$"
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
    mention: bool = False  # named about the company or its benefits, not asked of the candidate

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def level(self) -> str:
        """required, preferred or mention: how the posting asks for it."""
        return "mention" if self.mention else "required" if self.required else "preferred"


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
    education_required: bool = True
    employment_type: str = ""
    location: str = ""
    remote_policy: str = ""
    skills: list[ExtractedSkill] = field(default_factory=list)
    required: list[str] = field(default_factory=list)  # qualification lines
    preferred: list[str] = field(default_factory=list)
    duties: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)  # domain and industry terms
    # Content words around each skill in the posting, to find the resume bullet it belongs in.
    skill_context: dict[str, list[str]] = field(default_factory=dict)
    enriched_by: str = ""  # the model that added skills, when an LLM pass ran

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["skills"] = [skill.to_dict() for skill in self.skills]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Requirements:
        known = {item.name for item in fields(cls)}
        skill_fields = {item.name for item in fields(ExtractedSkill)}
        values = {key: value for key, value in (data or {}).items() if key in known}
        values["skills"] = [
            ExtractedSkill(**{k: v for k, v in skill.items() if k in skill_fields})
            for skill in values.get("skills", [])
        ]
        return cls(**values)

    def unique_skills(
        self, *, types: tuple[str, ...] | None = None, mentions: bool = True
    ) -> dict[str, ExtractedSkill]:
        """One entry per canonical skill (its strongest mention: required, then preferred), in order."""
        rank = {"required": 0, "preferred": 1, "mention": 2}
        unique: dict[str, ExtractedSkill] = {}
        for skill in self.skills:
            if (types and skill.type not in types) or (skill.mention and not mentions):
                continue
            if skill.name not in unique or rank[skill.level] < rank[unique[skill.name].level]:
                unique[skill.name] = skill
        return unique


def find_skills(text: str) -> list[ExtractedSkill]:
    """Every taxonomy skill in the text with its offsets (no required/preferred reading)."""
    return [_skill(match, required=True) for match in taxonomy().find(text)]


def _skill(
    match: Match, *, required: bool, offset: int = 0, mention: bool = False
) -> ExtractedSkill:
    term = match.term
    return ExtractedSkill(
        term.canonical,
        match.text,
        match.start + offset,
        match.end + offset,
        term.type,
        required and not mention,
        "taxonomy",
        term.form,
        mention,
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
    requirements.seniority = _seniority(requirements.title, text)
    requirements.employment_type = _earliest(EMPLOYMENT_TYPES, text)
    requirements.remote_policy = _earliest(REMOTE_POLICIES, text)
    asking = [line for line in lines if line.kind not in ("aside", "intro")]
    _read_years(asking, requirements)
    _read_education(asking, requirements)

    company_spans = _spans_of(requirements.company, text)
    # "MS in Statistics or Economics" is the education asked for, read above, not two skills.
    field_spans = [
        (line.start + found.start("field"), line.start + found.end("field"))
        for line in asking
        for found in EDUCATION_FIELD_RE.finditer(line.text)
    ]
    for line in lines:
        _collect_line(line, requirements)
        listed = line.kind in ("required", "preferred")
        for match in taxonomy().find(line.text, technical=listed):
            absolute = match.start + line.start
            if any(start <= absolute < end for start, end in company_spans + field_spans):
                continue  # "Brightwave Analytics" is a name, not a requirement for analytics
            if _names_a_team(line.text, match):
                continue
            sentence = _sentence_around(line.text, match.start)
            mention = line.kind in ("aside", "intro") or (
                line.opening and not INTRO_ASKS.search(sentence)
            )
            if mention and match.term.source != "curated":
                continue  # ESCO's everyday phrases ("team building") say little in a company blurb
            required = line.kind != "preferred" and not PREFERRED_CUE.search(sentence)
            if REQUIRED_CUE.search(sentence) and not PREFERRED_CUE.search(sentence):
                required = True
            requirements.skills.append(
                _skill(match, required=required, offset=line.start, mention=mention)
            )
            if not mention:
                context = requirements.skill_context.setdefault(match.term.canonical, [])
                context.extend(word for word in _content_words(sentence) if word not in context)
    requirements.keywords = list(
        dict.fromkeys(s.name for s in requirements.skills if s.type == "domain")
    )
    return requirements


def _names_a_team(text: str, match: Match) -> bool:
    """ "our customer success team": the skill names a group the candidate works with."""
    if match.term.type not in ("hard", "domain"):
        return False
    after = text[match.end : match.end + 60]
    found = TEAM_AFTER_RE.match(after)
    return bool(found) and not TEAM_BREAK_RE.search(found.group())


def _collect_line(line: _Line, requirements: Requirements) -> None:
    """Keep a qualification or duty line in its list."""
    if line.heading or len(line.text.split()) < 2:
        return
    cleaned = line.text.strip().strip("-•*·▪◦‣●").strip()
    if line.kind == "duty":
        requirements.duties.append(cleaned)
    elif line.kind == "preferred":
        requirements.preferred.append(cleaned)
    elif line.kind == "required":
        preferred = PREFERRED_CUE.search(line.text) and not EXPLICITLY_REQUIRED.search(line.text)
        (requirements.preferred if preferred else requirements.required).append(cleaned)


@dataclass
class _Line:
    text: str
    start: int
    kind: str  # title | intro | required | preferred | duty | aside | other
    heading: bool
    opening: bool = False  # before the first heading; only its sentences that ask something count


def _heading_kind(content: str) -> str:
    for kind, pattern in (("preferred", PREFERRED_HEADINGS), ("required", REQUIRED_HEADINGS),
                          ("duty", DUTY_HEADINGS), ("aside", ASIDE_HEADINGS)):  # fmt: skip
        if pattern.match(content):
            return kind
    return ""


def _lines(text: str) -> list[_Line]:
    """The posting's lines, each with the kind of section it sits in."""
    lines, kind, offset = [], "intro", 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        content = stripped.strip("#*_:-–• ").strip()
        bullet = stripped[:1] in "-•*·▪◦‣●" and not stripped.startswith("**")
        heading = (
            bool(content)
            and not bullet
            and len(content.split()) <= 7
            and (
                stripped.endswith(":")
                or stripped.startswith("#")
                or (content.isupper() and len(content) > 3)
                or _is_heading(content)
            )
        )
        line_kind = kind
        if heading:
            kind = _heading_kind(content) or ("other" if kind == "intro" else kind)
            line_kind = kind
        elif stripped and ASIDE_LINE.search(stripped):
            line_kind = "aside"
        lines.append(_Line(raw.rstrip("\r\n"), offset, line_kind, heading))
        offset += len(raw)
    _mark_opening(lines)
    return lines


def _mark_opening(lines: list[_Line]) -> None:
    """The first line is the title; the opening lines are a mention unless they ask something.

    A posting with no requirement or duty section at all is read as a whole: then
    every line asks something.
    """
    structured = any(line.kind in ("required", "preferred", "duty") for line in lines)
    first = next((line for line in lines if line.text.strip()), None)
    for line in lines:
        if line.kind != "intro":
            continue
        if line is first:
            line.kind = "title"
        elif not structured or INTRO_ASKS.search(line.text):
            line.kind, line.opening = "other", structured


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


def _earliest(options: list[tuple[str, str]], text: str) -> str:
    """The option the posting names first ("Full-time" before a later "contract negotiation")."""
    best, position = "", len(text) + 1
    for name, pattern in options:
        found = re.search(pattern, text, re.IGNORECASE)
        if found and found.start() < position:
            best, position = name, found.start()
    return best


def _seniority(title: str, text: str) -> str:
    for name, pattern in SENIORITY:
        if re.search(pattern, title, re.IGNORECASE):
            return name
    roman = ROMAN_RE.search(title)
    if roman:
        return ROMAN_LEVELS[roman["level"]]
    label = SENIORITY_LABEL_RE.search(text)
    if label:
        value = label["value"] or f"{label['phrase']} level"
        for name, pattern in SENIORITY:
            if re.search(pattern, value, re.IGNORECASE):
                return name
        if re.match(r"\s*entry", value, re.IGNORECASE):
            return "Junior"
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
            elif "location" in name or name == "based in":
                requirements.location = requirements.location or value
    head = [line.text.strip() for line in lines[:15]]
    for text in head:
        found = HIRING_RE.match(text) or JOIN_RE.search(text)
        if found:
            requirements.company = requirements.company or found["company"].strip()
            requirements.title = requirements.title or found["title"].strip()
            break
    opening = [line for line in lines[:12] if line.text.strip() and not line.heading][:6]
    title_line = None
    if not requirements.title:
        for line in opening[:4]:
            candidate = line.text.strip(" #*")
            at = AT_RE.match(candidate)
            if at and TITLE_WORDS.search(at["title"]):
                requirements.title = at["title"].strip()
                requirements.company = requirements.company or at["company"].strip()
                title_line = line
                break
            if (
                len(candidate.split()) <= 12
                and TITLE_WORDS.search(candidate)
                and not candidate.endswith(".")
            ):
                requirements.title = _title_and_header(candidate, requirements)
                title_line = line
                break
    _read_header(opening, title_line, requirements)
    if not requirements.company:
        about = ABOUT_COMPANY_RE.search("\n".join(line.text for line in lines))
        if about:
            requirements.company = about["company"]
    if not requirements.location:
        based = BASED_RE.search("\n".join(line.text for line in lines))
        if based:
            requirements.location = based["place"].strip()


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
        return "place"
    return ""


def _title_and_header(title: str, requirements: Requirements) -> str:
    """The title without what follows it on its line ("- Contract, 6 months", "· Remote (US)")."""
    parts = [part.strip() for part in HEADER_SEPARATOR_RE.split(title) if part.strip()]
    kept = [parts[0]]
    for part in parts[1:]:
        kind = _header_kind(part)
        if kind == "place" or (kind == "remote" and len(part.split()) > 1):
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
        if (
            text.endswith(".")
            or len(text.split()) > 15
            or line.kind not in ("intro", "other", "title")
        ):
            break
        parts = [part.strip() for part in HEADER_SEPARATOR_RE.split(text) if part.strip()]
        if len(parts) < 2 and not PLACE_RE.match(text) and _header_kind(text) != "remote":
            continue
        for part in parts:
            kind = _header_kind(part)
            place = re.sub(r"\s*\([^)]*\)\s*$", "", part)
            if kind == "place" or (kind == "remote" and len(part.split()) > 1):
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


def _read_years(lines: list[_Line], requirements: Requirements) -> None:
    """The experience asked for: the first "N+ years" that is about experience."""
    for line in lines:
        for match in YEARS_RE.finditer(line.text):
            after = match["after"].lower()
            before = line.text[max(0, match.start() - 40) : match.start()].lower()
            if not (
                "experience" in after
                or "experience" in before
                or re.search(r"\b(?:in|of|with|working|building|developing|as)\b", after)
            ):
                continue
            if re.search(r"\b(?:old|ago|of age|warranty|contract|history)\b", after):
                continue
            requirements.years_min = _number(match["min"])
            requirements.years_max = _number(match["max"]) if match["max"] else None
            return


def _number(value: str) -> int:
    return int(value) if value.isdigit() else NUMBER_WORDS[value.lower()]


def _read_education(lines: list[_Line], requirements: Requirements) -> None:
    """The lowest degree the posting accepts ("Bachelor's or Master's" asks for a Bachelor's)."""
    found: list[tuple[int, str, _Line, int]] = []
    for line in lines:
        for level, rank, pattern in EDUCATION_LEVELS:
            for match in re.finditer(pattern, line.text, re.IGNORECASE):
                context = line.text[max(0, match.start() - 60) : match.end() + 60]
                if EDUCATION_CONTEXT.search(context):
                    found.append((rank, level, line, match.start()))
                    break
    if not found:
        generic = [
            (3, "Bachelor's", line, m.start())
            for line in lines
            for m in [GENERIC_DEGREE_RE.search(line.text)]
            if m
        ]
        found = generic[:1]
    if found:
        rank, level, line, position = min(found, key=lambda item: item[0])
        requirements.education_level, requirements.education_rank = level, rank
        clause = _sentence_around(line.text, position)
        requirements.education_required = line.kind != "preferred" and not (
            PREFERRED_CUE.search(clause) and not EXPLICITLY_REQUIRED.search(clause)
        )
    for line in lines:
        match = EDUCATION_FIELD_RE.search(line.text)
        if match:
            requirements.education_field = _clean_field(match["field"])
            if requirements.education_field:
                break


def _clean_field(raw: str) -> str:
    """ "Statistics, Economics or a related field" -> "Statistics, Economics"."""
    text = FIELD_END_RE.sub("", raw).strip(" ,/")
    text = re.sub(r"^(?:a|an|the|one of)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"[\s,/]+(?:or|and)$", "", text).strip(" ,/")
    return text if 0 < len(text.split()) <= 10 else ""
