"""Work, volunteering and project entries from their section's lines."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from resumeopt.dates import find_date_range
from resumeopt.importers.parsing.columns import side_headers_apart
from resumeopt.importers.parsing.entries import Entry, group_entries, has_date, is_date_only
from resumeopt.importers.parsing.fields import (
    DANGLING_LOCAL_AT_RE,
    apply_dates,
    header_asides,
    header_parts,
    is_description,
    is_prose,
    names_unit,
    place_after_employer,
    places_after_at,
    position_and_organisation,
    split_title_from_employer,
    title_at_employer,
    title_at_local_employer,
)
from resumeopt.importers.parsing.lexicon import (
    country_code,
    employer_score,
    known_place,
    lone_city,
    names_site,
    read_location,
    region_named,
    role_score,
    title_score,
    town_and_state,
    vocabulary,
)
from resumeopt.importers.parsing.lines import Line
from resumeopt.importers.parsing.lists import list_items
from resumeopt.importers.parsing.patterns import DEPARTMENT_RE, DURATION_RE, ROLE_RE, SEPARATOR_RE

WORKED_AS_RE = re.compile(r"^[\w -]{0,30}?\b(?:as|as an?)\s+(\S.{2,60})$")
# A bracket of lower-case words after a name describes it; a bracket of names is a place.
TRAILING_ABOUT_RE = re.compile(r"\s*\(([^()]*\b[a-z][\w-]*\s+[^()]*)\)$")
TRAILING_OFFICE_RE = re.compile(
    r"\s*\((([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})\s+"
    r"(?:office|branch|site|plant|campus|hub|headquarters|HQ))\)$"
)
# "Accounts in Larsen & Toubro Ltd.": a function of one to three words, then the employer.
FUNCTION_IN_EMPLOYER_RE = re.compile(r"^([A-Z][\w&/-]*(?: [\w&/-]+){0,2}) (?:in|at) ([A-Z].+)$")
VIA_AGENCY_RE = re.compile(r"^(\S.*?)\s+\(?via\s+([A-Z0-9][^()]*?)\)?$")
TRAILING_PARENT_RE = re.compile(r"\s*\(([A-Z][^()]*)\)$")
TRAILING_PLACE_RE = re.compile(r"\s*\(((?:[A-Z][\w'.-]+)(?:[ ,]+[A-Z][\w'.-]+){0,2})\)$")


def parse_work(
    lines: list[Line], section: str, home: dict[str, str] | None = None
) -> tuple[list[dict[str, Any]], list[str]]:
    organisation_key = "name" if section == "work" else "organization"
    home_city = (home or {}).get("city", "").lower()
    results: list[dict[str, Any]] = []
    unsorted: list[str] = []
    # "Allegro / 7 years 4 months" above several titles: the employer they all share.
    shared_employer = ""
    shared_place = ""  # and where it is, written on its line
    # "Reliance Retail Ltd., Pune   Apr 2015 – Present" above dated roles: the employer's
    # own line, dropped once a role within its dates takes its name.
    group_head: dict[str, Any] | None = None
    head_span: dict[str, Any] | None = None  # the dates on that line: its roles fall inside
    facts_only = False  # the last job's body holds only labelled facts ("Salary: ...")
    for raw in service_records(undated_into_dated(group_entries(side_headers_apart(lines)))):
        header, asides = header_asides(raw.header)
        segments, dates = header_parts(header)
        # "Company: Infosys | Role: Java Developer": the labels say which field is which.
        labelled = dict(found for segment in segments if (found := labelled_field(segment)))
        segments = [
            found[1] if (found := labelled_field(segment)) else segment for segment in segments
        ]
        segments = [served_as(segment) or segment for segment in segments]
        entry: dict[str, Any] = {}
        # "Title at Company, City": a place no list knows is still a place there.
        at_places = places_after_at(raw.header)
        location = next(
            (
                segment
                for segment in segments
                if not names_site(segment)
                and (
                    read_location(segment)
                    or town_and_state(segment)
                    or (home_city and segment.lower() == home_city)
                    or segment in at_places
                )
            ),
            None,
        ) or city_piece(segments)
        rest = [segment for segment in segments if segment != location]
        # A sentence or a duration ("9 month") is never the title or the employer.
        # Nor is how it was held ("Bijbaan: Verkoopmedewerker, HEMA", "Part-time: ...").
        kinds = vocabulary()["employment_types"]
        aside = [
            segment
            for segment in rest
            if is_prose(segment)
            or DURATION_RE.fullmatch(segment)
            or (segment.lower() in kinds and len(rest) > 2)
            # "DHL Supply Chain | Hub", "Depot | Ibadan": where in the employer, kept aside.
            or (names_site(segment) and len(rest) > 1)
        ]
        rest = [segment for segment in rest if segment not in aside]
        position, organisation, extra = position_and_organisation(rest)
        if position and (employer := employer_apart(raw.header, position, organisation, extra)):
            # "Senior Engineer – Payments" / "Stripe": the team after the dash is the title's.
            dash = dash_continues(raw.header, position, organisation)
            position, organisation = f"{position} {dash} {organisation}", employer
            extra = [segment for segment in extra if segment != employer]
        if labelled.keys() & {"position", "employer"}:
            position = labelled.get("position", position)
            organisation = labelled.get("employer", organisation)
            extra = [segment for segment in rest if segment not in (position, organisation)]
        over = (
            (title_over_employer_line(header) or board_job_header(header)) if not labelled else None
        )
        if over:
            # "Team Leader, Customer Service" / "Concentrix | Eastwood City, Quezon City |
            # 2022 – Present": the title's line whole, the employer first on the dated line.
            position, organisation, place = over
            location = place or location
            extra = [
                segment
                for segment in rest
                if not any(segment in field for field in (position, organisation, place))
            ]
        pair = title_at_employer(raw.header)
        if pair and pair[0] in rest and pair[1] in rest:
            position, organisation = pair
            extra = [segment for segment in rest if segment not in pair]
        local = (
            None if position and organisation else title_at_local_employer(position or organisation)
        )
        town = organisation if not location and known_place(organisation) else ""
        if town and not local and (local := title_at_local_employer(position)):
            # "Auxiliar Administrativa en Ford España, Almussafes": the title, its employer
            # after "en", then the town no list knows, first taken for the employer.
            location = town
        if local:
            position, organisation = local
        elif organisation and (dangling := DANGLING_LOCAL_AT_RE.search(position)):
            position = position[: dangling.start()]  # "Ingénieure logiciel chez" + employer
        named = department_and_agency(raw.header, organisation or position)
        if named:
            # The agency is named with the department it belongs to; the title, when the
            # federal resume builder writes it, comes below the job's hours.
            organisation = ", ".join(named)
            position = "" if position in named else position
            extra = [segment for segment in extra if segment not in named]
        elif bool(position) != bool(organisation):
            position, organisation = split_title_from_employer(position or organisation)
            if not organisation and role_score(position) <= 0:
                position, organisation = "", position
        role = next((match for text, _ in raw.items if (match := ROLE_RE.match(text))), None)
        if role and not position:
            position = role[1].strip(" .")
            raw.items = [item for item in raw.items if not ROLE_RE.match(item[0])]
        if not position and not organisation and (served := service_fields(raw.items)):
            # "Branch: Army National Guard / Rank: Specialist" under a date: a service record
            # (a job board's Military Service section) labels what a job's header names.
            position, organisation = served.get("position", ""), served.get("employer", "")
            location = location or served.get("country")
            raw.items = [item for item in raw.items if not service_label(item[0])]
        if organisation and not position and (title := title_below_labels(raw.items)):
            # "Salary: ... / Hours per week: 40 / Border Patrol Agent": the title the federal
            # resume builder writes under the job's labelled facts.
            position = title
            raw.items = [item for item in raw.items if item[0] != title]
        extra = [
            *extra,
            *asides,
            *(segment for segment in aside if not DURATION_RE.fullmatch(segment)),
        ]
        head, tail = split_title_from_employer(position) if organisation else ("", "")
        weak = (
            organisation[:1].islower()
            or is_description(organisation)
            or employer_score(tail) > employer_score(organisation)
            # "DEVELOPMENT AND REAL ESTATE MANAGEMENT": long, and nothing names a company.
            or (employer_score(organisation) == 0 and len(organisation.split()) >= 4)
        )
        if tail and weak:
            # "DATA ANALYST REGIONS GROUP" beside "DEVELOPMENT AND REAL ESTATE": the title
            # and employer lost their separator, and the other segment only describes.
            extra = [organisation, *extra]
            position, organisation = head, tail
        function = FUNCTION_IN_EMPLOYER_RE.match(organisation) if position else None
        if (
            function
            and employer_score(function[1]) == 0
            and employer_score(function[2]) > 0
            and (dash := dash_continues(raw.header, position, organisation, line_end=False))
        ):
            # "Assistant Manager – Accounts in Larsen & Toubro Ltd.": the title's function,
            # then the employer after "in".
            position, organisation = f"{position} {dash} {function[1]}", function[2]
        worked_as = WORKED_AS_RE.search(position)
        if worked_as and role_score(worked_as[1]) > 0:
            position = worked_as[1]  # "Summer internship as Java Developer"
        via = VIA_AGENCY_RE.match(organisation)
        if via:
            # "Dell Technologies via TEKsystems": a contractor's client, placed by an agency.
            organisation = via[1]
            extra = [*extra, f"via {via[2]}"]
        client = client_bracket(organisation)
        if client and organisation[: client.start()].strip():
            # "Accenture Solutions Pvt Ltd (Client: Unilever)": the consultancy employs.
            extra = [*extra, client[1]]
            organisation = organisation[: client.start()].strip()
        office = TRAILING_OFFICE_RE.search(organisation)
        if office and organisation[: office.start()].strip():
            # "McKinsey & Company (Chicago office)", "Deloitte (London branch)": the site.
            extra = [*extra, office[1]]
            organisation = organisation[: office.start()].strip()
            location = location or office[2]
        about = TRAILING_ABOUT_RE.search(organisation)
        if about and organisation[: about.start()].strip():
            # "Mobium (Android e-commerce apps development)": what the employer does.
            extra = [*extra, about[1]]
            organisation = organisation[: about.start()].strip()
        # "Contoso Pharma (Quality Control Chemist)": the employer, its title in brackets.
        named = organisation or position
        bracket = re.search(r"\s*\(([^()]+)\)$", named) if not (position and organisation) else None
        before = named[: bracket.start()].strip() if bracket else ""
        if (
            bracket
            and before
            and role_score(bracket[1]) > 0
            and role_score(before) == 0
            and not is_description(bracket[1])
        ):
            position, organisation = bracket[1], before
        elif (
            bracket
            and before
            and role_score(before) > 0
            and role_score(bracket[1]) <= 0
            and employer_score(bracket[1]) > 0
            and not read_location(bracket[1])
        ):
            # "Sales Assistant (Lidl Stiftung & Co. KG)": the title, its employer in brackets.
            position, organisation = before, bracket[1]
        parent = TRAILING_PARENT_RE.search(organisation)
        if parent and names_parent(organisation[: parent.start()].strip(), parent[1]):
            # "Ben Taub Hospital (Harris Health System)": the employer, then the group it
            # belongs to; the user worked at the first.
            extra = [*extra, parent[1]]
            organisation = organisation[: parent.start()].strip()
        clients = (
            CLIENT_NAMES_RE.search(position) if works_for_self(position, organisation) else None
        )
        if clients and position[: clients.start()].strip():
            # "Self-employed – Delivery Driver (DoorDash, Instacart)": whom the self-employed
            # worked for, not the title's own words.
            extra = [*extra, clients[1]]
            position = position[: clients.start()].strip()
        place = TRAILING_PLACE_RE.search(organisation)
        if place and not location and role_score(place[1]) == 0 and employer_score(place[1]) == 0:
            if known_place(place[1]):
                # "Danske Bank (Copenhagen)": a bracketed place after the employer is its place.
                organisation, location = organisation[: place.start()].strip(), place[1]
            elif not place[1].isupper():
                # "Merivale (Ivy Precinct)": the site or business of the employer, no place;
                # "National Youth Service Corps (NYSC)" names the employer again and stays.
                organisation, extra = organisation[: place.start()].strip(), [*extra, place[1]]
        if (
            position
            and not organisation
            and location
            and (named := capitals_then_country(location))
        ):
            # "DANONE, Russia": an employer in capitals and its country, no other employer.
            organisation, location = named
        if not location and (named := employer_before_town(raw.header, organisation, extra)):
            # "Home Instead Senior Care, Fingal": a care company's name holds a title's
            # word, and the town no list knows after it looked like the employer.
            extra = [organisation if segment == named else segment for segment in extra]
            organisation = named
        if (
            organisation
            and not location
            and (town := town_after_employer(raw.header, organisation, extra))
        ):
            location = town  # "Nordbau sp. z o.o., Wrocław": the employer, then its town
            extra = [segment for segment in extra if segment != town]
        if (
            not location
            and position
            and organisation
            and (town := town_beside_dates(raw.header, position, organisation, extra))
        ):
            location = town  # "Engineer · Siemens" / "Erlangen · 2019 – 2021"
            extra = [segment for segment in extra if segment != town]
        while location and (wider := place_as_written(raw.header, location, extra)):
            # "Dangote Cement Plc, Ikoyi, Lagos": the district and its town, as written.
            location, piece = wider
            extra = [segment for segment in extra if segment != piece]
        if head_span and not within(dates, head_span):
            shared_employer, head_span = "", None  # past the span its employer's line gave
        if (
            position
            and shared_employer
            and names_unit(organisation)
            # "New York State Department of Transportation" on a line of its own above the
            # title heads a job of its own.
            and not heads_roles(raw.header, organisation)
        ):
            # "Staff Nurse, Medical ICU" below "Staff Nurse ..." at the employer above: the
            # unit is where in that employer.
            extra = [organisation, *extra]
            organisation = shared_employer
        elif (
            position
            and shared_employer
            and function_after_title(raw.header, position, organisation)
        ):
            # "Senior Manager, Financial Reporting | June 2016 – March 2019" under the
            # employer above: the function the title is in, not another employer.
            joined = re.search(rf"{re.escape(position)}(,| [–—-]) ", raw.header[0])
            position = f"{position}{joined[1] if joined else ','} {organisation}"
            organisation = shared_employer
        elif organisation:
            # Only a duration on a line of its own totals a group; "(1 yr 2 mos)" after a
            # job's dates is that job's.
            spans_roles = any(DURATION_RE.fullmatch(text.strip()) for text in raw.header)
            spans_roles = spans_roles or heads_roles(raw.header, organisation)
            dated_head = not position and not raw.items and bool(dates.get("start"))
            shared_employer = organisation if spans_roles or dated_head else ""
            shared_place = location or ""
            head_span = dict(startDate=dates.get("start"), endDate=dates.get("end"))
            head_span = head_span if dated_head and not spans_roles else None
        elif position and shared_employer:
            organisation = shared_employer
        if shared_employer and organisation == shared_employer and position and not location:
            # "Walmart, Bentonville AR | 2010 – 2016" above its roles: where they all were.
            location = shared_place
        if group_head is not None and organisation == shared_employer and position:
            if results and results[-1] is group_head:
                results.pop()  # the employer's line was the head of this role's group
            group_head = None
        for segment in list(extra):
            # "OTR Driver – Dry Van & Reefer", "Hospices Civils de Lyon – Hôpital Édouard
            # Herriot": what a dash adds to the title (its kind of work) or to the employer
            # (the site of a group) on a line of their own, neither a place nor a name.
            if not (position and organisation):
                continue
            if role_score(segment) > 0:
                # "Team Lead – Support Tools | Zendesk": one field of its line with the title.
                if (
                    len(segment.split()) <= 4
                    and employer_score(segment) == 0
                    and (dash := dash_continues(raw.header, position, segment))
                ):
                    position = f"{position} {dash} {segment}"
                    extra.remove(segment)
                continue
            if unit_of_title(raw.header, position, segment, organisation):
                # "Registered Nurse, Emergency Department — Baylor Medical Center": the
                # title's unit, set before the dash that leads to the employer.
                position = f"{position}, {segment}"
                extra.remove(segment)
            elif unit_of_title(raw.header, position, organisation, segment):
                position, organisation = f"{position}, {organisation}", segment
                extra.remove(segment)
            elif qualifies_title(raw.header, position, segment, organisation):
                # "Charge Nurse, Emergency Department" / "Memorial Hermann, Houston, TX":
                # the title's unit or specialty, written after it on the title's own line.
                position = f"{position}, {segment}"
                extra.remove(segment)
            elif employer_score(segment) == 0 and (
                dash := dash_continues(raw.header, position, segment)
            ):
                position = f"{position} {dash} {segment}"
                extra.remove(segment)
            elif employer_score(segment) > 0 and (
                dash := dash_continues(raw.header, organisation, segment)
            ):
                organisation = f"{organisation} {dash} {segment}"
                extra.remove(segment)
        if position:
            entry["position"] = position
        if organisation:
            entry[organisation_key] = organisation
        if location:
            entry["location"] = location
        apply_dates(entry, dates)
        if dates.get("url"):
            entry["url"] = dates["url"]
        bullets = [text for text, was_bullet in raw.items if was_bullet]
        prose = [text for text, was_bullet in raw.items if not was_bullet]
        if extra:
            # Header text that is neither title, employer, place nor date: keep it visible.
            entry["description"] = " · ".join(extra)
        if bullets:
            entry["highlights"] = bullets + (prose if len(prose) > 1 else [])
            if len(prose) == 1:
                entry["summary"] = prose[0]
        elif len(prose) > 1 and all(len(text) < 300 for text in prose):
            entry["highlights"] = prose
        elif prose:
            entry["summary"] = " ".join(prose)
        # With no date, no job title and no company name, a "header" is a list of
        # tools or a sentence cut by the layout, not a job: keep it, but unsorted.
        undated_guess = (
            "startDate" not in entry
            and role_score(position) == 0
            and employer_score(organisation) == 0
        )
        breaks = vocabulary()["career_breaks"]
        if any(
            (field or "").lower().strip(" .").startswith(breaks)
            for field in (position, organisation)
        ):
            # "Career Break, Family caregiving / Jul 2021 – Aug 2023": no employer, no job;
            # the lines stay for the user to place.
            unsorted.extend(raw.header + [text for text, _ in raw.items])
        elif results and not position and not organisation and "startDate" in entry:
            # Only a date and text: the date line of the job above (written below its
            # header), or more of its body; never a job of its own.
            join_to_previous(results[-1], entry, raw)
        elif (
            results
            and facts_only
            and position
            and not organisation
            and "startDate" not in entry
            and "position" not in results[-1]
            and "startDate" in results[-1]
        ):
            # "Hours per week: 40 / Border Patrol Agent": the title of the dated job above,
            # written under its labelled facts.
            results[-1]["position"] = position
            join_to_previous(results[-1], entry, raw)
        elif entry.keys() - {"highlights", "summary"} and not undated_guess:
            results.append(entry)
            if organisation and organisation == shared_employer and not position:
                group_head = entry
            facts_only = bool(raw.items) and all(
                ":" in text and not was_bullet for text, was_bullet in raw.items
            )
        else:
            unsorted.extend(raw.header + [text for text, _ in raw.items])
    return results, unsorted


SERVED_AS_RE = re.compile(
    r"^(?:i\s+)?(?:have\s+)?(?:worked|working|served|serving|was\s+employed|employed|joined)"
    r"\s+(?:here\s+)?as\s+(?:an?\s+|the\s+)?(\S.{1,60}?)[.;]?$",
    re.IGNORECASE,
)


PIPE_RE = re.compile(r"\s*[|•·]\s*")


def title_over_employer_line(header: list[str]) -> tuple[str, str, str] | None:
    """(title, employer, place) from a title on a line of its own above "Employer | Place |
    Dates", where the pipes, not the commas, part the fields ("Eastwood City, Quezon City"
    is one place; "Team Leader, Customer Service" one title)."""
    if len(header) != 2:
        return None
    title, second = (text.strip() for text in header)
    found = find_date_range(second)
    if not found or find_date_range(title) or SEPARATOR_RE.search(title):
        return None
    if not PIPE_RE.search(second) or role_score(title) <= 0:
        return None
    undated = f"{second[: found.begin]} | {second[found.finish :]}"
    pieces = [piece.strip(" ,;–—-") for piece in PIPE_RE.split(undated)]
    pieces = [piece for piece in pieces if piece]
    if len(pieces) != 2:
        return None
    employer, place = pieces
    if read_location(employer) or role_score(employer) > 0 or is_description(employer):
        return None
    return (title, employer, without_site(place)) if placelike(place) else None


def without_site(place: str) -> str:
    """'Distribution Centre, Corby' -> 'Corby': the kind of site is not where it is."""
    first, comma, rest = place.partition(",")
    return rest.strip() if comma and rest.strip() and names_site(first) else place


# "Zensar Technologies Pvt. Ltd -  Pune, Maharashtra -", "Cognizant -": a job board's
# employer line, the employer, then its place, each closed by a dash.
_BOARD_EMPLOYER_LINE = re.compile(r"(?P<employer>\S.*?)\s+-(?:\s+(?P<place>[^-]+?))?(?:\s+-)?\s*")


def board_job_header(header: list[str]) -> tuple[str, str, str] | None:
    """(title, employer, place) from a job board's three lines: the title alone ("Software
    Engineer - Intern", its dash its own), "Employer - Place -", then the dates alone."""
    if len(header) != 3:
        return None
    title, second, dates = (text.strip() for text in header)
    if not is_date_only(dates) or find_date_range(title) or find_date_range(second):
        return None
    line = _BOARD_EMPLOYER_LINE.fullmatch(second)
    if not line or " - " not in f"{second} " or role_score(title) <= 0:
        return None
    employer, place = line["employer"].strip(), (line["place"] or "").strip()
    if read_location(employer) or role_score(employer) > 0 or " - " in employer:
        return None
    if place and not placelike(place):
        return None
    return title, employer, without_site(place)


