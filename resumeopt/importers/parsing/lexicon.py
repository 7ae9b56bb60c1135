"""Word lists and places: what tells a job title from an employer, a school or a place.

The lists live in `importers/data/vocabulary.json`; countries come from pycountry.
"""

from __future__ import annotations

import contextlib
import gettext
import hashlib
import json
import marshal
import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

from resumeopt.compiled import write_atomically
from resumeopt.words import COMMON_WORDS_FILE, common_word

VOCABULARY_FILE = Path(__file__).parent.parent / "data" / "vocabulary.json"
DEGREES_FILE = Path(__file__).parent.parent / "data" / "degrees.json"
CERTIFICATES_FILE = Path(__file__).parent.parent / "data" / "certificates.json"
CITIES_FILE = Path(__file__).parent.parent / "data" / "cities.tsv"
PLACES_FILE = Path(__file__).parent.parent / "data" / "places.tsv"
# `places.tsv` with each town's level worked out, written on first use (gitignored).
PLACES_COMPILED = Path(__file__).parent.parent / "data" / "places.compiled"


@cache
def vocabulary() -> dict[str, Any]:
    data = json.loads(VOCABULARY_FILE.read_text(encoding="utf-8"))
    return {
        "title_words": set(data["title_words"]),
        "organisation_words": set(data["organisation_words"]),
        "institution_words": set(data["institution_words"]),
        "us_states": set(data["us_states"]),
        "ca_provinces": set(data["ca_provinces"]),
        "state_codes_also_words": set(data["state_codes_also_words"]),
        # Countries whose people write a town with its state's code ("Campinas, SP",
        # "Parramatta, NSW", "Pune, MH"); the codes come from pycountry's subdivisions.
        "region_code_countries": tuple(data["region_code_countries"]),
        # Countries whose states, counties and regions (pycountry's names) are read as the
        # place when written alone on a contact line ("Haryana", "Ikeja, Lagos State").
        "region_countries": tuple(data["region_countries"]),
        # English names pycountry does not give ("Bavaria") and regions people write that are
        # no ISO subdivision ("Greater Manchester", "Metro Manila") -> their country.
        "region_names": data["region_names"],
        # The last word of a group that owns an employer ("Harris Health System", "CHRISTUS
        # Health"): written in brackets after the employer, it is no place.
        "group_words": tuple(data["group_words"]),
        "title_field_words": frozenset(data["title_field_words"]["words"]),
        "company_continuations": frozenset(data["company_continuations"]["words"]),
        "site_heads": frozenset(data["site_kinds"]["heads"]),
        "site_qualifiers": frozenset(data["site_kinds"]["qualifiers"]),
        "country_aliases": data["country_aliases"],
        "remote_words": set(data["remote_words"]),
        "title_heads": set(data["title_heads"]),
        # German, Dutch and Nordic titles are compounds ending in their head word
        # ("Vertriebsleiter", "Softwareentwickler", "Projectmedewerker"), and so are English
        # ones in "-person" ("Storeperson", "Salesperson").
        "title_head_endings": tuple(data["title_head_endings"]),
        # Each legal form with and without its last dot: callers compare words as written
        # ("Inc.") or stripped ("inc"), so both spellings must be known.
        "company_suffixes": {
            form for suffix in data["company_suffixes"] for form in (suffix, suffix.rstrip("."))
        }
        | {suffix.rstrip(".") + "." for suffix in data["company_suffixes"]},
        "company_suffixes_of_several_words": tuple(data["company_suffixes_of_several_words"]),
        # "AS", "Co", "SpA" are legal forms; "as", "co", "spa" in lower case are words.
        "company_suffixes_also_words": set(data["company_suffixes_also_words"]),
        "self_employment_words": set(data["self_employment_words"]),
        "field_labels": set(data["field_labels"]),
        "business_areas": set(data["business_areas"]),
        # Words that make a place's name of everyday words ("Victoria Island", "Kings Heath",
        # "Vile Parle East", "Electronic City"): a district after an employer is written so.
        "place_kind_words": frozenset(data["place_kind_words"]),
        # "CPL Healthcare, Dublin — placements at St James's Hospital and Beaumont": the
        # agency employs; where it placed the user follows these words.
        "placement_leads": tuple(data["placement_leads"]),
        "name_particles": set(data["name_particles"]),
        "employment_types": set(data["employment_types"]),
        # The words a bracket after a title uses for the terms of the job ("(interim
        # contract)", "(nights)", "(6-month maternity cover)"): never the title's own.
        "employment_terms": set(data["employment_terms"]),
        # "(JIB Gold Card)", "(Gas Safe Registered)" after a title: a card or register the
        # worker holds, closed by one of these words; never the title's own.
        "credential_words": set(data["credential_words"]),
        # "(contract, via Hays)", "(through Robert Walters)": the agency that placed the user.
        "agency_links": tuple(data["agency_links"]),
        # "(Client: Unilever)" after a consultancy: whom it placed the user with.
        "client_labels": tuple(data["client_labels"]),
        # A table's column names over its jobs ("Period | Employer | Position"), by field.
        "column_names": {
            name: field for field, names in data["column_names"].items() for name in names
        },
        # "Branch: Army National Guard", "Rank: Specialist": what a service record labels.
        "service_labels": {
            label: field for label, field in data["service_labels"].items() if label != "_about"
        },
        # Compounding languages glue the word for school to its name ("Restaurantskolen").
        "institution_word_endings": tuple(data["institution_word_endings"]),
        # Words a description's sentence opens with, never a company's or a title's own.
        "description_openers": set(data["description_openers"]),
        "street_types": data["street_types"],
        # "Thesis: ...", "Advisor: ...": what an education entry says of itself.
        "education_detail_labels": set(data["education_detail_labels"]),
        # "Berufsschule: Schulzentrum Utbremen", "Abschluss: Mechatroniker (IHK)".
        # "Career Break", "Parental leave": time between jobs, written where the jobs are.
        "career_breaks": tuple(data["career_breaks"]),
        "education_school_labels": set(data["education_school_labels"]),
        # "Tertiary: Bachelor of Science in Nursing | ...", "Secondary: Sacred Heart School".
        "education_level_labels": set(data["education_level_labels"]),
        "education_degree_labels": set(data["education_degree_labels"]),
        # "Field of study: Nursing", "Major: Economics": what was studied, under its school.
        "education_area_labels": set(data["education_area_labels"]),
        "education_columns": {
            field: set(names)
            for field, names in data["education_columns"].items()
            if not field.startswith("_")
        },
        # "Front Desk Coordinator / Coordonnatrice de la réception": the small words that
        # give away a bilingual resume's French or Spanish half of a title.
        "translation_links": set(data["translation_links"]),
        # "Conseillère en finances", "Addetta alle vendite", "Kauffrau im Einzelhandel": the
        # words that join a title's head to what it covers in other languages.
        "title_links": set(data["title_links"]),
        # "MOS 88M Motor Transport Operator": a service member's specialty code and name.
        "specialty_codes": tuple(data["specialty_codes"]),
        # "Experienced Network Engineer with 6-year": how long the person has worked, said
        # in a profile's sentence, never in a name or a title.
        "experience_claim": {
            key: tuple(words)
            for key, words in data["experience_claim"].items()
            if not key.startswith("_")
        },
    }


