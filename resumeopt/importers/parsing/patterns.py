"""The regular expressions the parsing stages share."""

from __future__ import annotations

import re

from resumeopt.dates import PRESENT_PATTERN

BULLET_RE = re.compile(r"^\s*(?:[•·▪●◦‣○■□➢➤►▸▹✓✔>\-*+–—]|\d{1,2}[.)]|[a-z][.)])\s+")
# Each match starts where a run of address characters starts: tried from every point of
# a long run without "@", the pattern took time in the square of the run's length.
EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Bare domains must be lower-case, so "M.Tech" or "ASP.NET" are not taken for links.
URL_RE = re.compile(
    r"(?:(?i:https?://|www\.)[^\s|,;]+"
    r"|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|io|dev|org|net|me|co|ai|app|xyz|info|tech|page|site|edu|gov|us|uk|de|ca|eu|fr|nl|in|ru|il|ua|by|kz|pl|cz|es|it|se|no|fi|dk|ch|at|be|br|au|jp|cn|kr|vn|ng|za|mx|ar|ie|pt|gr|tr|ro|hu|sg|hk|nz)\b(?:/[^\s|,;]*)?)"
)
PHONE_RE = re.compile(r"(?:(?:\+|00)\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d[\d\s.-]{5,}\d")
SEPARATOR_RE = re.compile(r"\s*(?:\||•|·|◦|▪|⋄|♦|●|\t)\s*|\s{3,}|\s+[–—]\s+|\s+-\s+")
GPA_RE = re.compile(
    # "Grade 12" is a school year: a whole number after "Grade" needs a scale.
    r"\b(?:GPA|CGPA|Grade(?!\s*:?\s*\d{1,2}\b(?![.,/]\d)))\s*:?\s*"
    # "3.54/4.00", "4.62 out of 5" (Saudi and Gulf CVs grade out of 5).
    r"(\d{1,3}(?:\.\d{1,2})?\s*(?:(?:/|\bout of\b)\s*\d{1,3}(?:\.\d{1,2})?)?)(?![\d.])",
    re.IGNORECASE,
)
INLINE_HEADING_RE = re.compile(r"^([A-Za-z][A-Za-z &/]{2,40}):\s+(\S.*)$")
CATEGORY_RE = re.compile(r"^([^:]{2,40}):\s*(.+)$")
LIST_SPLIT_RE = re.compile(r"\s*(?:,|;|\||•|·|▪|●|◦|\t|\s{3,})\s*")
# A body line starting with a past-tense verb: "Developed ...", "Conducted ...".
ACTION_START_RE = re.compile(r"^[A-Z][a-z]{3,}ed\s+[a-z]")
PRESENT_START_RE = re.compile(rf"{PRESENT_PATTERN}\b", re.IGNORECASE)
DURATION_RE = re.compile(
    r"\(?\d+\s*(?:years?|yrs?|months?|mos?)(?:\s+\d+\s*(?:months?|mos?))?\)?", re.IGNORECASE
)
ROLE_RE = re.compile(r"^(?:role|position|title|job title)\s*:\s*(.{2,80})$", re.IGNORECASE)
# "Department of the Navy", "U.S. Department of Labor", "Ministry of Health": a government
# department, written before the agency that employs.
DEPARTMENT_RE = re.compile(
    r"(?:U\.S\.\s+)?(?:Department|Dept\.?|Ministry) of (?:the )?[A-Z][\w'.&-]*(?: [\w'.&-]+){0,4}"
)