def placelike(text: str) -> bool:
    """A known place, or a few capitalised words that name no job and no company and are
    parted by a comma as a place and its town are ("Eastwood City, Quezon City", "Megamall,
    Mandaluyong"); "Cloud Platform" after the employer may be its business."""
    if read_location(text) or lone_city(text, guarded=True):
        return True
    words = text.replace(",", " ").split()
    return (
        "," in text
        and len(words) <= 5
        and all(word[:1].isupper() for word in words)
        and role_score(text) <= 0
        and employer_score(text) == 0
    )


# Two names or more in a bracket, parted by commas: "(DoorDash, Instacart)".
_NAME = r"[A-Z0-9][\w&'.-]*(?:\s+[A-Z0-9&][\w&'.-]*){0,3}"
CLIENT_NAMES_RE = re.compile(rf"\s*\(({_NAME}(?:,\s*{_NAME})+)\)$")


def works_for_self(position: str, organisation: str) -> bool:
    """'Self-employed', 'Freelance Graphic Designer': the user was their own employer."""
    words = vocabulary()["self_employment_words"]
    first = position.split()[0].lower() if position.split() else ""
    return organisation.lower().strip() in words or first in words


def served_as(segment: str) -> str:
    """'Worked as a Sales Executive' -> 'Sales Executive': a title said in a sentence."""
    found = SERVED_AS_RE.match(segment)
    return found[1] if found and role_score(found[1]) > 0 else ""