@cache
def _experience_claim_re() -> re.Pattern:
    claim = vocabulary()["experience_claim"]

    def either(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))

    number = rf"(?:\d{{1,2}}|{either(claim['numbers'])})\+?"
    years = rf"(?:{either(claim['years'])})\b"
    return re.compile(
        # "with 6-year", "over 10 years", "mit 8 Jahren", "plus de 5 ans"
        rf"(?<!\w)(?:{either(claim['links'])})\s+{number}\s*-?\s*{years}"
        # "5+ years of experience", "12 years in retail", "8 Jahre Berufserfahrung"
        rf"|(?<!\w){number}\s*-?\s*{years}\s+(?:{either(claim['after_years'])})(?!\w)",
        re.IGNORECASE,
    )


def experience_claim(text: str) -> bool:
    """'Dedicated nurse with over 10 years', '5+ years of experience': a profile's sentence."""
    return bool(_experience_claim_re().search(text))


@cache
def _street_line() -> re.Pattern:
    types = "|".join(re.escape(word) for word in vocabulary()["street_types"])
    return re.compile(
        rf"\s*\d{{1,6}}[A-Z]?\s+(?:[A-Z][\w'.-]*\s+){{1,3}}(?i:{types})\.?(?=,|\s*$|\s+(?i:apt|unit|#))"
    )


def is_street_address(text: str) -> bool:
    """'1968 Gilbert Street, Norfolk, VA 23511': a house number, a street, its type."""
    return bool(_street_line().match(text))


@cache
def _legal_form_end() -> re.Pattern:
    """A legal form closing a name: "sp. z o.o.", "S.A. de C.V.", "Co., Ltd.", "a. s."."""
    words = vocabulary()
    dotted = [form for form in words["company_suffixes"] if "." in form.rstrip(".")]
    forms = sorted({*words["company_suffixes_of_several_words"], *dotted}, key=len, reverse=True)
    # Written with or without a space after each inner dot: "a.s." and "a. s.".
    spelled = [
        r"\s*".join(re.escape(word).replace(r"\.", r"\.\s?") for word in form.rstrip(".").split())
        for form in forms
    ]
    return re.compile(rf"(?:^|[\s,])((?:{'|'.join(spelled)})\.?)\s*$", re.IGNORECASE)


def legal_form(text: str) -> str:
    """The legal form a company name ends with ("Nordbau sp. z o.o." -> "sp. z o.o."), or ""."""
    text = text.strip()
    if match := _legal_form_end().search(text):
        return match[1]
    last = text.split()[-1] if text.split() else ""
    key = last.lower().strip(",()")
    if key in vocabulary()["company_suffixes_also_words"] and last.islower():
        return ""
    return last if key in vocabulary()["company_suffixes"] else ""


def read_location(text: str) -> dict[str, str] | None:
    """'San Francisco, CA' / 'Berlin, Germany' / 'Remote' as a JSON Resume location."""
    words = vocabulary()
    clean = text.strip().rstrip(".")
    if clean.lower() in words["remote_words"]:
        return {"city": clean}
    parts = [part.strip() for part in re.split(r"\s*[,/]\s*", clean)]
    if not 1 <= len(parts) <= 3 or not all(parts):
        return None
    # "Ottawa (Ontario)", "Köln (Deutschland)": a known town, its region or country in brackets
    # ("Unilever (UK)" is an employer).
    bracket = len(parts) == 1 and re.fullmatch(r"(.+?)\s*\(([^()]+)\)", clean)
    if bracket and lone_city(bracket[1], guarded=True):
        parts = [bracket[1], bracket[2]]
    # "Parramatta NSW 2150", "Brisbane QLD", "Campinas - SP": a town and its state's code.
    # Without its postcode only a known town: "Transport for NSW", "Service NSW" are employers.
    state = len(parts) == 1 and _TOWN_AND_STATE_CODE.fullmatch(parts[0])
    if state and (
        state["postcode"]
        or lone_city(state["town"], guarded=True)
        or "BR" in region_codes().get(state["code3"] or "", ())
    ):
        parts = [state["town"], state["code"] or state["code3"]]
    # A US ZIP code or a Canadian postal code after the state or province; an Indian PIN or
    # a Philippine ZIP after a dash or a region ("Faridabad, Haryana - 121007").
    zip_code = re.fullmatch(
        r"(.+?)\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d|(?:[-–]\s*)?\d{4,6})", parts[-1]
    )
    if zip_code and (len(parts) > 1 or not zip_code[1][-1:].isdigit()):
        parts[-1] = zip_code[1]
    # "Parramatta NSW 2150", "Brisbane QLD", "São Paulo - SP": a town and its state's code.
    # "El Paso, TX United States", as the federal resume builder writes a job's place.
    state_country = re.fullmatch(r"([A-Z]{2})\s+([A-Z][\w .]+)", parts[-1])
    if (
        len(parts) == 2
        and state_country
        and state_country[1] in words["us_states"] | words["ca_provinces"]
        and country_code(state_country[2]) in ("US", "CA")
    ):
        parts[-1:] = [state_country[1], state_country[2]]
    if len(parts) == 1:
        code = country_code(parts[0])
        return {"countryCode": code} if code else None
    if not all(_PLACE_NAME.fullmatch(part) for part in parts):
        return None
    named = {word.lower().strip(".,()") for word in clean.split()}
    if named & (words["institution_words"] | words["organisation_words"] | words["title_words"]):
        return None  # "Tver State University, Russia" is a school in a place, not a place
    # "Jane Roe, MD, MPH": a state's letters followed by no country are a credential's.
    if len(parts) == 3 and not country_code(parts[2]) and len(parts[1]) == 2:
        return None
    if len(parts[1]) == 2 and parts[1].upper() in words["us_states"] | words["ca_provinces"]:
        location = {"city": parts[0], "region": parts[1].upper()}
        if len(parts) == 3 and country_code(parts[2]):
            location["countryCode"] = country_code(parts[2])
        elif parts[1].upper() in words["ca_provinces"] - words["us_states"]:
            location["countryCode"] = "CA"
        return location
    region = parts[1].upper() if parts[1].isupper() else ""
    if region and (countries := region_codes().get(region)):
        # "Campinas, SP", "Joinville, SC, Brasil": a state's code of a country whose
        # people write it so; the country is known when only one such country has the code.
        location = {"city": parts[0], "region": region}
        named = country_code(parts[2]) if len(parts) == 3 else ""
        if named in countries or (not named and len(parts) == 2):
            # "Madrid, ES" may mean Spain as well as Espírito Santo: no country is guessed
            # from a code that is also a country's, but a known town of one of the code's
            # countries says which ("Belo Horizonte - MG", MG being Madagascar's code too).
            town = lone_city(parts[0], guarded=True)
            if named or (len(countries) == 1 and not pycountry_alpha_2(region)):
                location["countryCode"] = named or countries[0]
            elif town and town.get("countryCode") in countries:
                location["countryCode"] = town["countryCode"]
            return location
    # "Moscow, Russia", "Israel, Tel-Aviv", "Austin, Texas, USA".
    for index in (len(parts) - 1, 0):
        code = country_code(parts[index])
        if code:
            others = parts[:index] + parts[index + 1 :]
            # "Bavaria, Germany": a region alone before its country is no town.
            lone_region = len(others) == 1 and not lone_city(others[0], guarded=True)
            if lone_region and (region := region_named(others[0], country=code)):
                return region
            # "Lekki Phase 1, Lagos, Nigeria": a numbered district or street before a town.
            if len(others) == 2 and re.search(r"\d", others[0]) and lone_city(others[1]):
                return {"address": clean, "city": others[1], "countryCode": code}
            location = {"city": others[0], "countryCode": code}
            if len(others) > 1:
                location["region"] = others[1]
            return location
    # "Bengaluru, Karnataka", "Reading, England", "Marion, Ohio": a known town and a region
    # of a country that has a town so named.
    # A lesser town's name before a great city is a district of it ("Thanh Xuân, Hà Nội",
    # "Ikeja, Lagos"): the city is not its region.
    if len(parts) == 2 and (lone_city(parts[0]) or not lone_city(parts[1])):
        region = re.sub(r"\s+(?:State|Province|Region|County)$", "", parts[1])
        for code in town_countries(parts[0]):
            named = region_named(parts[1], country=code)  # "Munich, Bavaria"
            if _fold(region) in _subdivision_names(code) or named:
                return {"city": parts[0], "countryCode": code, "region": parts[1]}
    # "Daventry (DIRFT)", "Milton Keynes (Magna Park)": a known town, then the site or the
    # district in it, named in brackets; not how the job was held ("Phoenix (Contract)").
    terms = {*words["employment_terms"], *words["employment_types"], *words["remote_words"]}
    if bracket and len(bracket[2].split()) <= 4 and bracket[2].lower() not in terms:
        return lone_city(bracket[1], guarded=True)
    return None


