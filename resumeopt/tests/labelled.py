"""Labelled resumes and how an import is scored against them.

`data/labelled/real/` holds real DOCX resumes (see its LICENSE.txt), `real_pdf/`
the same files printed to PDF by LibreOffice (`printed_pdfs.py`, which also prints
the Word layouts into `layout_pdf/` and `layout_heldout_pdf/` and the other Word
files into `word_pdf/`; `real_pdf-heldout.json`
labels the part no PDF rule was tuned on), and
`data/labelled/own/` and `parser/` resumes written for these tests in other
layouts (`parser-heldout.json` labels the ones no rule was tuned on;
`edu_heldout/` holds varied education sections and headings, labelled before the
parser first ran on them; `everyday/` holds resumes from several trades and countries
written the way job seekers write a job's header: legal forms of several words, "Since
2019", seasons, a town after the employer, company and title on one tabbed line,
labelled before the parser ran on them, to check rules made on the real files
(`everyday.json` was written before those rules, `everyday-second` to `-fifth` after
them, each batch labelled before its first run, its first figures in the floors' notes);
`flattened/` holds two-column pages flattened row by row as Word files made from a PDF
keep them, built by `flattened_pages.py`, each part labelled before the parser ran on it;
`pasted_columns/` holds two- and three-column pages as a PDF viewer's copy interleaves
them and Word sidebars, built by `pasted_columns.py`, labelled before the parser ran,
`pasted_columns-heldout.json` never tuned on); `families/` holds the resume families the
others leave out (functional resumes with a compact work history, academic CVs, federal
resumes, trades and care work, new graduates, career gaps, Spanish, French, German and
Portuguese months, dates written newest first), text and Markdown beside the Word and PDF
files `families.py` builds, labelled before the parser ran, `families-heldout.json` never
tuned on, `families-second.json` to `-fourth.json` later batches, each written after the
rules of the batch before;
`fresh/` holds resumes in layouts the other sets cover thinly ("Title | Company | Dates"
one-liners, company-first with promotions, all lowercase, Brazilian, Philippine, Chilean and
Europass CVs, LinkedIn's PDF, a scanned page, a career changer), text beside the Word and
PDF files `fresh_resumes.py` builds, labelled before the parser ran, `fresh-heldout.json`
never tuned on;
`web_pdf/` holds resumes in the designs of online builders (sidebars with icon glyphs and
level dots, timelines, letter-spaced headings, a name over two lines) printed by Chromium
from the HTML in `web_resumes/` (`web_pdfs.py`), labelled before the parser ran,
`web_pdf-heldout.json` never tuned on;
`varied2/` holds layouts still missing after those (three columns flattened and in a table,
sections in a table, titles with their unit, all-caps names, German, French, Indian and
academic CVs, Markdown, a two-column paste; Word files built by `varied_resumes.py`),
labelled before the parser ran, `varied2-heldout.json` never tuned on;
`varied5/` holds trades, care, finance, law and public-sector resumes from eight countries
in the layouts held-out sets read worst ("Company | City | Dates" then the title, promotions
under one employer, dates on their own line, glued all-caps titles, quarters and seasons,
the LaTeX layout; Word and PDF files built by `varied5_resumes.py`), labelled before the
parser ran, `varied5-heldout.json` never tuned on;
`varied6/` and `varied7/` two more tuning batches written after varied5's rules and
varied6's, each labelled before the parser ran on it;
`varied8/` holds work histories from nursing, trades, journalism, teaching, sales, finance,
public service and academia in twelve countries, in layouts the others lack (three columns
flattened to single lines, employer and unit as two all-caps lines, credentials in brackets
after a title, "Company | City | Dates" under the title, Markdown whose skill areas are
headings, PDF pastes with broken lines, tables, agency work, breaks; Word files built by
`varied8_resumes.py`), labelled before the parser ran, `varied8-heldout.json` never tuned on;
`varied9/` holds fourteen resumes from fourteen countries and trades (a US retail-to-office
changer, an Indian fresher with a "Declaration", a UK driver's licences and jobs in Word tables,
a Nigerian banker and a Mexican developer pasted from PDFs, a Filipino nurse abroad in Markdown,
a Brazilian CV in Portuguese as a two-column PDF, a German Lebenslauf in Word tables, an
Australian electrician's one-line jobs, a Canadian teacher whose name is in the page header, a
South African accountant's PDF, a Kenyan NGO officer's dates first, a French marketer, an Irish
chef; Word and PDF files built by its `make_files.py`), written and labelled with the detail
fields by a helper who never ran the parser on them, `varied9-retired.json` held out until its
figures were reported at stop 32 and opened for study since (its successor is `varied11-heldout`);
`varied11/` holds sixteen resumes, fourteen for software roles and two outside them, in the
forms the product meets: Word files as PDF converters leave them (a masked name with "Phone:
... Residence: ..." pairs, a LinkedIn PDF's sidebar interleaved, the header in a table,
headings glued to their text, two columns flattened row by row, lines broken mid-sentence),
Indeed text pastes (a job without its company line, several degrees, certifications), two
PDFs (one two-column) and a Markdown resume, from India, the US, Israel, Ukraine, Poland,
Romania, Bulgaria and Serbia (Word and PDF files built by its `make_files.py`), labelled
with the detail fields before the parser ran, `varied11-heldout.json` never tuned on;
`varied12/` holds eight text and Markdown resumes from eight countries (logistics, banking,
data engineering, construction, call centres, telecoms) in the forms import still misread: a
job written without its employer among jobs with one, brands of several words ("DHL Supply
Chain", "Capitec Bank Holdings"), a site's kind ("Distribution Centre", "Hub", "Depot")
beside the town, titles wrapped in a narrow column of an interleaved sidebar, two columns
flattened under two headings on one row, certificates listed on one line; labelled before
the parser ran; `varied12-second.json` five more written after its rules, labelled before
the parser ran (an Australian driver's Indeed paste, a US analyst's gapped columns, Indian
"Organization: / Designation:" fields, a German sidebar on the right, a South African
three-column Word page built by its `make_files.py`);
`worldedu/` holds education sections and headers from many countries (Indian, British,
German, French, Spanish, Argentinian, American, Australian, Kenyan CVs, bootcamps, names
with credentials, headings glued or split; Word files built by `world_resumes.py`), labelled
before the parser ran with the detail fields too (email, phone, area, grade, courses, one
item per other section), `worldedu-heldout.json` never tuned on, `worldedu-second.json` a
second tuning batch written after the first's rules (glued PDF headings, Brazilian, Italian,
Nigerian, Philippine, Dutch and federal CVs, an education table with dates first);
`worldedu2/` holds text and Markdown resumes from more education systems (Irish, Australian
TAFE certificates, German Ausbildung and Meister, French BUT, Mexican and Colombian Contador
Público, Spanish Licenciatura, Indian, Philippine, Nigerian HND, Kenyan KMTC, US MD/MPH/BSN,
dual and unfinished degrees) and headers (the name after the contact lines, a region alone,
postcodes, a town alone on its line), labelled before the parser ran, `worldedu2-heldout.json`
never tuned on, `worldedu2-third.json` a third tuning batch (a licence or the degree's
own short name after it, a Nigerian NYSC year, a name and a province on one line, Chinese
towns and provinces, Philippine level labels, a Colombian faculty after its university),
labelled before the parser ran; `worldedu3/` holds eight more (a Polish magister inżynier,
a Turkish lisans with its GNO, an Egyptian commerce degree graded Very Good, an Indonesian S1
with its IPK, Pakistani BS/MS with CGPA out of 4, a Russian specialist diploma, a Vietnamese
Kỹ sư, a Saudi BSc out of 5), with headers giving the date of birth, nationality, marital
status, an Address: line, a photo's caption or only profile links, labelled before the parser
ran; the worldedu sets also label places (the header's and each job's);
the label files say, for each file, what a careful reader finds in
it: the name, and per work and education entry the employer, title, start date,
school and degree. They were written by reading the files, not from the
parser's output. `bench/imports.py` prints the scores; tests hold the floor.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

LABELLED = Path(__file__).parent / "data" / "labelled"
FIELDS = ("name", "employer", "title", "school", "degree", "dates")
# Scored only where a label file gives them (`worldedu` and later sets): the contact
# details, an education entry's field of study, grade and courses, and one item of each
# other section that must land in that section ({"skills": "Kafka"}), not in Unsorted;
# the contact header's place ({"city": "Nairobi", "countryCode": "KE"}, {"region":
# "Bavaria"}: each part a reader finds must be read) and a work entry's place as written
# ("Munich" or "Munich, Germany": its town, or its first part, must be read).
DETAIL_FIELDS = ("email", "phone", "area", "gpa", "courses", "sections", "location", "work_place")
ALL_FIELDS = FIELDS + DETAIL_FIELDS


@dataclass
class Score:
    """Found / expected per field, and how many parsed work entries are real ones."""

    found: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ALL_FIELDS, 0))
    expected: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ALL_FIELDS, 0))
    real_entries: int = 0
    parsed_entries: int = 0
    crashes: int = 0

    def add(self, other: Score) -> None:
        for name in ALL_FIELDS:
            self.found[name] += other.found[name]
            self.expected[name] += other.expected[name]
        self.real_entries += other.real_entries
        self.parsed_entries += other.parsed_entries
        self.crashes += other.crashes

    def recall(self, name: str) -> float:
        return self.found[name] / self.expected[name] if self.expected[name] else 1.0

    @property
    def real_share(self) -> float:
        return self.real_entries / self.parsed_entries if self.parsed_entries else 1.0


def labelled_sets() -> dict[str, tuple[Path, dict]]:
    """{set name: (folder of files, labels by file name)}, one set per label file.

    Every `*.json` in `data/labelled/` is read: `<folder>.json` or
    `<folder>-<part>.json` labels files in `<folder>/`, so several label files
    (a held-out part, another contributor's) can share a folder.
    """
    sets = {}
    for labels in sorted(LABELLED.glob("*.json")):
        folder = LABELLED / labels.stem
        if not folder.is_dir():
            folder = LABELLED / labels.stem.split("-")[0]
        sets[labels.stem] = (folder, json.loads(labels.read_text("utf-8")))
    return sets


def _key(text: str | None) -> str:
    text = (text or "").lower().replace("&", " and ")
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def same_text(expected: str | None, found: str | None) -> bool:
    """Equal once case and punctuation are set aside, or one holds the other and most of it."""
    a, b = _key(expected), _key(found)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return f" {short} " in f" {long} " and len(short) >= 0.6 * len(long)


# Each level in English and in the words European and Latin American resumes use for it
# (Licence, Grado, Bacharelado, Laurea, Magister, Diplom, Doctorado, Ingeniero ...).
_LEVELS = [
    ("mba", r"\b(?:mba|master of business administration)\b"),
    (
        "doctor",
        r"\b(?:ph ?d|doctor|doctorate|d ?phil|d ?n ?p|pharm ?d"
        r"|doctorat|doctorado|dottorato|doutorado|doutoramento|doktor|promotion)\b",
    ),
    (
        "master",
        r"\b(?:masters?|mastrers?|m ?sc|m ?s|m ?a|m ?eng|m ?tech|m ?e|mphil|m ?s ?n"
        r"|máster|maestría|maestria|mestrado|mestre|mag[ií]ster|magistra|mgr|laurea magistrale"
        r"|laurea specialistica|yüksek lisans|s2"
        r"|diplom(?: [a-zäöü]+)?)\b",
    ),
    (
        "bachelor",
        r"\b(?:bachelors?|b ?sc|b ?s|b ?a|b ?eng|b ?tech|b ?e|bba|b ?com|b ?s ?n"
        r"|licence|licenciatura|licenciad[oa]|grado|bacharelado|bacharel|laurea|licencjat"
        r"|but|lisans|s1|sarjana)\b",
    ),
    ("associate", r"\b(?:associate|a ?a|a ?s|a ?a ?s|a ?d ?n|bts|dut)\b"),
    (
        "engineer",
        r"\b(?:engineers?|specialists?|ingenier[oa]|ingenier[ií]a|ingénieur|inżynier|ingegnere"
        r"|engenheir[oa]|engenharia|kỹ sư)\b",
    ),
    # A certificate studied at a school ("Cert IV in Kitchen Management", "Ontario College
    # Certificate"): matching reads it as schooling past high school, whatever its field.
    ("certificate", r"\b(?:cert|certificate|certificat)\b"),
]


def degree_level(text: str | None) -> str:
    """The level a degree names ("B. Tech in EE" -> bachelor), or "" if none."""
    key = " ".join(re.sub(r"[^\w\s]", " ", (text or "").lower().replace("'", "")).split())
    for level, pattern in _LEVELS:
        if re.search(pattern, key):
            return level
    return ""


def score_document(document: dict, labels: dict) -> Score:
    score = Score()
    if labels.get("name"):
        score.expected["name"] = 1
        score.found["name"] = int(
            _key(document.get("basics", {}).get("name")) == _key(labels["name"])
        )
    work = document.get("work") or []
    for expected in labels.get("work", []):
        for field_name, key in (("employer", "name"), ("title", "position")):
            wanted = expected["employer" if field_name == "employer" else "title"]
            if wanted:
                score.expected[field_name] += 1
                score.found[field_name] += any(same_text(wanted, got.get(key)) for got in work)
        if expected.get("start"):
            score.expected["dates"] += 1
            score.found["dates"] += any(
                (got.get("startDate") or "").startswith(expected["start"])
                and (
                    same_text(expected["employer"], got.get("name"))
                    or same_text(expected["title"], got.get("position"))
                )
                for got in work
            )
        if expected.get("location"):
            score.expected["work_place"] += 1
            score.found["work_place"] += any(
                _same_place(expected["location"], got.get("location"))
                and (
                    same_text(expected["employer"], got.get("name"))
                    or same_text(expected["title"], got.get("position"))
                )
                for got in work
            )
    for got in work:
        score.parsed_entries += 1
        score.real_entries += any(
            same_text(expected["employer"], got.get("name"))
            or same_text(expected["title"], got.get("position"))
            for expected in labels.get("work", [])
        )
    education = document.get("education") or []
    for expected in labels.get("education", []):
        score.expected["school"] += 1
        score.found["school"] += any(
            same_text(expected["school"], got.get("institution")) for got in education
        )
        if expected.get("degree"):
            score.expected["degree"] += 1
            level = degree_level(expected["degree"])
            # A degree of no known level is found only where the parser wrote it out, alone
            # or with its field as the product shows them ("Diploma", "Nursing").
            score.found["degree"] += any(
                degree_level(got.get("studyType")) == level
                if level
                else same_text(expected["degree"], got.get("studyType"))
                or same_text(re.sub(r"\b(?:in|of)\b", " ", expected["degree"]), _shown_degree(got))
                for got in education
            )
        if expected.get("area"):
            score.expected["area"] += 1
            score.found["area"] += any(
                same_text(expected["area"], got.get("area")) or _field_in_degree(expected, got)
                for got in education
            )
        if expected.get("score"):
            score.expected["gpa"] += 1
            score.found["gpa"] += any(
                f" {_key(expected['score'])} " in f" {_key(got.get('score'))} " for got in education
            )
        for course in expected.get("courses", []):
            score.expected["courses"] += 1
            score.found["courses"] += any(
                same_text(course, taken) for got in education for taken in got.get("courses") or []
            )
    _score_contact(score, document.get("basics") or {}, labels)
    for section, item in (labels.get("sections") or {}).items():
        score.expected["sections"] += 1
        score.found["sections"] += (
            item.lower() in json.dumps(document.get(section) or [], ensure_ascii=False).lower()
        )
    return score


def _shown_degree(got: dict) -> str:
    return " ".join(filter(None, (got.get("studyType"), got.get("area"))))


def _field_in_degree(expected: dict, got: dict) -> bool:
    """'Certificate IV in Kitchen Management' read whole as the degree, no field apart: the
    field is read, at the end of the degree's name as the product shows it."""
    study = _key(got.get("studyType"))
    # "BUT Génie Électrique", "BTS Communication": the French write the field straight after.
    return not got.get("area") and study.endswith(f" {_key(expected['area'])}")


def _same_place(expected: str, found: str | None) -> bool:
    """'Munich, Germany' read as 'Munich' or as written; not 'Germany' alone."""
    if same_text(expected, found):
        return True
    return bool(found) and same_text(expected.split(",")[0], found.split(",")[0])


def _score_contact(score: Score, basics: dict, labels: dict) -> None:
    if labels.get("location"):
        place = basics.get("location") or {}
        score.expected["location"] += 1
        score.found["location"] += all(
            place.get(key) == wanted if key == "countryCode" else same_text(wanted, place.get(key))
            for key, wanted in labels["location"].items()
        )
    if labels.get("email"):
        score.expected["email"] += 1
        score.found["email"] += (basics.get("email") or "").lower() == labels["email"].lower()
    if labels.get("phone"):
        wanted = re.sub(r"\D", "", labels["phone"])
        got = re.sub(r"\D", "", basics.get("phone") or "")
        score.expected["phone"] += 1
        score.found["phone"] += bool(got) and got[-8:] == wanted[-8:]