def service_label(text: str) -> str | None:
    """'employer' for 'Branch: Army National Guard', 'position' for 'Rank: Specialist', the
    country for 'Service Country: United States'; None for any other line."""
    label, colon, value = text.partition(":")
    if not colon or not value.strip():
        return None
    return vocabulary()["service_labels"].get(label.strip().lower())


def service_records(raws: list[Entry]) -> list[Entry]:
    """A service record's labelled lines ('Branch: Army') and the dates written under them
    made one entry: the dates head it, the labels are its body (see `service_fields`)."""
    result: list[Entry] = []
    for raw in raws:
        previous = result[-1] if result else None
        if (
            previous
            and all(service_label(text) for text in previous.header)
            and all(service_label(text) for text, _ in previous.items)
            and raw.header
            and all(find_date_range(text) for text in raw.header)
        ):
            labels = [(text, False) for text in previous.header] + previous.items
            result[-1] = Entry(header=raw.header, items=labels + raw.items)
            continue
        result.append(raw)
    return result


def service_fields(items: list[tuple[str, bool]]) -> dict[str, str]:
    """The employer (the branch), the title (the rank) and the country a service record
    labels."""
    fields: dict[str, str] = {}
    for text, _ in items:
        if field := service_label(text):
            fields.setdefault(field, text.partition(":")[2].strip())
    return fields