_TOWN_AND_STATE_CODE = re.compile(
    r"(?P<town>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}?)"
    r"(?:\s+(?P<code>NSW|VIC|QLD|TAS|SA|WA|NT|ACT)(?:\s+(?P<postcode>\d{4}))?"
    r"|\s+[-–]\s+(?P<code3>[A-Z]{2}))"
)


def town_in_region(text: str) -> dict[str, str] | None:
    """'Ikeja, Lagos State', 'Quezon City, Metro Manila 1101': a town no list knows before
    a state or region of a country that does. For a contact line, where a place is expected;
    a job's line ("Bolton Clarke, Queensland") may be an employer and a place."""
    place = read_location(text)
    if place:
        return place
    parts = [part.strip() for part in re.split(r"\s*,\s*", text.strip().rstrip("."))]
    if len(parts) != 2 or not all(_PLACE_NAME.fullmatch(part) for part in parts[:1]):
        return None
    region_text = re.sub(r"\s+(?:[-–]\s*)?\d{4,6}$", "", parts[1])
    region = region_named(region_text)
    if not region or any(ch.isdigit() for ch in parts[0]):
        return None
    named = {word.lower().strip(".,()") for word in parts[0].split()}
    words = vocabulary()
    if named & (words["institution_words"] | words["organisation_words"] | words["title_words"]):
        return None
    return {"city": parts[0], **region}


def district_and_town(text: str) -> dict[str, str] | None:
    """'Nasr City, Cairo', 'Victoria Island, Lagos', 'Andheri East, Mumbai': a district
    before its known town, as a contact line writes where someone lives; the town is the
    city, the whole the address. The district's name says it is a place: it ends as a place
    does ("City", "Island", "East") or is itself a town's; two names of no such word before a
    town may be a person's ("Ahmed Samir, Cairo")."""
    parts = [part.strip() for part in text.strip().rstrip(".").split(",")]
    if len(parts) != 2 or not _PLACE_NAME.fullmatch(parts[0]):
        return None
    town = lone_city(parts[1], guarded=True)
    words = [word.lower().strip(".") for word in parts[0].split()]
    known = vocabulary()
    blocked = known["institution_words"] | known["organisation_words"] | known["title_words"]
    if not town or any(ch.isdigit() for ch in parts[0]) or set(words) & blocked - {"city"}:
        return None
    if len(words) > 1 and words[-1] in known["place_kind_words"] or town_countries(parts[0]):
        return {"address": text.strip(), **town}
    return None


def region_named(text: str, *, country: str = "") -> dict[str, str] | None:
    """'Bavaria', 'Greater Manchester', 'Haryana', 'Lagos State': a state, province or region
    written alone as where someone lives, with its country when it names one region only."""
    key = _fold(re.sub(r"\s+(?:State|Province|Region|County)$", "", text.strip()))
    key = re.sub(r"^(?:co|county) ", "", key)  # "Co. Cork", "County Cork"
    if not key or not text.strip()[:1].isupper():
        return None
    countries = _regions().get(key, ())
    if country:
        countries = tuple(code for code in countries if code == country)
    if not countries:
        return None
    region = {"region": text.strip()}
    if len(set(countries)) == 1:
        region["countryCode"] = countries[0]
    return region


_REGION_TYPES = frozenset(
    {"State", "Province", "Region", "County", "Two-tier county", "Land", "Canton", "Territory"}
    | {"Autonomous community", "Autonomous region", "Autonomous province", "Union territory"}
    | {"Capital territory", "Federal capital territory", "Federal district", "Voivodship"}
    | {"Capital district", "Metropolitan region", "Federal entity"}
    | {"Prefecture", "Special self-governing province"}  # Japan's, Korea's Gangwon and Jeju
)
# The words pycountry keeps after a region's own name: "Guangdong Sheng", "Guangxi Zhuangzu
# Zizhiqu", "Gyeonggi-do", "Jeju-teukbyeoljachido"; resumes write "Guangdong", "Gyeonggi".
_REGION_KIND = re.compile(
    r"(?:\s+Sheng|(?:\s+\w+zu|\s+Uygur)?\s+Zizhiqu|-(?:do|teukbyeoljachido))$"
)


@cache
def _regions() -> dict[str, tuple[str, ...]]:
    """Region names, folded -> the countries that have a region so named: the subdivisions
    pycountry knows for the countries our users come from, and the English names and
    metropolitan counties it does not (vocabulary `region_names`)."""
    import pycountry

    regions: dict[str, tuple[str, ...]] = {}
    for country in vocabulary()["region_countries"]:
        for subdivision in pycountry.subdivisions.get(country_code=country) or []:
            # A city or district that is also a subdivision ("Derby", "Milano") is a town.
            if subdivision.type not in _REGION_TYPES:
                continue
            if subdivision.code == "CN-TW":
                continue  # Taiwan is read as its own country (TW)
            name = re.sub(r"\s*\[.*\]$", "", subdivision.name)
            name = re.sub(r"\s+(?:State|Province|Region|County)$", "", name)
            for key in {_fold(name), _fold(_REGION_KIND.sub("", name))}:
                regions[key] = (*regions.get(key, ()), country)
    for name, country in vocabulary()["region_names"].items():
        regions[_fold(name)] = (*regions.get(_fold(name), ()), country)
    return regions


def _fold(text: str) -> str:
    """'São Paulo' -> 'sao paulo': how a city's name is looked up."""
    bare = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(bare.lower().replace(".", " ").split())


# How sure a town's name alone makes the text a place (`lone_city`): anywhere a place may be
# written; only where the caller is sure a place is written (beside contact details, after
# the employer); only beside the town's own region (`read_location`'s "Marion, Ohio").
_ANYWHERE, _PLACE_EXPECTED, _BESIDE_REGION = 0, 1, 2
# A town of `places.tsv` this big whose name is also a person's ("Warren", "Jackson") or of
# everyday words ("Long Beach", "Little Rock") is read where a place is expected; a smaller
# one only beside its region.
_TOWN_OF_NOTE = 100_000


_Town = tuple[str, int, tuple[str, ...]]


def _city(text: str) -> _Town | None:
    """What `_build_cities` says of a town so named, if it knows one."""
    index, towns = _cities()
    found = index.get(_fold(text))
    return None if found is None else towns[found]


