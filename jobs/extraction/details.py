"""Years of experience, education, seniority, employment type and remote policy.

Read from the clauses that ask something of the candidate (never from the
company blurb or benefits), each clause on its own.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from jobs.extraction.model import Requirements
from jobs.extraction.prefilter import LongTextPattern, PatternGroup, QuickPattern
from jobs.extraction.roles import (
    NEXT_ASK_OPENERS,
    cue,
    is_preferred,
    preferred_list_parts,
    preferred_part,
    without_preferred_aside,
)
from jobs.extraction.segmentation import Clause
from jobs.taxonomy import taxonomy

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fifteen": 15,
}
_NUMBER = r"\d{1,2}|" + "|".join(NUMBER_WORDS)
YEARS_RE = re.compile(
    rf"(?P<min>{_NUMBER})\s*(?:\+|plus|or more\b)?\s*"
    rf"(?:(?:-|–|to)\s*(?P<max>{_NUMBER})\s*)?(?:\+\s*)?(?:\(\d{{1,2}}\)\s*)?"
    rf"(?:years?|yrs?)\b(?P<after>[^.\n]{{0,60}})",
    re.IGNORECASE,
)
# After "N years": what makes them years of experience, and what makes them something else.
YEARS_OF_RE = re.compile(r"\b(?:in|of|with|working|building|developing|as)\b")
# Before "N years": what makes N the most years the post is for, not the least it asks.
UP_TO_RE = re.compile(r"\b(?:up to|no more than|less than|under|at most|maximum of)\s*$")
NOT_EXPERIENCE_RE = re.compile(r"\b(?:old|ago|of age|warranty|contract|history)\b")
# (level, rank, pattern); rank orders levels for matching against a resume. A new way to write
# a Master's or a Bachelor's must start with a word DEGREE_WORD_RE finds (a test checks).
EDUCATION_LEVELS = [
    (
        "PhD",
        5,
        r"\b(?:ph\.?\s?d|doctorate|doctoral|pharm\.?\s?d|dnp|dpt|dds|dmd|doctor of "
        r"(?:pharmacy|medicine|"
        r"dental \w+|physical therapy|nursing practice|veterinary medicine|philosophy))\b",
    ),
    (
        "Master's",
        4,
        # A bare "Master" before another word is a degree only before the words that go with
        # one ("Masters in", "Master of", "Master degree"); before any other word, or after
        # a method's name, it is a rank in a trade or a role ("Master Plumber", "Master Data",
        # "Scrum Master"), not a degree.
        r"\b(?:master(?:'s|’s)|(?<!scrum )(?<!quiz )(?<!web )(?<!post )(?<!yard )(?<!grand )"
        r"(?<!head )(?<!toast )(?<!station )masters?(?!\s+(?!(?:of|in|degrees?|level|program|"
        r"programme|diploma|qualification|or|and|required|preferred|from|with|plus|is|are|"
        r"preferably|education|studies|holders?|graduates?|candidates?)\b)[a-z])|"
        r"m\.?s\.?c?|msc|m\.?eng|mba|msn|m\.?a\.?|m\.?pharm|m\.?com|m\.?tech|"
        # "Postgraduate degree in Economics", "advanced degree": a Master's or above, so a
        # Master's at least ("graduate degree" is a first degree to some Indian boards).
        r"post[- ]?graduate degrees?|advanced degrees?|"
        # "Post Graduation in Finance", "Postgraduate in Marketing": how Indian boards ask it
        r"post[- ]?graduat(?:e|ion)\s+(?:in|from))\b(?=[\s,/'’.)-]|$)",
    ),
    # "Postgraduate Diploma in Marketing", "PG Diploma", "PGDM" (India), "Graduate Certificate"
    # (Australia, UK, Canada): taken after a first degree and shorter than a Master's, so it
    # ranks between the two: a Bachelor's alone is one step short of it, and holding one
    # is one step short of a Master's.
    (
        "Postgraduate diploma",
        3.5,
        r"\b(?:post[- ]?graduate|pg|graduate)\s+(?:diploma|certificate)s?\b|"
        r"\b(?:pgdm|pgdba|pgdip|pgcert|pgce|grad\.?\s?dip|grad\.?\s?cert)\b",
    ),
    (
        "Bachelor's",
        3,
        # "B.Pharm", "B.Com": how Indian and other Commonwealth postings write them.
        r"\b(?:bachelor(?:'s|’s|s)?|b\.?s\.?c?|bsc|bsn|b\.?a\.?|b\.?eng|b\.?tech|b\.?pharm|b\.?com|"
        r"undergraduate degree|university degree|college degree|4-year degree|four-year "
        # "Any Graduate", "Graduate in any discipline", "Graduation in any stream": how Indian
        # and other boards ask for a first degree of no particular field.
        r"degree|any graduate|(?<!post )(?<!post-)graduat(?:e|ion)\s+(?:in|from)\s+any\s+"
        r"(?:discipline|field|stream|"
        r"subject|branch|specialization|specialisation))\b(?=[\s,/'’.)-]|$)",
    ),
    # "Associate or Bachelor's degree": the lower of the two is accepted.
    # "Diploma or Degree in Accounting": the post-secondary diploma of Commonwealth
    # countries (Malaysia, Singapore, India, Australia), below a degree; not "High school
    # diploma", "Postgraduate Diploma".
    (
        "Associate's",
        2,
        r"\bassociate(?:'s|’s)?(?: degree|\s*(?:or|/)\s*bachelor)|(?<!school )(?<!secondary )"
        r"(?<!graduate )(?<!postgraduate )(?<!advanced )(?<!pg )\bdiploma"
        # "Diploma in Nursing or Bachelor of Nursing": each with its field
        r"(?:\s+in\s+[a-z&'’-]+(?:\s+[a-z&'’-]+){0,3}?)?\s*(?:,\s*)?(?:or|/)\s*(?:an?\s+)?"
        r"(?:degree|bachelor)|"
        # Québec's college diplomas ("DEC or AEC in accounting"), in capitals only.
        r"(?-i:\b(?:DEC or|DEC ou|DEC in|DEC en|AEC or|AEC ou|AEC in|AEC en)\b)",
    ),
    # "Matric (Grade 12)" in South Africa, the Leaving Certificate in Ireland.
    (
        "High school",
        1,
        r"\b(?:high school|secondary school|ged|matric(?:ulation)?|grade 12|leaving certificate)\b",
    ),
]
EDUCATION_CONTEXT = re.compile(
    r"degree|diploma|graduat|education|bachelor|master|phd|doctor|in computer|in "
    r"engineering|qualification|"
    r"field|major|equivalent|"
    # A professional doctorate's letters are a degree's name on their own ("PharmD required").
    r"\bpharm\.?\s?d\b|\bdnp\b|\bdpt\b|\bd\.?d\.?s\b|\bd\.?m\.?d\b|"
    # "BS in Biology": a degree's letters with its subject
    r"\b[bm]\.?(?:sc?|a)\.?\s+in\s+[a-z]|"
    # "B.Pharm / M.Pharm or M.Sc.", "Matric (Grade 12)": names no other word has
    r"\b[bm]\.(?:pharm|com|tech|sc)\b|\bmatric|"
    # "PGDM in Finance", "PGCert": a postgraduate qualification's letters
    r"\bpg(?:dm|dba|dip|cert|ce)\b|"
    # "DEC or AEC in accounting": Québec's college diplomas, in capitals
    r"(?-i:\b(?:DEC|AEC)\s+(?:or|ou|in|en)\b)",
    re.IGNORECASE,
)
# "A degree in Marketing" names no level; read it as the usual one, a Bachelor's.
GENERIC_DEGREE_RE = re.compile(
    r"\b(?:a|an|relevant|related|university|college|academic|"
    r"technical)\s+(?:\w+\s+)?degree\b|\bdegree in\b",
    re.IGNORECASE,
)
# Every match of the Master's and Bachelor's patterns, of GENERIC_DEGREE_RE and of
# EDUCATION_FIELD_RE starts with or holds a word this finds ("master", "BSc", "M.S.", "MBA",
# "degree", "Ph"); most clauses hold none.
# Those patterns open on a word boundary and hold no fixed string of two letters (the
# prefilter's needles), so they were tried at every position of every clause; this pattern
# opens on one character class, which the regex engine scans for in C.
DEGREE_WORD_RE = re.compile(
    r"[BbDdMmPpGg](?<!\w.)(?i:egree|iploma|achelor|aster|octorate|h|(?<=[Gg])raduat|"
    r"(?<=[Pp])ostgraduat|"
    r"\.?(?:sc?|a|eng|tech|pharm|com)(?:\.|\b)|ba\b|sn\b)"
)
DEGREE_WORD_LEVELS = frozenset({"Master's", "Bachelor's"})
# Its degree words, too, must be ones DEGREE_WORD_RE finds.
# A comma goes on to another field ("Accounting, Finance or a related field") unless what
# follows opens a requirement of its own, as a preferred tail ends there too (roles.NEXT_ASK_RE):
# "Accounting, strong Excel skills, CPA preferred", "Finance, 3 years of audit"; or names a
# tool and what of it is asked ("Economics, Excel proficiency"). That part is
# read for its skills, not kept as the field.
OTHER_ASK_AFTER_COMMA = (
    rf"(?!(?:and\s+)?(?i:{NEXT_ASK_OPENERS})"
    # or names it after a tool: "Economics, Excel proficiency, SQL skills"
    r"|(?:[A-Za-z][\w&'’\-]*\s+){1,2}(?i:skills?|experience|proficiency|knowledge)\b)"
)
EDUCATION_FIELD_RE = re.compile(
    r"(?i:\b(?:degree|diploma|bachelor(?:'s|’s|s)?|master(?:'s|’s|s)?|ph\.?\s?d\.?|doctorate|bsc?|ba|msc?|ma|mba|bsn|msn|"
    # "Graduate Certificate in Project Management", "Post Graduation in Marketing"
    # (not "post-graduate experience in an emergency setting")
    r"(?:post[- ]?)?graduate certificates?)\b|\bpost[- ]?graduat(?:e|ion)(?=\s+in\b))"
    r"[^.\n;:]{0,30}?\b(?i:in)\s+(?P<field>"
    # "a quantitative field such as Econometrics, ...": the words that lead to the fields
    # (FIELD_EXAMPLES_RE) do not count against the fields' own
    r"(?i:(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}(?:fields?|disciplines?|subjects?|areas?)"
    r"(?:\s+of\s+study)?\s*,?\s+(?:such\s+as|like|including)\s+)?"
    r"[A-Za-z][\w&'’\-]*"
    rf"(?:(?:\s*,\s*{OTHER_ASK_AFTER_COMMA}|\s*/\s*|\s+)[A-Za-z][\w&'’\-]*){{0,9}})"
)
# Words that open or close a degree's name but name no field of study: "Bachelor's Degree",
# "a Relevant Degree", "Minimum Qualifications Degree".
NOT_A_FIELD_WORD = (
    r"(?:Bachelor|Master|Associate|Doctor|Doctoral|Doctorate|Undergraduate|Graduate|Postgraduate|"
    r"University|College|Relevant|Related|Technical|Advanced|Accredited|Recognised|Recognized|"
    r"Four|Two|Year|Honours|Honors|Professional|Academic|Tertiary|Formal|Higher|First|Second|Any|"
    r"Level|Education|Qualifications?|Requirements?|Minimum|Required|Preferred|Desired|Degree|"
    r"Diploma|Holder|Candidates?|In|Or|And|Of|From|With|A|An|The|BS|BA|BSc|MS|MSc|MBA|PhD)"
    r"(?:s|'s|’s)?(?![\w&'’-])"
)
FIELD_WORDS = (
    rf"(?-i:(?!{NOT_A_FIELD_WORD})[A-Z][\w&'’-]*"
    rf"(?:\s+(?:&\s+|and\s+)?(?!{NOT_A_FIELD_WORD})[A-Z][\w&'’-]*){{0,3}})"
)
# A degree named by its field, as EDUCATION_FIELD_RE's "degree in X" is: "a Computer Science
# degree", "Bachelor of Teaching", "Master of Public Health", "BSc Computer Science" (not
# "Bachelor of Science", which names its field after "in"; nor "MS Office").
# Several fields, the last offered in place of the others: "Computer Science, Mathematics or
# Physics". A list of names after a degree's letters ends in "or" ("BSc Computer Science,
# Mathematics or Physics"), as a list of fields does; "BSc Computer Science, Java and AWS" lists
# skills after the field.
FIELD_ALTERNATIVES = (
    rf"{FIELD_WORDS}(?:\s*,\s*{FIELD_WORDS}){{0,6}},?\s+(?:or|/)\s+{FIELD_WORDS}"
    rf"|{FIELD_WORDS}\s*/\s*{FIELD_WORDS}"
)
FIELD_NAMED_DEGREE_RES = (
    re.compile(rf"(?<![\w&'’-])(?P<field>{FIELD_ALTERNATIVES}|{FIELD_WORDS})\s+(?i:degree)\b"),
    re.compile(
        r"\b(?:Bachelor|Master|Associate|Doctor)(?:s|'s|’s)?\s+of\s+"
        r"(?!(?:Science|Arts|Applied\s+Science|Philosophy|Fine\s+Arts)\b)"
        rf"(?P<field>{FIELD_ALTERNATIVES}|{FIELD_WORDS})"
    ),
    re.compile(
        r"(?<![\w.])(?:BSc|BS|BA|BEng|BCom|BBA|BBus|MSc|MEng|MBA)\.?\s+"
        rf"(?P<field>{FIELD_ALTERNATIVES}|{FIELD_WORDS})"
    ),
)
FIELD_END_RE = re.compile(
    r"(?:,?\s+(?:or|and)\s+(?:a\s+|an\s+|another\s+)?(?:related|similar|equivalent|relevant|comparable|other)\b.*"
    r"|\s+(?:with|from|at|required|preferred|is|are|or equivalent|and/or|plus|including|as|"
    r"would|will|that|which|"
    r"who|to|for|by|or higher|strongly)\b.*"
    # "Diploma in Nursing or Bachelor of Nursing", "BSc in Physics, or MSc in Optics": the
    # field ends where another degree is offered in its place.
    r"|,?\s+(?:or|and/or)\s+(?:an?\s+)?(?:(?:bachelor|master|doctor|associate)(?:'s|’s|s)?|"
    r"diploma|degree|certificate|ph\.?\s?d\.?|doctorate|postgraduate|post[- ]graduate|"
    r"higher\s+(?:degree|diploma|qualification)|(?-i:B\.?Sc?|M\.?Sc?|B\.?A|M\.?A|MBA|BSN|MSN|"
    r"B\.?Eng|M\.?Eng|B\.?Tech|M\.?Tech|B\.?Com|M\.?Com|PGDM))\b.*)$",
    re.IGNORECASE,
)
ROLE_ABBREVIATIONS = json.loads(
    (Path(__file__).resolve().parent.parent / "data" / "role_families.json").read_text("utf-8")
)["abbreviations"]
ROLE_WORDS = (
    r"engineer|developer|manager|designer|analyst|scientist|architect|director|lead|specialist|consultant|"
    r"administrator|coordinator|assistant|associate|intern|officer|representative|executive|accountant|nurse|"
    r"writer|editor|researcher|technician|recruiter|marketer|strategist|producer|head|vp|president|owner|teacher|"
    r"programmer|tester|operator|advisor|adviser|auditor|controller|clerk|agent|therapist|pharmacist|physician|"
    r"lawyer|attorney|paralegal|electrician|mechanic|chef de (?:partie|rang|cuisine)|chef|cook|"
    r"driver|supervisor|planner|buyer|economist|"
    r"statistician|actuary|banker|trader|underwriter|postdoc|fellow|professor|lecturer|instructor|tutor|"
    r"counselor|counsellor|caregiver|receptionist|cashier|generalist|hygienist|plumber|welder|carpenter|"
    r"machinist|installer|dispatcher|courier|picker|packer|janitor|housekeeper|barista|bartender|stylist|"
    r"photographer|illustrator|animator|copywriter|translator|interpreter|dentist|surgeon|midwife|paramedic|"
    r"veterinarian|psychologist|aide|estimator|inspector|surveyor|bookkeeper|foreman|superintendent|"
    r"merchandiser|investigator|teller|processor|originator|adjuster|examiner|appraiser|collector|"
    r"scheduler|registrar|librarian|secretary|trainer|technologist|sonographer|phlebotomist|dietitian|"
    r"nutritionist|chemist|biologist|microbiologist|geologist|attendant|concierge|custodian|dishwasher|"
    r"baker|laborer|assembler|fabricator|painter|roofer|lineman|lineworker|millwright|pipefitter|"
    r"firefighter|dean|handler|loader|sorter|stocker|porter|cleaner|mover|worker|helper|journeyman|"
    r"kitchen hand|farm hand|deck hand|deckhand|farmhand|stagehand|ranch hand|operative|"
    r"apprentice|paraprofessional|paraeducator|coach|guard|captain|carer|solicitor|labourer|commis|"
    r"leader|practitioner|educator|waiter|waitress|steward|stewardess|butcher|gardener|landscaper|"
    r"bricklayer|joiner|glazier|scaffolder|rigger|fitter|tiler|plasterer|storeperson|nanny|doctor|"
    r"radiographer|optometrist|optician|physiotherapist|podiatrist|audiologist|"
    # as job boards shorten them: "Sales Assoc.", "Store Mgr"
    + "".join(f"{re.escape(short)}|" for short in ROLE_ABBREVIATIONS)
    +
    # A level after its field is the role ("Audit Senior", "Tax Junior"), where it ends the
    # title; before a word it is the level of the role after it ("Senior Auditor").
    r"(?-i:[A-Z][a-z]+[ \t]+(?:Senior|Junior))(?![ \t]*[A-Za-z0-9&])"
)
TITLE_WORDS = re.compile(rf"\b(?:{ROLE_WORDS})s?\b", re.IGNORECASE)
SENIORITY = [  # checked in order against the title
    ("Executive", r"\b(?:chief|cto|ceo|cfo|coo|cio|ciso|vp|svp|evp|vice president|head of)\b"),
    ("Director", r"\bdirector\b"),
    # "Principal Engineer"; a school's principal ("Assistant Principal", "Principal, Lincoln
    # Elementary") is a post, not a level.
    ("Principal", r"(?<!assistant )(?<!vice )\bprincipal\s+\w"),
    (
        "Staff",
        r"\bstaff\b(?=\s+(?:software|data|machine|ml|security|site|platform|frontend|front-end|backend|"
        r"back-end|full[- ]stack|product|research|infrastructure|systems|mobile|ios|android|"
        r"cloud|devops)?\s*"
        r"(?:engineer|scientist|developer|designer|architect|researcher))",
    ),
    ("Lead", r"\b(?:lead|tech lead|team lead)\b(?!\s+gen(?:eration)?\b)"),  # not "Lead Generation"
    # Not "Caregiver - Senior Living": the people served, not the level.
    ("Senior", r"\b(?:senior|sr\.?)\b(?!\s+(?:living|care|center|centre|citizens?|home|housing))"),
    # "Associate Data Analyst", "Associate Product Manager": the first rung of a career ladder;
    # "Associate Director" and "Associate Professor" are read above or are no rung of it.
    ("Junior", r"^\s*associate\s+(?!(?:professor|dean|partner|counsel|general)\b)\w"),
    ("Manager", r"\bmanager\b"),
    # "QA Engineer (Mid)", "Java Developer (Regular)": how Central European postings name it.
    ("Mid-level", r"\b(?:mid[- ]level|intermediate|mid[- ]senior)\b|\((?:mid|regular)\)"),
    ("Junior", r"\b(?:junior|jr\.?|entry[- ]level|graduate|new grad)\b"),
    ("Intern", r"\b(?:intern|internship|trainee|apprentice|apprenticeship)\b"),
]
# LinkedIn's fixed values; its "Mid-Senior level" is the experienced hire below a lead.
LINKEDIN_LEVELS = {
    "internship": "Intern",
    "entry level": "Junior",
    "associate": "Junior",
    "mid-senior level": "Mid-level",
    "director": "Director",
    "executive": "Executive",
}
ROMAN_LEVELS = {"I": "Junior", "II": "Mid-level", "III": "Senior", "IV": "Senior", "V": "Principal"}
ROMAN_RE = re.compile(rf"\b(?i:{ROLE_WORDS})s?\s+(?P<level>I{{1,3}}|IV|V)\b")
SENIORITY_LABEL_RE = re.compile(
    r"\b(?:experience level|seniority(?: level)?|career level|level)\s*:\s*(?P<value>[^\n]{2,40})|"
    r"\b(?P<phrase>senior|junior|entry|mid)[- ]level\s+"
    r"(?:role|position|candidates?|job|opportunity)\b|"
    # LinkedIn's job criteria: the label on one line, one of its fixed values on the next.
    r"\bseniority level[.:]?\s+(?P<linkedin>internship|entry level|associate|mid-senior level|"
    r"director|executive)\b|"
    # A header's piece between separators: "Mobile Developer (iOS/Android) – Junior – Toronto".
    r"\s[-–—|·]\s+(?P<piece>junior|senior|mid[- ]level|entry[- ]level|graduate)\s+[-–—|·]\s",
    re.IGNORECASE,
)
# Searched for in the whole posting, which most often names no level: skipped then.
SENIORITY_LABEL = LongTextPattern(SENIORITY_LABEL_RE)
EMPLOYMENT_TYPES = [
    ("Internship", r"\binternship\b"),
    # German words a DACH posting in English keeps in its header: Vollzeit, unbefristet.
    (
        "Full-time",
        r"\b(?:full[- ]time|permanent(?: contract| position| role)?|vollzeit|unbefristet|"
        r"feste anstellung|festanstellung)\b",
    ),
    ("Part-time", r"\b(?:part[- ]time|teilzeit)\b"),
    (
        "Contract",
        r"\b(?:contract(?:or)?(?:[- ]to[- ]hire)?|fixed[- ]term|freelance|temporary|temp|1099|"
        r"befristet)\b"
        r"(?!\s+(?:negotiations?|management|law|review|drafting|terms|manufacturing|administration))",
    ),
]
REMOTE_POLICIES = [
    (
        "Hybrid",
        r"\bhybrid\b(?![- ](?:cloud|apps?|applications?|mobile|infrastructure|environments?|"
        r"architectures?|"
        r"solutions?|vehicles?|integration|approach))",
    ),
    (
        "Remote",
        r"\b(?:fully remote|100% remote|remote[- ]first|remote[- ]friendly|remote only|work "
        r"from (?:home|anywhere)|"
        r"wfh|remote)\b(?![- ](?:teams?|colleagues|collaborat\w*|members|sites?|monitoring|"
        r"access|sensing|control|"
        r"devices?|servers?|support|locations?|employees|workers|staff|engineers?|offices?|patient)\b)",
    ),
    (
        "On-site",
        r"\b(?:on[- ]site|onsite|in[- ]office|in the office|office[- ]based|in[- ]person)\b"
        r"(?![- ](?:visits?|support|training|interviews?|gym|cafeteria|parking|childcare))",
    ),
]


@cache
def quick(pattern: str) -> QuickPattern:
    """A case-insensitive pattern that skips text without its fixed strings (see `prefilter`)."""
    return QuickPattern([pattern], re.IGNORECASE)


@cache
def _education_levels() -> PatternGroup:
    return PatternGroup([quick(pattern) for _, _, pattern in EDUCATION_LEVELS])


def prepare() -> None:
    """Build the patterns read on first use (see `roles.prepare`)."""
    _education_levels()
    _alternation(tuple(EMPLOYMENT_TYPES))
    _alternation(tuple(REMOTE_POLICIES))
    _seniority_patterns()


def earliest(options: list[tuple[str, str]], text: str) -> str:
    """The option the posting names first ("Full-time" before a later "contract negotiation").

    One scan of the posting for all the options: at the first place any of them matches,
    the alternation tries them in order, so a tie goes to the option listed first.
    """
    found = _alternation(tuple(options)).search(text)
    if found is None:
        return ""
    return next(
        name for index, (name, _) in enumerate(options) if found[f"option{index}"] is not None
    )


@cache
def _alternation(options: tuple[tuple[str, str], ...]) -> LongTextPattern:
    """The options as one pattern, tried only where a match can be (see `LongTextPattern`):
    in the lines that can hold one when no match can cross a line (the remote policies),
    else near its fixed strings. A posting that names no employment type was scanned whole,
    trying every option at every position."""
    return LongTextPattern(
        re.compile(
            "|".join(f"(?P<option{index}>{pattern})" for index, (_, pattern) in enumerate(options)),
            re.IGNORECASE,
        )
    )


@cache
def _seniority_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in SENIORITY)


def seniority(title: str, text: str) -> str:
    levels = _seniority_patterns()
    roman = ROMAN_RE.search(title)
    for name, pattern in levels:
        if name == "Manager" and roman:
            break  # "Case Manager II": a manager by name, the level its numeral says
        if pattern.search(title):
            return name
    if roman:
        return ROMAN_LEVELS[roman["level"]]
    label = SENIORITY_LABEL.search(text)
    if label:
        if label["linkedin"]:
            return LINKEDIN_LEVELS[label["linkedin"].lower()]
        value = label["value"] or label["piece"] or f"{label['phrase']} level"
        for name, pattern in levels:
            if pattern.search(value):
                return name
        if re.match(r"\s*entry", value, re.IGNORECASE):
            return "Junior"
    return ""


def years_in(text: str) -> tuple[int, int | None] | None:
    """The experience a clause asks for ("3-5 years of experience with Java"), or None."""
    lowered = text.lower()
    if "year" not in lowered and "yr" not in lowered:
        return None  # most clauses: no need to try the pattern at each of their positions
    for match in YEARS_RE.finditer(text):
        after = match["after"].lower()
        before = text[max(0, match.start() - 40) : match.start()].lower()
        if not ("experience" in after or "experience" in before or YEARS_OF_RE.search(after)):
            continue
        if NOT_EXPERIENCE_RE.search(after) or _a_deadline(text, lowered, match):
            continue
        if UP_TO_RE.search(before) and not match["max"]:
            return 0, _number(match["min"])  # "up to two years": a ceiling, no floor
        return _number(match["min"]), _number(match["max"]) if match["max"] else None
    return None


# "3+ years of testing, including at least 2 years of test automation": the years after the cue
# are those of what follows it, a part of the experience the clause's first years are of.
NARROWED_YEARS_RE = re.compile(
    rf"(?:,\s*|\s+)(?:including|with|of which)\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|min\.?\s+)?"
    rf"(?P<min>{_NUMBER})\s*\+?\s*(?:(?:-|–|to)\s*{_NUMBER}\s*)?(?:years?|yrs?)\b",
    re.IGNORECASE,
)


def narrowed_years(text: str) -> tuple[int, int] | None:
    """Where a clause narrows its years to a part of the experience, and to how many ("5+
    years of accounting, with at least 2 years in revenue accounting": from the offset of
    ", with", 2), or None. What the clause names after that offset is asked those years."""
    lowered = text.lower()
    if "year" not in lowered and "yr" not in lowered:
        return None  # most clauses: no need to try the pattern
    found = NARROWED_YEARS_RE.search(text)
    return (found.start(), _number(found["min"])) if found else None


def _a_deadline(text: str, lowered: str, match: re.Match) -> bool:
    """Whether the years are a time to meet a condition after hire ("enrolled in an RN-BSN
    program within 2 years of hire"), not experience asked before it."""
    if not any(word in lowered for word in ("hir", "start", "employment", "appointment")):
        return False  # most clauses: the cue is not tried
    window = max(0, match.start() - 30)
    found = cue("due_after_hire").search(text[window : match.end()])
    return found is not None and found.start() + window <= match.start() < found.end() + window


# "New graduates welcome", "new grad nurses are encouraged to apply", "we welcome recent
# graduates": the post is open to someone with no experience yet, whatever years it asks.
NEW_GRADUATES_RE = re.compile(
    r"\b(?:new|recent)[- ]?(?:grad(?:uate)?s?|graduated)\b(?:\s+[\w-]+){0,8}?\s+"
    r"(?:(?:very|more than|always|strongly)\s+)?(?:welcome[ds]?|encouraged|invited|eligible|"
    r"considered|(?:may|can) apply)\b|"
    r"\b(?:welcome|encourage|invite)s?\s+(?:applications\s+from\s+)?(?:new|recent)[- ]?"
    r"grad(?:uate)?s?\b",
    re.IGNORECASE,
)
NOT_RE = re.compile(r"\b(?:not|no|never|cannot)\b|n't\b", re.IGNORECASE)


def welcomes_new_graduates(text: str) -> bool:
    """Whether the posting says new graduates may apply ("New graduates welcome"); "new
    graduates will not be considered" says the opposite."""
    if "grad" not in text.lower():
        return False  # most postings: the pattern is not tried
    return any(not NOT_RE.search(found.group()) for found in NEW_GRADUATES_RE.finditer(text))


def read_years(clauses: list[Clause], requirements: Requirements) -> None:
    """The experience asked for: the first "N+ years" that is about experience."""
    for clause in clauses:
        found = years_in(clause.text)
        if found:
            requirements.years_min, requirements.years_max = found
            return


def _number(value: str) -> int:
    return int(value) if value.isdigit() else NUMBER_WORDS[value.lower()]


def education_fields(clauses: list[Clause]) -> list[tuple[Clause, list[re.Match] | None]]:
    """Each clause with the fields of study it names ("MS in Statistics or Economics"), found
    once: the education read and the spans kept from skills both use them. None for a clause
    that holds no degree word (DEGREE_WORD_RE), as most do."""
    return [
        (clause, _fields_named(clause.text))
        if DEGREE_WORD_RE.search(clause.text)
        else (clause, None)
        for clause in clauses
    ]


def _fields_named(text: str) -> list[re.Match]:
    """The fields of study a clause names with its degree, in the order it names them:
    "degree in X" (EDUCATION_FIELD_RE) and the degrees named by their field
    (FIELD_NAMED_DEGREE_RES), the first of two that overlap."""
    found = sorted(
        [*EDUCATION_FIELD_RE.finditer(text)]
        + [
            match
            for pattern in FIELD_NAMED_DEGREE_RES
            for match in pattern.finditer(text)
            # "Computer Science degree", not "Completed degree in computer science": before
            # "degree", only a field the taxonomy knows
            if pattern is not FIELD_NAMED_DEGREE_RES[0] or _known_field(match["field"])
        ],
        key=lambda match: match.start("field"),
    )
    kept: list[re.Match] = []
    for match in found:
        if not kept or match.start("field") >= kept[-1].end("field"):
            kept.append(match)
    return kept


# Where one field of a list of alternatives ends: "Computer Science, Mathematics or Physics".
FIELD_SEPARATOR_RE = re.compile(r"\s*(?:,|/)\s*(?:or\s+)?|\s+or\s+")


def _known_field(field: str) -> bool:
    """A field the taxonomy knows, or a list of alternatives of which it knows one."""
    return any(taxonomy().lookup(name) for name in FIELD_SEPARATOR_RE.split(field) if name)


def read_education(
    requirements: Requirements, fields: list[tuple[Clause, list[re.Match] | None]]
) -> None:
    """The lowest degree the posting accepts ("Bachelor's or Master's" asks for a Bachelor's).
    `fields`: `education_fields` of the clauses that ask something."""
    found: list[tuple[float, str, Clause, int]] = []
    levels = _education_levels()
    for clause, matches in fields:
        # Most clauses name no degree: one test instead of one per level.
        for index in levels.possible(clause.text):
            level, rank, _ = EDUCATION_LEVELS[index]
            if level in DEGREE_WORD_LEVELS and matches is None:
                continue
            for match in levels.patterns[index].finditer(clause.text):
                context = clause.text[max(0, match.start() - 60) : match.end() + 60]
                # "BSc (Eng) or BEng in Civil Engineering": a degree's letters with a field
                # of study read just after them are a degree.
                if EDUCATION_CONTEXT.search(context) or (
                    matches and any(0 <= m.start() - match.start() <= 40 for m in matches)
                ):
                    found.append((rank, level, clause, match.start()))
                    break
    if not found:
        found = [
            (3, "Bachelor's", clause, degree.start())
            for clause, matches in fields
            if matches is not None
            and (
                degree := GENERIC_DEGREE_RE.search(clause.text)
                # "a Computer Science degree" is a degree as "a degree" is ("Culinary degree
                # from an accredited school" may be a college's diploma)
                or next((m for m in matches if _a_field_named_degree(m, clause.text)), None)
            )
        ][:1]
    if found:
        rank, level, clause, at = min(found, key=lambda item: item[0])
        requirements.education_level, requirements.education_rank = level, rank
        place = next(index for index, (other, _) in enumerate(fields) if other is clause)
        following = fields[place + 1][0].text if place + 1 < len(fields) else ""
        requirements.education_required = (
            _degree_asked(clause, at)
            and not cue("degree_alternative").search(clause.text)
            # "... AND three years of experience. Additional relevant experience may
            # substitute for the degree": the next sentence lets experience stand in for it.
            and not cue("degree_substitute").search(f"{clause.text} {following}")
        )
    for _, matches in fields:
        if matches:
            requirements.education_field = _clean_field(matches[0]["field"])
            if requirements.education_field:
                break


def _a_field_named_degree(match: re.Match, text: str) -> bool:
    return match.re is FIELD_NAMED_DEGREE_RES[0] and bool(
        re.search(r"\b(?:an?|any)\s+$", text[: match.start()], re.IGNORECASE)
    )


def _degree_asked(clause: Clause, at: int) -> bool:
    """Whether the clause requires the degree it names at `at`. A preferred cue prefers the
    part of a list it closes, not the degree earlier in it: "Bachelor degree in Accounting,
    2+ years of audit experience, CPA preferred" requires the degree and prefers the CPA."""
    text = clause.text
    if clause.role == "preferred":
        part = preferred_part(text, clause.section)
        if part is None or part[0] <= at < part[1]:
            return False
        text = text[: part[0]] + text[part[1] :]
    elif clause.section != "preferred":
        for start, end in reversed(preferred_list_parts(text)):
            if not start <= at < end:
                text = text[:start] + text[end:]
    return not is_preferred(without_preferred_aside(text))


def _clean_field(raw: str) -> str:
    """ "Statistics, Economics or a related field" -> "Statistics, Economics"."""
    # "a quantitative field such as Econometrics, Statistics": the fields it names
    raw = FIELD_EXAMPLES_RE.sub("", raw, count=1)
    text = FIELD_END_RE.sub("", raw).strip(" ,/")
    text = re.sub(r"^(?:a|an|the|one of)\s+", "", text, flags=re.IGNORECASE)
    # "in any field", "in any discipline": a degree of no particular field.
    if re.match(r"any\b", text, flags=re.IGNORECASE):
        return ""
    # "industrial maintenance or electrical technology Piedmont Poultry is ...": a field
    # written in lower case ends where a capitalised word follows one of its own words (the
    # next sentence, run in without its stop); "business or Information Technology" goes on.
    if text[:1].islower():
        run_in = RUN_IN_AFTER_FIELD_RE.search(text)
        if run_in:
            text = text[: run_in.end()]
    text = re.sub(r"[\s,/]+(?:or|and)$", "", text).strip(" ,/")
    return text if 0 < len(text.split()) <= 10 else ""


FIELD_EXAMPLES_RE = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}(?:fields?|disciplines?|subjects?|areas?)"
    r"(?:\s+of\s+study)?\s*,?\s+(?:such\s+as|like|including)\s+",
    re.IGNORECASE,
)
RUN_IN_AFTER_FIELD_RE = re.compile(
    r"(?<![\w'’-])(?!(?:or|and|of|in|the|for)\s)[a-z][\w'’-]*\s+(?=[A-Z][a-z])"
)