def labelled_field(segment: str) -> tuple[str, str] | None:
    """('employer', 'Infosys') from 'Company: Infosys', by the column names' list."""
    label, colon, value = segment.partition(":")
    field = vocabulary()["column_names"].get(label.strip().lower()) if colon else None
    return (field, value.strip()) if field and value.strip() else None


def within(dates: dict[str, Any], head: dict[str, Any]) -> bool:
    """Do a role's dates start inside the span its employer's line gives?"""
    start, head_start = dates.get("start") or "", head.get("startDate") or ""
    head_end = head.get("endDate") or "9999"
    return bool(start and head_start) and head_start[:7] <= start[:7] <= head_end[:7]


@cache
def _client_re() -> re.Pattern:
    labels = "|".join(re.escape(label) for label in vocabulary()["client_labels"])
    return re.compile(rf"\s*\(((?:{labels})\s*[:–—-]\s*[^()]+)\)$", re.IGNORECASE)


def client_bracket(organisation: str) -> re.Match | None:
    """'(Client: Unilever)' at the end of the employer: the client it served."""
    return _client_re().search(organisation)


def heads_roles(header: list[str], organisation: str) -> bool:
    """Is the employer on a line of its own above a dated title ("Tesco Stores Ltd" /
    "Store Manager, 2018 – 2021")? Then the undated-by-company roles after it are there too.
    """
    first, *rest = header
    if organisation not in first or find_date_range(first) or not rest:
        return False
    while len(rest) >= 2 and unit_in_capitals(rest[0]):
        # "EMPLOYMENT AND SOCIAL DEVELOPMENT CANADA" / "SKILLS AND EMPLOYMENT BRANCH" /
        # "Senior Policy Analyst  2021 – present": the unit between employer and title.
        rest = rest[1:]
    found = find_date_range(rest[0])
    if not found:
        # "Stellantis — Betim" / "Analista de Processos Sênior" / "jan/2018 – fev/2021".
        return len(rest) >= 2 and role_score(rest[0]) > 0 and is_date_only(rest[1])
    title = f"{rest[0][: found.begin]} {rest[0][found.finish :]}".strip(" ,;|()–—-")
    return role_score(title) > 0