@cache
def _cities() -> tuple[dict[str, int], list[_Town]]:
    """The towns of `_build_cities`, each spelling pointing into the list of what is said of
    them (a few thousand distinct), read from their compiled file (milliseconds) when it is
    up to date; otherwise built (a second) and written for the next process, if the folder is
    writable (the image builds it at build time)."""
    try:
        stamp, compiled = marshal.loads(PLACES_COMPILED.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        stamp, compiled = "", None
    if stamp == _places_stamp() and compiled:
        return compiled
    compiled = _compile_cities(_build_cities())
    with contextlib.suppress(OSError):  # a read-only install builds them in each process
        write_places_compiled(compiled)
    return compiled


def _compile_cities(cities: dict[str, _Town]) -> tuple[dict[str, int], list[_Town]]:
    towns = sorted(set(cities.values()))
    position = {town: index for index, town in enumerate(towns)}
    return {key: position[town] for key, town in cities.items()}, towns


def _places_stamp() -> str:
    """What the compiled towns were made from: their data files, the word lists that mark a
    name as a word, this module."""
    digest = hashlib.sha256(str(marshal.version).encode())
    words = COMMON_WORDS_FILE
    for path in (CITIES_FILE, PLACES_FILE, VOCABULARY_FILE, words, Path(__file__)):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def write_places_compiled(compiled: tuple | None = None) -> None:
    """Build the towns and write them, compiled, into `PLACES_COMPILED` (atomically)."""
    compiled = compiled or _compile_cities(_build_cities())
    write_atomically(PLACES_COMPILED, marshal.dumps((_places_stamp(), compiled)))


def _build_cities() -> dict[str, _Town]:
    """Every spelling of a town -> the country of the one meant when the name stands alone
    ("" when towns so named in several countries are alike in size), how sure the name alone
    makes a place, and the countries that have a town so named.

    `cities.tsv`, written by hand, says which of its names are also words or a person's;
    `places.tsv` (GeoNames' towns of 15,000 people or more, scripts/build_places.py) adds the
    long tail: its towns are never read as places anywhere a name may stand ("Toyota",
    "Nokia" are employers too), only where a place is expected, and one whose name is a
    common word or a person's only when big or beside its region ("Of", "Marion").
    """
    cities: dict[str, _Town] = {}
    for row in CITIES_FILE.read_text(encoding="utf-8").splitlines():
        if row.startswith("#") or not row.strip():
            continue
        name, code, spellings, guard = (row.split("\t") + ["", ""])[:4]
        level = _PLACE_EXPECTED if guard == "guard" else _ANYWHERE
        for spelling in (name, *spellings.split(";")):
            if spelling:
                cities.setdefault(_fold(spelling), (code, level, (code,)))
    known = vocabulary()
    blocked = known["institution_words"] | known["organisation_words"] | known["title_words"]
    blocked = frozenset(blocked - known["place_kind_words"])
    towns: dict[str, list[tuple[str, int, bool]]] = {}
    for row in PLACES_FILE.read_text(encoding="utf-8").splitlines():
        if row.startswith("#"):
            continue
        name, code, _region, population, *mark = row.split("\t")
        towns.setdefault(name, []).append((code, int(population), bool(mark)))
    for name, found in towns.items():
        key = _fold(name)
        countries = tuple(dict.fromkeys(code for code, _, _ in found))
        if key in cities:
            code, level, known = cities[key]
            cities[key] = (code, level, tuple(dict.fromkeys(known + countries)))
            continue
        biggest = max(size for _, size, _ in found)
        level = _town_level(key, biggest, any(mark for *_, mark in found), blocked)
        if level is None:
            continue
        if key in _regions() or country_code(key):
            level = _BESIDE_REGION  # "Ontario" (California) alone means the province
        # "Kettering" (England, 57,000; Ohio, 55,000): no country said of a town so named.
        sizes = sorted(((size, code) for code, size, _ in found), reverse=True)
        rival = next((size for size, code in sizes if code != sizes[0][1]), 0)
        code = sizes[0][1] if rival * 2 < sizes[0][0] else ""
        cities[key] = (code, level, countries)
    return cities


def _town_level(key: str, population: int, person: bool, blocked: frozenset[str]) -> int | None:
    """How sure a gazetteer town's name alone makes a place; None when never: a name holding
    a word of a school, an employer or a job ("University", "College Station", "Mentor")."""
    words = key.replace("-", " ").split()
    if not blocked.isdisjoint(words):
        return None
    everyday = all(common_word(word) for word in words)
    if len(key) <= 3 or (everyday and len(words) == 1):
        return _BESIDE_REGION  # "Of", "Man", "Surprise", "Metro": words first
    if (everyday or person) and population < _TOWN_OF_NOTE:
        return _BESIDE_REGION
    return _PLACE_EXPECTED


def town_countries(text: str) -> tuple[str, ...]:
    """The countries that have a town so named ("Kettering": GB, US)."""
    found = _city(text.strip()) if text.strip()[:1].isupper() else None
    return found[2] if found else ()


def lone_city(
    text: str, *, guarded: bool = False, after_employer: bool = False
) -> dict[str, str] | None:
    """'Munich' / 'Bangalore' written alone as a location, for callers that expect a place.

    A name that is also a word or a person's ("Reading", "Jackson"), and any town only the
    gazetteer knows ("Daventry"), is a city only when the caller says the place is certain
    (`guarded=True`): a region beside it, or a header piece of its own that is not the
    employer. A town named like a word or a person ("Rugby", "Marion") is one only right
    after the employer of a job whose title is written too (`after_employer=True`) or
    beside its region (`read_location`). The country is left out where towns so named
    are alike in size.
    """
    clean = text.strip()
    found = _city(clean) if clean[:1].isupper() else None
    level = _BESIDE_REGION if after_employer else _PLACE_EXPECTED if guarded else _ANYWHERE
    if not found or found[1] > level:
        return None
    return {"city": clean, "countryCode": found[0]} if found[0] else {"city": clean}


@cache
def _subdivision_names(country: str) -> frozenset[str]:
    """'karnataka', 'england', 'oyo': the names of a country's states and regions."""
    import pycountry

    names = set()
    for subdivision in pycountry.subdivisions.get(country_code=country) or []:
        name = re.sub(r"\s*\[.*\]$", "", subdivision.name)  # "Wales [Cymru GB-CYM]"
        names.add(_fold(re.sub(r"\s+(?:State|Province|Region|County)$", "", name)))
    return frozenset(names)


def address_location(value: str) -> dict[str, str]:
    """'Vinohradská 45, 120 00 Praha 2 (Czech Republic)' -> the address as written, its
    city and country."""
    value = " ".join(value.split()).rstrip(".")  # "Petah  Tikva", "Rehovot."
    location: dict[str, str] = {"address": value}
    pieces = [piece.strip() for piece in re.split(r"[,()]", value) if piece.strip()]
    # "..., Dublin 6, D06 F2K8", "..., Bristol, BS8 1TH": a British or Irish postcode closes
    # the address after its town.
    while len(pieces) > 1 and _UK_OR_IRISH_POSTCODE.fullmatch(pieces[-1]):
        pieces.pop()
    # "..., Northampton NN3 7PL", "..., Chennai - 600042, Tamil Nadu": a postcode after the
    # town, in the town's piece.
    pieces[1:] = [_TRAILING_POSTCODE.sub("", piece) for piece in pieces[1:]]
    # "12 Main St, Springfield, IL 62704", "Flat 402, DLF Phase 3, Gurugram, Haryana - 122002":
    # the pieces after the street read as a place.
    for size in (3, 2):
        place = len(pieces) >= size and (
            read_location(", ".join(pieces[-size:]))
            or (size == 2 and town_in_region(", ".join(pieces[-size:])))
        )
        if place and place.get("city") and not re.search(r"\d", place["city"]):
            return {**location, **place}
    country = next((piece for piece in reversed(pieces) if country_code(piece)), None)
    if country:
        location["countryCode"] = country_code(country)
        pieces = pieces[: pieces.index(country)]
    # The town follows its postcode: "120 00 Praha 2", "10115 Berlin", "75008 Paris"; the
    # first piece of a longer address is the street ("Rua X 410", never a town).
    for piece in reversed(pieces[1:] or pieces):
        postcode = re.match(r"(?:[A-Z]{1,2}-)?\d[\d\s-]{2,}\s(?=[^\W\d])", piece)
        town = re.sub(r"\s+\d{1,2}$", "", piece[postcode.end() :]).strip() if postcode else ""
        if town and not any(ch.isdigit() for ch in town):
            location["city"] = town
            return location
    # "..., Chennai - 600042", "..., Cebu City 6000", "P.O. Box 19676-00202, Nairobi", "...,
    # Dublin 6": a known town last, a postcode or a district's number after it; "Residence:
    # Rehovot", "Petah Tikva, Israel": the town alone.
    if pieces:
        town = re.sub(r"\s+(?:[-–]\s*)?\d{1,6}$", "", pieces[-1])
        if found := lone_city(town, guarded=True):
            if found.get("countryCode"):
                location.setdefault("countryCode", found["countryCode"])
            location["city"] = town
    return location


_TRAILING_POSTCODE = re.compile(
    r"(?<=[^\W\d_])\s+(?:[-–]\s*)?(?:\d{5,6}|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$"
)
_UK_OR_IRISH_POSTCODE = re.compile(
    r"[A-Z]{1,2}\d[A-Z\d]?(?:\s*\d[A-Z]{2})?|[AC-FHKNPRTV-Y]\d[\dW]\s?[AC-FHKNPRTV-Y\d]{4}"
)


_PLACE_NAME = re.compile(r"[A-Z][\w.'-]*(?:\s+[\w.'-]+){0,2}")


def proper_name(text: str) -> bool:
    """One to three capitalised words that may name a place no list of ours knows: the last
    is no common English word ('Neutraubling', 'Clichy', 'Kings Lynn', 'Santa Clara') or
    says what kind of place it is ('Victoria Island', 'Kings Heath'). 'Cloud Platform',
    'Retail Banking', 'Search Team' end as a business or a team does, not as a place."""
    words = text.split()
    names = vocabulary()
    blocked = names["institution_words"] | names["organisation_words"] | names["title_words"]
    kinds = names["place_kind_words"]
    if not 1 <= len(words) <= 3 or not all(
        word[:1].isupper() and re.fullmatch(r"[^\W\d_][\w'.-]*", word) for word in words
    ):
        return False
    last = words[-1].lower()
    if len(words) > 1 and last in kinds:
        return True  # "Business Bay", "Technology Park", "Electronic City"
    return not common_word(last) and not {word.lower() for word in words} & blocked


_TOWN_THEN_STATE = re.compile(r"([A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2}) ([A-Z]{2})")


def town_and_state(text: str) -> bool:
    """'Bentonville AR', 'Redmond WA', 'Moncton NB': a town and its US state's or Canadian
    province's letters without the comma, as US resumes often write a job's place."""
    found = _TOWN_THEN_STATE.fullmatch(text.strip())
    names = vocabulary()
    if not found or found[2] not in names["us_states"] | names["ca_provinces"]:
        return False
    town = found[1]
    blocked = names["institution_words"] | names["organisation_words"] | names["title_words"]
    return not town.isupper() and not {word.lower() for word in town.split()} & blocked


def known_place(text: str) -> bool:
    """Is this text a place, as written or as a district before one, where a place may be
    written (after a job's employer)?

    'Lagos', 'Ikoyi, Lagos', 'Andheri East, Mumbai', 'Lévis (Quebec)', 'Bavaria': the whole
    is a place some list knows, or its last piece is a known town, region or country and the
    pieces before it are short capitalised names; or it is a name made of no common word
    (`proper_name`: 'Neutraubling'). A short capitalised name of everyday words ("Cloud
    Platform", "Search Infrastructure") is not enough: a business or a team is written so.
    """
    clean = text.strip().rstrip(".")
    if not clean or read_location(clean) or town_in_region(clean):
        return True
    if proper_name(clean) or town_and_state(clean):
        return True
    pieces = [piece.strip() for piece in clean.split(",")]
    if 1 < len(pieces) <= 3 and lone_city(pieces[0], guarded=True):
        # "Abuja, FCT", "Accra, GH": a known town, then its region's or country's letters.
        return all(re.fullmatch(r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}", p) for p in pieces[1:])
    *before, last = pieces
    bracket = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", last)
    if bracket and not before:
        before, last = [bracket[1]], bracket[2]
    # After an employer a town's name is a place even where it is also a word ("Reading").
    names = vocabulary()
    last_known = (
        lone_city(last, guarded=True)
        or region_named(last)
        or country_code(last)
        or (bool(before) and last in names["us_states"] | names["ca_provinces"])  # "Moncton (NB)"
    )
    if not last_known or len(before) > 2:
        return False
    blocked = names["institution_words"] | names["organisation_words"] | names["title_words"]
    return all(
        _PLACE_NAME.fullmatch(piece)
        and not {word.lower().strip(".()") for word in piece.split()} & blocked
        for piece in before
    )


# The languages whose country names are known besides English (pycountry's translations).
_CV_LANGUAGES = ("de", "fr", "es", "it", "pt", "pl", "cs", "nl")


@cache
def _country_codes() -> dict[str, str]:
    """Country names (short, common and official) and aliases, lower-case, to ISO codes."""
    import pycountry

    codes = {}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            name = getattr(country, attribute, None)
            if name:
                codes[name.lower()] = country.alpha_2
    # "Köln (Deutschland)", "Madrid, España": European CVs name countries in their language.
    for language in _CV_LANGUAGES:
        try:
            names = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        except OSError:
            continue
        for country in pycountry.countries:
            codes.setdefault(names.gettext(country.name).lower(), country.alpha_2)
    codes.update(vocabulary()["country_aliases"])
    return codes


@cache
def region_codes() -> dict[str, tuple[str, ...]]:
    """A state's or territory's code ("SP", "NSW") -> the countries (ISO codes) that have
    it, for the countries whose resumes write a town with that code."""
    import pycountry

    # "Grace Adeyemi, RN", "Jon Ode, MA", "Nordic Ventures, AS": letters after a name that
    # are a credential, a degree or a legal form, never a state.
    taken = _taken_codes()
    aliases = {alias.upper() for alias in vocabulary()["country_aliases"]}
    codes: dict[str, tuple[str, ...]] = {}
    for country in vocabulary()["region_code_countries"]:
        for subdivision in pycountry.subdivisions.get(country_code=country) or []:
            code = subdivision.code.split("-", 1)[1]
            # "Leeds, UK": a country's name or alias is read as the country.
            if 2 <= len(code) <= 3 and code.isalpha() and code not in taken | aliases:
                codes[code] = (*codes.get(code, ()), country)
    return codes


def state_code_place(code: str) -> dict[str, str] | None:
    """A state's or province's code written alone, as after a name on a page's first line
    ("Jane Doe, ON", "Sam Lee, NSW"): the region and its country, where the code names one
    region of one country only and is no word, credential, degree or legal form ("IN", "OR",
    "ME" are words; "MA" a degree; "SC" is South Carolina and Santa Catarina)."""
    words = vocabulary()
    if not re.fullmatch(r"[A-Z]{2,3}", code) or code in words["state_codes_also_words"]:
        return None
    countries = set(region_codes().get(code, ()))
    if code in words["us_states"]:
        countries.add("US")
    if code in words["ca_provinces"]:
        countries.add("CA")
    if len(countries) != 1 or code in _taken_codes():
        return None
    return {"region": code, "countryCode": countries.pop()}


@cache
def _taken_codes() -> frozenset[str]:
    """Letters after a name that are a credential, a degree or a legal form."""
    credentials = json.loads(CERTIFICATES_FILE.read_text(encoding="utf-8"))["acronyms"]
    degrees = json.loads(DEGREES_FILE.read_text(encoding="utf-8"))
    return frozenset(
        {
            *(code.upper() for code in credentials),
            *(spelling.replace(".", "").upper() for spelling in degrees["abbreviations"]),
            *(spelling.replace(".", "").upper() for spelling in degrees["dotted_only"]),
            *(suffix.strip(".").upper() for suffix in vocabulary()["company_suffixes"]),
        }
    )


@cache
def pycountry_alpha_2(code: str) -> bool:
    import pycountry

    return pycountry.countries.get(alpha_2=code) is not None


def country_code(name: str) -> str:
    """The ISO code of a country name ("Russia" -> "RU"), or "" if it names none."""
    return _country_codes().get(name.strip().lower(), "")


def title_score(text: str) -> int:
    words = {word.lower().strip(",.()") for word in re.split(r"[\s/-]+", text)}
    score = len(words & vocabulary()["title_words"])
    return score + (1 if re.search(r"\b(?:vice president|head of|co-founder)\b", text, re.I) else 0)


def role_score(text: str) -> int:
    """How strongly a header segment reads as a job title.

    A title is a noun phrase whose head comes last ("Senior Software Developer",
    "Web-Developer"), before any "of"/"in" or bracket ("Head of IT",
    "Assistant in Department of Demand Planning", "Developer (Python)").
    """
    words = vocabulary()
    # A bracket inside the title is set aside: "D2 (Middle) Software Engineer".
    inner = re.sub(r"\s*\([^()]*\)\s*(?=\w)", " ", text.strip())
    # Romance languages put the head first too: "Analista de Processos", "Especialista em X".
    core = re.split(
        r"\s+(?:of|in|for|at|@|de|del|della|di|du|des|da|do|em|en)\s+|\s*[(,]", inner, maxsplit=1
    )[0]
    tokens = [token.lower().strip(",.()") for token in re.split(r"[\s/]+", core)]
    tokens = [token for token in tokens if token]
    # A grade after the head ("Software Engineer II", "Analyst 3") leaves it the head.
    while len(tokens) > 1 and re.fullmatch(r"i{1,3}|iv|v|[1-5]", tokens[-1]):
        tokens.pop()
    # So does a service's class ("Logistics Specialist First Class", "Airman First Class").
    if len(tokens) > 2 and tokens[-1] == "class" and tokens[-2] in ("first", "second", "third"):
        del tokens[-2:]
    if not tokens or len(tokens) > 8:
        return 0
    known = words["title_words"] | words["title_heads"]
    score = sum(
        1
        for token in tokens
        if token in known or set(token.split("-")) & known or compound_title(token)
    )
    last = tokens[-1]
    if (
        last in words["title_heads"]
        or set(last.split("-")) & words["title_heads"]
        or compound_title(last)
    ):
        score += 2
    if re.search(r"\b(?:vice president|head of|co-founder)\b", text, re.I):
        score += 1
    return score


def compound_title(token: str) -> bool:
    """ "vertriebsleiter", "softwareentwickler": a head word with a longer word before it."""
    endings = vocabulary()["title_head_endings"]
    # Most tokens end with none: one check of them all first (a hot path on long resumes).
    return token.endswith(endings) and any(
        token.endswith(ending) and len(token) >= len(ending) + 3 for ending in endings
    )


def company_goes_on(before: list[str], after: list[str], *, open_after: bool = False) -> bool:
    """Whether the words `after` go on naming the company whose name ends with the words
    `before`: 'DHL' + 'Supply Chain', 'Capitec Bank' + 'Holdings', 'DHL Supply' + 'Chain'.

    `open_after`: what comes after may as well end a phrase left open elsewhere (a column
    above ending "Logistics and"); a name already ending in such words ("DHL Supply Chain")
    is then whole."""
    continuations = vocabulary()["company_continuations"]
    if not before or not after or not before[-1][:1].isupper():
        return False
    last = [word.lower().strip(",.") for word in before[-2:]]
    first = after[0].lower().strip(",.")
    pair = f"{first} {after[1].lower().strip(',.')}" if len(after) > 1 else ""
    if f"{last[-1]} {first}" in continuations:
        return True  # "Supply | Chain": the cut falls inside the phrase
    ended = last[-1] in continuations or " ".join(last) in continuations
    if open_after and ended:
        return False
    # "Systems Administrator", "Group Lead": a title that opens with such a word.
    alone = first in continuations and after[0][:1].isupper() and role_score(" ".join(after)) <= 0
    return pair in continuations or alone


def title_cut_at_head(first: str, second: str) -> bool:
    """'Lead Data' / 'Engineer': a title wrapped by a narrow column, its head word alone on
    the second line and only a title's words on the first (no employer: 'Feedzai' / 'Engineer'
    is a company, then its title)."""
    words = vocabulary()
    head = second.strip().lower()
    if " " in head or head not in words["title_heads"] or not second.strip()[:1].isupper():
        return False
    pieces = first.strip().split()
    if not 1 <= len(pieces) <= 3 or any(not piece[:1].isupper() for piece in pieces):
        return False
    known = words["title_words"] | words["title_field_words"] | set(words["business_areas"])
    lowered = [piece.lower() for piece in pieces]
    # The first line ends with no head of its own ("Senior Engineer" / "Manager" are two).
    return lowered[-1] not in words["title_heads"] and all(word in known for word in lowered)


def names_site(text: str) -> bool:
    """'Hub', 'Depot', 'Distribution Centre', 'Main Campus': a kind of site alone, where in
    the employer a job was; no place and no employer ('Office Depot' is a company)."""
    words = text.lower().strip(" .,()").split()
    if not words or len(words) > 3:
        return False
    words_data = vocabulary()
    heads, qualifiers = words_data["site_heads"], words_data["site_qualifiers"]
    return words[-1] in heads and all(word in qualifiers for word in words[:-1])


def employer_score(text: str) -> int:
    """How strongly a header segment reads as an employer: company suffixes, organisation words."""
    words = vocabulary()
    tokens = [token.lower().strip(",()") for token in text.split()]
    tokens = [token for token in tokens if token]
    if not tokens:
        return 0
    if len(tokens) == 1 and tokens[0] in words["organisation_words"]:
        return 0  # "University", "Bank" alone: a word cut from a sentence, not a name
    if tokens[0].strip(".:") in words["self_employment_words"]:
        return 0  # "Freelance Software Development": how one worked, not for whom
    score = 2 * len(set(tokens) & words["organisation_words"])
    if legal_form(text):
        score += 3
    return score


def organisation_score(text: str) -> int:
    words = {word.lower().strip(",()") for word in text.split()}
    return len(words & vocabulary()["organisation_words"]) * 2


def names_institution(text: str) -> bool:
    words = {word.lower().strip(",.()*") for word in text.split()}
    endings = vocabulary()["institution_word_endings"]
    return bool(words & vocabulary()["institution_words"]) or any(
        word.endswith(endings) for word in words
    )


def _abbreviation(spelling: str, *, dots_required: bool) -> str:
    """'B.Tech' -> a pattern for 'B.Tech', 'BTech', 'B. Tech', 'B.Tech.'."""
    between = r"\.\s?" if dots_required else r"\.?\s?"
    return between.join(re.escape(part) for part in spelling.split(".")) + r"\.?"


@cache
def degree_pattern() -> re.Pattern:
    """Degree names from `data/degrees.json`, in their usual spellings and abbreviations."""
    data = json.loads(DEGREES_FILE.read_text(encoding="utf-8"))
    phrases = [rf"(?i:{phrase})(?:\s+(?i:degree))?" for phrase in data["phrases"]]
    abbreviations = [
        _abbreviation(spelling, dots_required=False)
        for spelling in sorted(data["abbreviations"], key=len, reverse=True)
    ]
    dotted = [_abbreviation(spelling, dots_required=True) for spelling in data["dotted_only"]]
    # A resume in capitals writes "B.COM", "B.SC", "MSC": the dotted forms in capitals with
    # their dots ("MSCI" is a company), the undotted ones as they are.
    capitals = [
        _abbreviation(spelling.upper(), dots_required="." in spelling)
        for spelling in sorted(data["abbreviations"], key=len, reverse=True)
        if spelling != spelling.upper()
    ]
    # "BE in Computer Science", "BE (Mechanical)": undotted, the short ones are degrees only
    # before their field.
    before_field = [
        re.escape(spelling.replace(".", ""))
        + r"(?=\s+(?:in|of)\b|\s*\((?!Hons?\b|Honours|Honors)[A-Z][a-z])"
        for spelling in data["dotted_only"]
    ]
    names = "|".join([*phrases, *abbreviations, *capitals, *dotted, *before_field, r"(?i:diploma)"])
    return re.compile(
        rf"(?<![\w.])(?:{names})"
        # "BSc (Hons)", and unbracketed: "BCom Honours Economics", "BA Hons History", "BA Honours,"
        r"(?:\s*\((?:Hons?|Honours|Honors)\.?\)|\s+(?:Hons\.?|Honours|Honors)(?=\s+(?:[A-Z]|in\b|of\b)|\s*,|$))?"
        r"(?=[\s,.;:)(/–-]|$)"
    )


@cache
def classification_pattern() -> re.Pattern:
    """The grade a degree is awarded with, in brackets or after a comma."""
    data = json.loads(DEGREES_FILE.read_text(encoding="utf-8"))
    names = "|".join(data["classifications"])
    # Words that grade a degree only in brackets after it ("Diploma (Upper Credit)",
    # "BCom (Very Good)"); "(Honours)" alone is part of the degree's name.
    bracketed = "|".join(sorted(data["bracketed_grades"], key=len, reverse=True))
    return re.compile(
        rf"(?:,\s*|\s*\(|\s+|^)\b((?:{names})|(?<=\()\s*(?:{bracketed})(?=\s*\)))\)?(?=[\s,;)]|$)",
        re.I,
    )


@cache
def _whole_grade_pattern() -> re.Pattern:
    data = json.loads(DEGREES_FILE.read_text(encoding="utf-8"))
    names = "|".join([*data["classifications"], *data["bracketed_grades"]])
    return re.compile(rf"(?:{names})", re.I)


def names_grade(text: str) -> bool:
    """Whether a line is a degree's grade alone: 'Distinction', 'Second Class Upper',
    '(Very Good)', 'Cum laude'."""
    return bool(_whole_grade_pattern().fullmatch(text.strip(" \t()[].,;:")))


# "78%", "8,1", "3.4/4", and marks out of a total ("Marks: 962/1100" in Pakistan and India).
_GRADE_NUMBER = (
    r"(?:\d{3,4}\s*/\s*\d{3,4}"
    r"|\d{1,3}(?:[.,]\d{1,2})?(?:\s?%|\s*/\s*\d{1,3}(?:[.,]\d{1,2})?)?)"
)


@cache
def _grade_patterns() -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    data = json.loads(DEGREES_FILE.read_text(encoding="utf-8"))
    labels = "|".join(
        re.escape(label) for label in sorted(data["grade_labels"], key=len, reverse=True)
    )
    scales = "|".join(re.escape(label) for label in data["point_scales"])
    # "Grade: Very Good", "Result: Upper Credit": a grade in words after its label.
    words = "|".join(sorted([*data["classifications"], *data["bracketed_grades"]], key=len)[::-1])
    after_label = re.compile(
        rf"(?<!\w)(?P<label>{labels})\s*[:=–-]?\s*"
        rf"(?P<grade>{_GRADE_NUMBER}(?![\d.,]*\d)"
        # "A*–C", the range of grades a set of GCSEs was passed with; "A*", "B+", "A-".
        rf"|(?-i:[A-G]\*?\s?[–-]\s?[A-G]\*?|[A-E](?:\*|[+-])?)(?![\w+*-])"
        rf"|(?:{words})(?=\s*(?:[,;(]|$)))",
        re.I,
    )
    before_scale = re.compile(
        rf"(?<![\w.,])(?P<grade>\d{{1,2}}(?:[.,]\d{{1,2}})?(?:\s*/\s*\d{{1,2}}(?:[.,]\d{{1,2}})?)?)"
        rf"\s*(?P<label>{scales})\b",
        re.I,
    )
    return after_label, before_scale, frozenset(data["point_scales"])


_BARE_PERCENT = re.compile(r"(?<![\w.,])(?P<grade>\d{2}(?:[.,]\d{1,2})?\s?%)(?![\w])")


def read_grade(text: str, *, bare_percent: bool = False) -> tuple[str, int, int] | None:
    """The grade a line gives, and where it stands: 'Percentage: 78%' -> '78%', '9.4 CGPA'
    -> '9.4 CGPA', 'Nota media: 8,1' -> '8,1', 'Mean Grade A-' -> 'A-'. With `bare_percent`
    a percentage alone counts too ('HSC, 2014 - 87%'), as it does in an education header.

    "Grade 12" or "Grade: 9" is a school year, not a grade: a whole number after a label
    of that kind needs a scale or a percent sign.
    """
    after_label, before_scale, scales = _grade_patterns()
    for found in after_label.finditer(text):
        grade, label = found["grade"].strip(), found["label"].lower()
        if label.startswith("grade") and re.fullmatch(r"\d{1,2}", grade):
            continue
        shown = f"{grade} {found['label'].upper()}" if label in scales else grade
        return shown, found.start(), found.end()
    if found := before_scale.search(text):
        return f"{found['grade'].strip()} {found['label'].upper()}", found.start(), found.end()
    if bare_percent and (found := _BARE_PERCENT.search(text)):
        return found["grade"], found.start(), found.end()
    return None


@cache
def vocational_pattern() -> re.Pattern:
    """The openings of trade and technical qualifications that name no degree."""
    data = json.loads(DEGREES_FILE.read_text(encoding="utf-8"))
    return re.compile("|".join(data["vocational"]), re.I)


def names_vocational(segment: str) -> bool:
    """'Técnico Superior en Dirección de Cocina': a vocational qualification's title."""
    return bool(vocational_pattern().match(segment.strip()))


@cache
def qualification_words() -> frozenset[str]:
    """Words that name a degree only inside an education entry ("Engineer", "Specialist")."""
    data = json.loads(DEGREES_FILE.read_text(encoding="utf-8"))
    return frozenset(data["qualifications"])


@cache
def _implied_areas() -> dict[str, str]:
    data = json.loads(DEGREES_FILE.read_text(encoding="utf-8"))
    return {_undotted(spelling): area for spelling, area in data["areas"].items()}


def _undotted(spelling: str) -> str:
    return re.sub(r"[\s.]", "", spelling).lower()


def implied_area(study_type: str) -> str:
    """The field a professional degree's abbreviation names ("BSN" -> "Nursing"), or ""."""
    return _implied_areas().get(_undotted(re.sub(r"\s*\(.*\)$", "", study_type)), "")


def names_school_kind(text: str) -> bool:
    """'Diploma di Istituto Professionale per i Servizi Enogastronomici': a qualification
    named after the kind of school that awards it, which names no school."""
    degree = degree_in(text)
    if not degree or degree.start() > 0:
        return False
    kind = re.match(r"\s+(?:di|de|del|della|du|des|da|do|of)\s+([^\W\d_]+)", text[degree.end() :])
    return bool(kind) and kind[1].lower() in vocabulary()["institution_words"]


def degree_in(text: str) -> re.Match | None:
    """The first degree named in the text; "MA" after a comma is a US state ("Cambridge, MA")."""
    for match in degree_pattern().finditer(text):
        if match[0] in ("MA", "MS", "MD", "PA", "DE") and text[: match.start()].rstrip().endswith(
            ","
        ):
            continue
        return match
    return None


LANGUAGES_FILE = Path(__file__).parent.parent / "data" / "languages.json"


@cache
def _language_data() -> dict[str, Any]:
    return json.loads(LANGUAGES_FILE.read_text(encoding="utf-8"))


@cache
def _language_names() -> frozenset[str]:
    """Languages' names, lower-case: pycountry's English names and, for the languages people
    list (ISO 639-1), their names in the languages resumes are written in ('Deutsch',
    'Englisch', 'Inglés', 'angielski', 'Tiếng Anh')."""
    import pycountry

    names = set()
    for language in pycountry.languages:
        for field in ("name", "common_name"):
            value = getattr(language, field, "")
            if value and " " not in value:
                names.add(_plain(value))
    data = _language_data()
    listed = [language for language in pycountry.languages if hasattr(language, "alpha_2")]
    for locale in data["name_locales"]:
        try:
            names_in = gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=[locale])
        except OSError:
            continue
        for language in listed:
            # "Spanisch (Kastilisch)", "Grec moderne (après 1453)": the name before its gloss.
            name = re.split(r"\s*[(;,\[]", names_in.gettext(language.name))[0].strip().lower()
            if name and len(name.split()) <= 2:
                names.add(_plain(name))
    # A language's own name for itself, which no translation gives ("Deutsch" in German is
    # there, "Français" in French too): the translation into the language's own locale.
    for language in listed:
        try:
            own = gettext.translation(
                "iso639-3", pycountry.LOCALES_DIR, languages=[language.alpha_2]
            )
        except OSError:
            continue
        name = re.split(r"\s*[(;,\[]", own.gettext(language.name))[0].strip().lower()
        if name and len(name.split()) <= 2:
            names.add(_plain(name))
    return frozenset(names - set(data["not_language_words"]))


def _plain(text: str) -> str:
    """Lower case without accents: 'İngilizce' and 'Ingilizce', 'Inglés' and 'Ingles' alike."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(character for character in decomposed if not unicodedata.combining(character))


def names_language(text: str) -> bool:
    """Whether a line starts with a language's name: 'English - fluent', 'German (B2)',
    'Deutsch (Muttersprache)', 'Bahasa Inggris (aktif)', 'Tiếng Anh'."""
    words = re.findall(r"[^\W\d_]+", _plain(text.strip()))[:3]
    names = _language_names()
    if " ".join(words[:2]) in names:
        return True
    if words and words[0] in {_plain(word) for word in _language_data()["name_prefixes"]}:
        words = words[1:]
    return bool(words) and words[0] in names


@cache
def unfinished_lead_pattern() -> re.Pattern:
    """Words before a degree that say it was not (yet) earned: 'Coursework toward B.S.',
    'Completed 90 credits toward a', 'Pursuing'. Matches the whole text before the degree."""
    data = json.loads(DEGREES_FILE.read_text(encoding="utf-8"))
    leads = "|".join(data["unfinished_leads"])
    return re.compile(
        rf"^(?:(?:completed|took|finished|some|partial)\s+)?(?:{leads})(?:\s+(?:an?|the|my))?$",
        re.I,
    )


@cache
def unfinished_mark_pattern() -> re.Pattern:
    """A degree's not being finished written after it: '(not completed)', ', incomplete', 'ABD'."""
    data = json.loads(DEGREES_FILE.read_text(encoding="utf-8"))
    marks = "|".join(
        re.escape(mark) for mark in sorted(data["unfinished_marks"], key=len, reverse=True)
    )
    return re.compile(
        rf"\s*(?:[(\[]\s*((?:{marks}))\s*[)\]]|(?:^|[,;–—-]\s*|\s)((?:{marks}))\s*$)",
        re.I,
    )


@cache
def _school_stream_pattern() -> re.Pattern:
    data = json.loads(DEGREES_FILE.read_text(encoding="utf-8"))
    stream = "|".join(re.escape(name) for name in sorted(data["school_streams"], key=len)[::-1])
    part = rf"(?:{stream})(?:\s*\((?:{stream})(?:\s*(?:,|/|&|and)\s*(?:{stream}))*\))?"
    return re.compile(
        rf"(?P<stream>{part}(?:\s*(?:,|/|&|and|with)\s*{part})*)(?:\s+(?:stream|group))?", re.I
    )


def school_stream(text: str) -> str:
    """'Science', 'Commerce Stream', 'Science (PCM)', 'PCM': the stream a school-leaving
    level was taken in, as written without the word 'stream'; "" when the text is none."""
    found = _school_stream_pattern().fullmatch(text.strip())
    return found["stream"] if found else ""


@cache
def some_study_pattern() -> re.Pattern:
    """Schooling named with no degree: 'Some college coursework'."""
    data = json.loads(DEGREES_FILE.read_text(encoding="utf-8"))
    return re.compile(rf"^(?:{'|'.join(data['some_study'])})\b", re.I)


@cache
def expected_date_pattern() -> re.Pattern:
    """'expected May 2027', '(Anticipated 2026)', 'May 2027 (expected)': the word, with any
    bracket around it, and its date (group 1 or 2), so the date is read as the degree's end."""
    data = json.loads(DEGREES_FILE.read_text(encoding="utf-8"))
    words = "|".join(sorted(data["expected_words"], key=len, reverse=True))
    # The month is a whole word, taken whole: tried from each letter of a long word, it was
    # read to that word's end each time.
    date = r"(?:(?<![A-Za-z])[A-Za-z]++\.?\s+)?(?:\d{1,2}/)?(?:19|20)\d{2}"
    return re.compile(
        rf"[(\[]?\s*\b(?:{words})\b\s*:?\s*({date})\s*[)\]]?"
        rf"|({date})\s*[(\[]\s*(?:{words})\s*[)\]]",  # "May 2027 (expected)"
        re.I,
    )
