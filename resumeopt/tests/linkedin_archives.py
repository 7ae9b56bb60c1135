"""LinkedIn data-export archives built by the tests, in the variants real exports come in.

`make_linkedin_zip(variant)` writes the same person (`PERSON`) as a ZIP of
CSVs the way one kind of export does: current English headers and "Mar 2019"
dates, an older English export with "Start Date" and bare years, German,
French and Spanish exports with their own headers and month names, columns in
another order with extra ones, semicolons, a folder inside the ZIP, notes
above the header. Every variant must import to the same facts.
"""

from __future__ import annotations

import csv
import io
import zipfile

PERSON = {
    "name": "Priya Raman",
    "headline": "Platform Engineer",
    "email": "priya.raman@example.com",
    "work": [
        ("Fabrikam", "Staff Platform Engineer", (2021, 3), None),
        ("Tailspin Toys", "Site Reliability Engineer", (2017, 10), (2021, 2)),
    ],
    "school": "University of Leeds",
    "skills": ["Kubernetes", "Terraform", "Go"],
}

_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": [
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
    ],
    "fr": [
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ],
    "es": [
        "ene.",
        "feb.",
        "mar.",
        "abr.",
        "may.",
        "jun.",
        "jul.",
        "ago.",
        "sept.",
        "oct.",
        "nov.",
        "dic.",
    ],
}

# (file, [headers]) per language, fields in the order _rows() fills them.
_HEADERS = {
    "en": {
        "Profile.csv": [
            "First Name",
            "Last Name",
            "Maiden Name",
            "Headline",
            "Summary",
            "Geo Location",
            "Websites",
        ],
        "Positions.csv": [
            "Company Name",
            "Title",
            "Description",
            "Location",
            "Started On",
            "Finished On",
        ],
        "Education.csv": [
            "School Name",
            "Start Date",
            "End Date",
            "Notes",
            "Degree Name",
            "Activities",
        ],
        "Skills.csv": ["Name"],
        "Email Addresses.csv": ["Email Address", "Confirmed", "Primary", "Updated On"],
    },
    "en-old": {
        "Profile.csv": ["First Name", "Last Name", "Headline", "Summary", "Location", "Websites"],
        "Positions.csv": [
            "Company Name",
            "Title",
            "Description",
            "Location",
            "Start Date",
            "End Date",
        ],
        "Education.csv": [
            "School Name",
            "Start Date",
            "End Date",
            "Notes",
            "Degree Name",
            "Activities",
        ],
        "Skills.csv": ["Skill"],
        "Email Addresses.csv": ["Email Address", "Confirmed", "Primary", "Updated On"],
    },
    "de": {
        "Profile.csv": [
            "Vorname",
            "Nachname",
            "Mädchenname",
            "Schlagzeile",
            "Zusammenfassung",
            "Standort",
            "Webseiten",
        ],
        "Positions.csv": [
            "Firmenname",
            "Titel",
            "Beschreibung",
            "Ort",
            "Begonnen am",
            "Beendet am",
        ],
        "Education.csv": [
            "Name der Schule",
            "Startdatum",
            "Enddatum",
            "Notizen",
            "Abschluss",
            "Aktivitäten",
        ],
        "Skills.csv": ["Name"],
        "Email Addresses.csv": ["E-Mail-Adresse", "Bestätigt", "Primär", "Aktualisiert am"],
    },
    "fr": {
        "Profile.csv": [
            "Prénom",
            "Nom",
            "Nom de jeune fille",
            "Titre du profil",
            "Résumé",
            "Lieu",
            "Sites web",
        ],
        "Positions.csv": [
            "Nom de l’entreprise",
            "Titre",
            "Description",
            "Lieu",
            "Commencé le",
            "Terminé le",
        ],
        "Education.csv": [
            "Nom de l’établissement",
            "Date de début",
            "Date de fin",
            "Remarques",
            "Diplôme",
            "Activités",
        ],
        "Skills.csv": ["Nom"],
        "Email Addresses.csv": ["Adresse e-mail", "Confirmée", "Principale", "Mise à jour le"],
    },
    "es": {
        "Profile.csv": [
            "Nombre",
            "Apellidos",
            "Apellido de soltera",
            "Titular",
            "Extracto",
            "Ubicación",
            "Sitios web",
        ],
        "Positions.csv": [
            "Nombre de la empresa",
            "Cargo",
            "Descripción",
            "Ubicación",
            "Fecha de inicio",
            "Fecha de finalización",
        ],
        "Education.csv": [
            "Nombre de la institución",
            "Fecha de inicio",
            "Fecha de finalización",
            "Notas",
            "Titulación",
            "Actividades",
        ],
        "Skills.csv": ["Aptitud"],
        "Email Addresses.csv": [
            "Dirección de correo electrónico",
            "Confirmado",
            "Principal",
            "Actualizado el",
        ],
    },
}