def unit_in_capitals(text: str) -> bool:
    """An undated line in capitals that names no job: a part of the employer above it."""
    return text.isupper() and not find_date_range(text) and role_score(text) <= 0


def function_after_title(header: list[str], position: str, organisation: str) -> bool:
    """'Senior Manager, Financial Reporting', 'Department Manager – Apparel' on a role's one
    header line: what follows the comma or dash names nothing of an employer (no legal
    form, no organisation word, no place)."""
    return (
        len(header) == 1
        and bool(organisation)
        and re.search(rf"{re.escape(position)}(?:,| [–—-]) {re.escape(organisation)}", header[0])
        and employer_score(organisation) == 0
        and not read_location(organisation)
        and len(organisation.split()) <= 4
    )


def join_to_previous(previous: dict[str, Any], entry: dict[str, Any], raw: Entry) -> None:
    """A date-only 'entry' gives its dates to an undated job above and its text to its body."""
    if "startDate" not in previous:
        for key in ("startDate", "endDate"):
            if key in entry:
                previous[key] = entry[key]
    texts = [text for text in (entry.get("description"), entry.get("summary")) if text]
    texts += entry.get("highlights", [])
    if texts:
        previous["highlights"] = [*previous.get("highlights", []), *texts]


def undated_into_dated(raws: list[Entry]) -> list[Entry]:
    """Where the jobs are dated, an undated 'entry' right after one is more of its body.

    "Java developer for the insurance client" / "Handled production support" after
    a blank line below a dated job read as a header; a job with no date at all
    only stands on its own where the jobs around it have none either.
    """
    # A date line that fell just below the header still dates the entry.
    dated = [
        has_date(raw.header) or bool(raw.items and opens_with_range(raw.items[0][0]))
        for raw in raws
    ]
    if sum(dated) < 2 or sum(dated) < len(raws) / 2:
        return raws
    merged: list[Entry] = []
    for raw, has in zip(raws, dated, strict=True):
        if merged and not has and not names_employer(raw.header):
            merged[-1].items.extend([(text, False) for text in raw.header] + raw.items)
        else:
            merged.append(raw)
    return merged


def department_and_agency(header: list[str], organisation: str) -> tuple[str, str] | None:
    """'Department of the Navy, Naval Supply Systems Command': a government department and
    the agency under it, written as one name on a line of its own (or between bars or dots,
    beside the title), the employer one of them."""
    for text in (piece for line in header for piece in PIPE_RE.split(line)):
        department, comma, agency = text.strip().partition(", ")
        if (
            comma
            and organisation in (department, agency)
            and DEPARTMENT_RE.fullmatch(department)
            and agency[:1].isupper()
            and "," not in agency
        ):
            return department, agency
    return None


def unit_of_title(header: list[str], position: str, segment: str, organisation: str) -> bool:
    """Is the segment written after the title and a comma, then a dash (or a dot, a bar)
    and the employer: "Registered Nurse, Emergency Department — Baylor Medical Center",
    "Staff Nurse, Cardiac ICU · Amrita Hospital"?"""
    pattern = re.compile(
        rf"^\s*{re.escape(position)},\s+{re.escape(segment)}(?:\s+[–—-]\s+|\s*[·|•]\s*)"
        rf"{re.escape(organisation)}"
    )
    return employer_score(segment) == 0 and any(pattern.match(text) for text in header)


def qualifies_title(header: list[str], position: str, segment: str, organisation: str) -> bool:
    """Is the segment a unit the job is in ("Charge Nurse, Emergency Department", "Staff
    Nurse, Cardiac Step-Down Unit", "Staff Nurse, Telemetry"), written after the title and
    a comma on a line of their own, the employer on another line? A division is a business
    of the employer ("Sales Coordinator, Automotive Parts Division"): it stays beside the
    title."""
    # So does one word that names no employer and no title ("Staff Nurse, Telemetry",
    # "Teacher, Mathematics"); several may be a business of the employer ("Project
    # Manager, Smart Infrastructure" at Siemens) and stay apart.
    specialty = (
        employer_score(segment) == 0
        and role_score(segment) <= 0
        and len(segment.split()) == 1
        and segment[:1].isupper()
    )
    return (
        (names_unit(segment) or specialty)
        and "division" not in segment.lower().split()
        and not read_location(segment)
        and not is_prose(segment)
        and title_line(header, position, segment)
    )


def title_line(header: list[str], position: str, segment: str) -> bool:
    """Is there a header line holding only the title, a comma and the segment (and a
    bracket: "(part-time)"), or ending with those after the employer and a dash
    ("Eastern Townships School Board, Sherbrooke — Secondary Teacher, Mathematics")?"""
    line = re.compile(
        rf"(?:.*\s[|·•–—]\s+)?{re.escape(position)},\s+{re.escape(segment)}\s*"
        rf"(?:\([^()]*\))?\s*"
    )
    return any(line.fullmatch(text) for text in header)