VARIANTS = (
    "en",
    "en-old",
    "de",
    "fr",
    "es",
    "en-reordered",
    "en-semicolon",
    "en-folder",
    "en-notes",
)


def _date(when: tuple[int, int] | None, language: str, bare_year: bool) -> str:
    if when is None:
        return ""
    year, month = when
    return str(year) if bare_year else f"{_MONTHS[language][month - 1]} {year}"


def _rows(language: str, bare_year: bool) -> dict[str, list[list[str]]]:
    first, last = PERSON["name"].split()
    yes = {"en": "Yes", "en-old": "Yes", "de": "Ja", "fr": "Oui", "es": "Sí"}[language]
    months = "en" if language == "en-old" else language
    profile = [first, last, "", PERSON["headline"], "Builds paved roads for developers."]
    profile += ["Leeds, England, United Kingdom", "[PERSONAL:priya.dev]"]
    if language == "en-old":
        profile.pop(2)
    work = [
        [
            company,
            title,
            "Runs the deploy platform.\n• Cut deploy time from 40 to 6 minutes.\n• Led the "
            "move to Kubernetes.",
            "Leeds",
            _date(start, months, bare_year),
            _date(end, months, bare_year),
        ]
        for company, title, start, end in PERSON["work"]
    ]
    return {
        "Profile.csv": [profile],
        "Positions.csv": work,
        "Education.csv": [
            [
                PERSON["school"],
                _date((2010, 9), months, True),
                _date((2013, 6), months, True),
                "",
                "BSc Computer Science",
                "Robotics society",
            ]
        ],
        "Skills.csv": [[skill] for skill in PERSON["skills"]],
        "Email Addresses.csv": [
            ["old@example.com", yes, "No", "1/2/15"],
            [PERSON["email"], yes, yes, "3/4/20"],
        ],
    }


def _csv(header: list[str], rows: list[list[str]], delimiter: str = ",") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def linkedin_files(variant: str = "en") -> dict[str, bytes]:
    """The archive's files (name -> bytes) for one export variant."""
    language = variant if variant in _HEADERS else "en"
    rows = _rows(language, bare_year=variant == "en-old")
    files = {}
    for name, header in _HEADERS[language].items():
        body = rows[name]
        if variant == "en-reordered":
            # Columns in reverse order, plus one LinkedIn may add later.
            header = [*reversed(header), "Member Since"]
            body = [[*reversed(row), "x"] for row in body]
        delimiter = ";" if variant == "en-semicolon" else ","
        data = _csv(header, body, delimiter)
        if variant == "en-notes" and name in ("Positions.csv", "Education.csv"):
            data = b'Notes:\n"This file lists your positions."\n\n' + data
        if variant == "fr":
            data = b"\xef\xbb\xbf" + data
        files[name] = data
    if variant == "en-folder":
        files = {
            f"Basic_LinkedInDataExport_03-12-2025/{name}": data for name, data in files.items()
        }
    return files


def make_zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def make_linkedin_zip(variant: str = "en") -> bytes:
    return make_zip(linkedin_files(variant))