def names_parent(organisation: str, bracketed: str) -> bool:
    """Is the bracketed name after an employer the group it belongs to ("Harris Health
    System", "Wm Morrison Supermarkets plc"), not its short form ("UPS") or its place?"""
    words = bracketed.split()
    initials = "".join(word[0] for word in words if word[:1].isupper())
    group = bracketed.lower().endswith(vocabulary()["group_words"])
    # "Houston Methodist Sugar Land Hospital (Houston Methodist)": the group's name, which
    # the employer's own name repeats, is no place.
    repeated = organisation.startswith(f"{bracketed} ")
    return (
        bool(organisation)
        and len(words) >= 2
        and (employer_score(bracketed) > 0 or group or repeated)
        and role_score(bracketed) == 0
        and not read_location(bracketed)
        and organisation.replace(".", "").replace(" ", "") != initials
    )


# Where a field of a header line starts and ends: the line's ends, a tab, or a mark that
# sets fields apart more strongly than a dash ("Department Manager – Apparel · Reliance").
FIELD_START = r"(?:^|\t|\s[·|•]\s)\s*"
FIELD_END = r"\s*(?:\t|$|\s[·|•]\s)"


def dash_continues(header: list[str], field: str, segment: str, *, line_end: bool = True) -> str:
    """The dash after which the segment follows the field on a header line, the two
    making one field of the line (`FIELD_START`, `FIELD_END`) where `line_end`, or "".
    What a lower-case segment adds ("– night trunking to RDCs") describes the job, and
    "– Part-time" says how it was held."""
    if line_end and (segment[:1].islower() or segment.lower() in vocabulary()["employment_types"]):
        return ""
    # Else anywhere on the line: "Working as Assistant Manager – Accounts in ...".
    start, end = (FIELD_START, FIELD_END) if line_end else (r"(?:^|\s)", "")
    pattern = re.compile(rf"{start}{re.escape(field)}\s+([–—-])\s+{re.escape(segment)}{end}")
    return next((found[1] for text in header if (found := pattern.search(text))), "")


def employer_apart(header: list[str], position: str, tail: str, extra: list[str]) -> str:
    """'Senior Engineer – Payments' / 'Stripe': the segment that is the employer where the
    one first taken for it only finishes the title after a dash, the two one field of their
    line, and the other stands apart as a field of its own (its own line, or set apart by
    a tab, '·' or '|'); else ""."""
    if (
        len(tail.split()) > 3
        or re.search(r"\d", tail)
        or role_score(tail) > 0
        or not dash_continues(header, position, tail)
    ):
        return ""
    for segment in extra:
        whole = re.compile(rf"{FIELD_START}{re.escape(segment)}(?:{FIELD_END}|,)")
        if (
            employer_score(segment) >= employer_score(tail)
            and role_score(segment) <= 0
            and not read_location(segment)
            and not known_place(segment)
            and not lone_city(segment, guarded=True)
            and not names_unit(segment)
            and not is_description(segment)
            and any(whole.search(text) for text in header)
        ):
            return segment
    return ""


def title_below_labels(items: list[tuple[str, bool]]) -> str:
    """A short line naming a job, with only labelled lines ('Hours per week: 40') above it."""
    for text, was_bullet in items[:6]:
        if was_bullet:
            return ""
        if ":" not in text:
            short = len(text.split()) <= 6 and not text.endswith(".")
            return text if short and role_score(text) > 0 else ""
    return ""


def opens_with_range(text: str) -> bool:
    """'October 2020 - October 2021 (1 year 1 month)': a date range first on the line."""
    found = find_date_range(text)
    return bool(found and found.begin <= 2 and (found.end or found.current))


def names_employer(header: list[str]) -> bool:
    """A company suffix or organisation word in the header: "Globex Ltd", "Acme Bank"."""
    return any(employer_score(text) > 0 for text in header)


def town_after_employer(header: list[str], organisation: str, extra: list[str]) -> str | None:
    """The town written after the employer on its line: "Bosch GmbH, Stuttgart",
    "Siemens | Service Technician | Erlangen".

    No list knows every town, so a short capitalised name that follows the employer
    (right after it, or last on its line), and names no job, team, business area
    ("Retail Banking") or company, is one.
    """
    areas = vocabulary()["business_areas"]
    separator = r"\s*(?:,|\||·|–|—|-|\t|\s{2,})\s*"
    for text in header:
        if found := find_date_range(text):
            # "..., Prague (2012 – 2013)": the brackets the dates leave are no separator.
            text = re.sub(r"\(\s*\)", "", f"{text[: found.begin]}{text[found.finish :]}")
        _, named, after = text.partition(organisation)
        if not named:
            continue
        after = after.strip(" ,|·–—-\t")
        for candidate in extra:
            if {word.lower() for word in candidate.split()} & areas:
                continue
            right_after = re.match(rf"{re.escape(candidate)}(?:{separator}|$)", after)
            last = re.search(rf"(?:^|{separator}){re.escape(candidate)}$", after)
            if (right_after or last) and place_after_employer(
                f"{organisation}, {candidate}"
            ) == candidate:
                return candidate
    return None


def town_beside_dates(
    header: list[str], position: str, organisation: str, extra: list[str]
) -> str | None:
    """The town alone beside the dates on the line under "Title · Employer": "Swansea · Sep
    2012 – Aug 2016", "Lévis (QC) | 2019 – Present".

    With the title and the employer read on another line, a short capitalised name that is
    all the dated line says besides its dates is where the job was, as after an employer
    (`place_after_employer`: no team, business or title), though no list knows the town.
    """
    for text in header:
        found = find_date_range(text)
        if not found or position in text or organisation in text:
            continue
        rest = f"{text[: found.begin]} {text[found.finish :]}".strip(" ,|·•–—-\t")
        kind = rest.lower() in vocabulary()["employment_types"]  # "Full-time · 2019 – 2021"
        if rest in extra and not kind and place_after_employer(f"{organisation}, {rest}") == rest:
            return rest
    return None


def employer_before_town(header: list[str], organisation: str, extra: list[str]) -> str | None:
    """The name of capitalised words written before the chosen employer and a comma, where
    the chosen one reads as a town and is last on its line: the employer, then its town."""
    if not organisation or not known_place(organisation):
        return None
    for candidate in extra:
        words = candidate.split()
        if (
            len(words) >= 2
            and all(word[:1].isupper() or word == "&" for word in words)
            and not known_place(candidate)
            and not names_unit(candidate)
            # "Retail Banking, Fingal" names the business and its town, not the employer.
            and not {word.lower() for word in words} <= vocabulary()["business_areas"]
            and any(
                re.search(
                    rf"(?:^|[,|·–—-]\s*){re.escape(candidate)}, {re.escape(organisation)}$",
                    text.strip(),
                )
                for text in header
            )
        ):
            return candidate
    return None


def place_as_written(header: list[str], location: str, extra: list[str]) -> tuple[str, str] | None:
    """The job's place with the piece written beside it after a comma, where the two read
    together as a known place: a district or suburb before its town ("Ikoyi, Lagos",
    "Andheri East, Mumbai"), a state after it ("Ikeja, Lagos"); and the piece taken."""
    areas = vocabulary()["business_areas"]
    for candidate in extra:
        if role_score(candidate) > 0 or employer_score(candidate) > 0 or names_site(candidate):
            continue  # "Distribution Centre, Corby": the site's kind, then its town
        if {word.lower() for word in candidate.split()} & areas:
            continue  # "Accountant, Finance, Lagos": the department, then the town
        for written in (f"{candidate}, {location}", f"{location}, {candidate}"):
            if any(written in text for text in header) and known_place(written):
                return written, candidate
    return None


def capitals_then_country(segment: str) -> tuple[str, str] | None:
    """'DANONE, Russia' -> ('DANONE', 'Russia'); a city is seldom set in capitals alone."""
    name, _, country = segment.rpartition(",")
    name, country = name.strip(), country.strip()
    if not (name and country_code(country)) or country.isupper():
        return None
    letters = [ch for ch in name if ch.isalpha()]
    return (name, country) if len(letters) >= 2 and name.isupper() else None


def parse_projects(lines: list[Line]) -> list[dict[str, Any]]:
    results = []
    for raw in group_entries(lines):
        segments, dates = header_parts(raw.header)
        entry: dict[str, Any] = {}
        roles = [
            segment for segment in segments if title_score(segment) > 0 and segment != segments[0]
        ]
        others = [segment for segment in segments if segment not in roles]
        if others:
            entry["name"] = others[0]
        if len(others) > 1:
            entry["description"] = " · ".join(others[1:])
        if roles:
            entry["roles"] = roles
        apply_dates(entry, dates)
        if dates.get("url"):
            entry["url"] = dates["url"]
        highlights, prose = [], []
        for text, was_bullet in raw.items:
            stack = re.match(
                r"^(?:tech(?:nologies|nology| stack)?|stack|built with|tools|skills)\s*:\s*(.+)$",
                text,
                re.I,
            )
            if stack:
                entry.setdefault("keywords", []).extend(list_items(stack[1]))
            elif was_bullet:
                highlights.append(text)
            else:
                prose.append(text)
        if prose:
            entry["description"] = " ".join(filter(None, [entry.get("description", ""), *prose]))
        if highlights:
            entry["highlights"] = highlights
        if entry:
            results.append(entry)
    return results


def city_piece(segments: list[str]) -> str | None:
    """'Sunrise Senior Living · Seattle': a header piece that is a known city or region alone.

    A city whose name is also a word or a person's ("Phoenix", "Jackson", "Mobile") is the
    place only when another piece is still the employer without it; the last piece first,
    where a header writes the place.
    """
    if len(segments) < 2:
        return None
    for segment in reversed(segments):
        if names_site(segment):
            continue  # "Hub" is a town too, but beside an employer it is the kind of site
        if lone_city(segment):
            return segment
        # "National Youth Service Corps, Kano State": a state or province alone is the place
        # where another piece is still the employer ("Victoria" may be a name).
        if lone_city(segment, guarded=True) or region_named(segment):
            others = [other for other in segments if other != segment]
            if position_and_organisation(others)[1]:
                return segment
    # "Team Leader | Amazon UK | Rugby", "Amazon UK, Rugby" over "Team Leader": a town named
    # like a word or a person right after the employer, the job's title written too.
    for index, segment in enumerate(segments[1:], start=1):
        if names_site(segment) or not lone_city(segment, after_employer=True):
            continue
        others = segments[:index] + segments[index + 1 :]
        position, organisation, _ = position_and_organisation(others)
        if position and organisation == segments[index - 1]:
            return segment
    return None
