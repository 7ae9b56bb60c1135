"""The contact header: name, headline, email, phone, links and place."""

from __future__ import annotations

import re
from typing import Any

from resumeopt import jsonresume
from resumeopt.dates import find_date_range
from resumeopt.importers.headings import heading_section
from resumeopt.importers.parsing.fields import rejoin_locations, split_segments
from resumeopt.importers.parsing.lexicon import (
    address_location,
    district_and_town,
    experience_claim,
    lone_city,
    read_location,
    region_named,
    role_score,
    state_code_place,
    town_in_region,
    vocabulary,
)
from resumeopt.importers.parsing.lines import Line
from resumeopt.importers.parsing.patterns import EMAIL_RE, PHONE_RE, URL_RE
from resumeopt.importers.parsing.sections import is_caps_heading

# "Software engineer (Frontend developer) Updated: 2022-06-20": a site's stamp after the title.
_UPDATED_STAMP = re.compile(r"\s+(?:last\s+)?updated\s*:?\s*\S+$", re.I)
# "Mobile Developer with 3 years experience", "Java developer - 5+ years of experience": the
# title, then a claim of years.
_CLAIM_AFTER_TITLE = re.compile(r"\s+(?:with|[-–—,]\s*)\s*(?:over\s+|more than\s+)?\d", re.I)


def headline_title(text: str) -> str:
    """The job title a header line gives as its headline, or "" when it gives none: a line
    whose words end in a title's head ("Back-end Developer", "FULL STACK JAVA DEVELOPER"),
    alone or before a claim of years."""
    text = _UPDATED_STAMP.sub("", text.strip())
    if not text[:1].isupper() or text.endswith(".") or find_date_range(text):
        return ""  # "Senior Engineer, 2019 - 2021": a job, not a headline
    claim = _CLAIM_AFTER_TITLE.search(text)
    title = text[: claim.start()].strip(" ,–—-") if claim else text
    if not title or len(title.split()) > 6 or looks_like_name(title) or EMAIL_RE.search(title):
        return ""
    if claim and not experience_claim(text):
        return ""
    return title if role_score(title) >= 3 else ""


def _title_with_stop(text: str) -> bool:
    """'FRONTEND WEB DEVELOPER.': a job title closed with a full stop, as some write their
    headline; a sentence, even a short one, is not one."""
    title = text.removesuffix(".")
    return text.endswith(".") and "." not in title and headline_title(title) == title


def _continues_sentence(previous: str, text: str) -> bool:
    """'... building crucial parts for core business' over 'applications such as CI/CD': a
    line of prose wrapped before its end, read on in the next line, never a headline."""
    return (
        len(previous.split()) > 6
        and not re.search(r"[.!?:;]$", previous)
        and bool(re.match(r"[a-z]", text))
    )


def parse_header(lines: list[Line]) -> tuple[dict[str, Any], list[str]]:
    basics: dict[str, Any] = {}
    profiles: list[dict[str, str]] = []
    text_lines: list[str] = []
    contact_lines: set[str] = set()  # what was left of a contact line: never the name
    named_first = ""  # a name opening a contact line, if no line holds the name alone
    for line in _wrapped_links_joined(lines):
        text = line.text.strip()
        # "Curriculum Vitae" over the name titles the page; it says nothing of the person.
        if not text or _is_document_title(text):
            continue
        leftovers = []
        segments = contact_segments(text)
        for segment in segments:
            # "Jane Doe, Ontario" opening the page: the name and a province, not a town.
            name_slot = not text_lines and segment is segments[0] and "name" not in basics
            if name_slot and (named := _name_then_place(segment)):
                # "Jane Doe, Ontario": the name, then where the person lives.
                if named[1]:
                    basics.setdefault("location", named[1])
                leftovers.append(named[0])
                continue
            if take_contact(segment, basics, profiles, name_slot=name_slot):
                continue
            leftovers.append(segment)
        # "Phoenix | kim@example.com | 602 555 0101": beside contact details, even a city
        # whose name is also a word or a person's is where the person lives.
        city = next((piece for piece in leftovers if lone_city(piece, guarded=True)), None)
        if city and len(leftovers) < len(segments) and "location" not in basics:
            basics["location"] = lone_city(city, guarded=True)
            leftovers.remove(city)
        if (
            len(leftovers) < len(segments)
            and leftovers
            and leftovers[0] == segments[0]
            and not named_first
            and looks_like_name(segments[0])
        ):
            # "Lucía Fernández Ríos · Sevilla · 655 123 987 · lucia@...": the name opens
            # the contact line, as a page header holds it.
            named_first = segments[0]
        if leftovers:
            kept = " ".join(leftovers) if len(leftovers) == 1 else " | ".join(leftovers)
            text_lines.append(kept)
            # "|  | Tel Aviv": the fields before it (phone, email) were masked or taken.
            if re.match(r"^[|•·]", text) or re.search(r"[|•·]\s*[|•·]", text):
                contact_lines.add(kept)
    # "Jordan Alvarez / Austin / (512) 555-0147": a town whose name is also a person's or a
    # word, alone on its line under the name among contact lines, is where the person lives;
    # which of the towns so named is not known ("Victoria" is in Canada, Australia and
    # more), so no country is given.
    if "location" not in basics and ("email" in basics or "phone" in basics) and text_lines:
        home = next((text for text in text_lines[1:] if lone_city(text, guarded=True)), None)
        if home and looks_like_name(bare_name(text_lines[0])):
            basics["location"] = {"city": home}
            text_lines.remove(home)
    # europass reads the lists that import this module: imported here, not at the top.
    from resumeopt.importers.parsing.europass import personal_detail

    rest: list[str] = []
    shown = next(filter(None, (linkedin_display_name(line.text) for line in lines)), None)
    previous = ""
    for text in text_lines:
        person = bare_name(text)
        continues, previous = _continues_sentence(previous, text), text
        if personal_detail(text):
            rest.append(text)  # "Marital Status: Married": never the name nor the headline
        elif "name" not in basics and looks_like_name(person) and text not in contact_lines:
            basics["name"] = name_case(person)
        elif (
            "name" in basics
            and "label" not in basics
            and len(text.split()) <= 10
            and not continues
            and (not text.endswith(".") or _title_with_stop(text))
        ):
            basics["label"] = text.removesuffix(".") if _title_with_stop(text) else text
        elif "name" not in basics and "label" not in basics and (title := headline_title(text)):
            # A resume whose name was left out or masked ("Phone: ... Residence: ...") opens
            # with the job it seeks: "FULL STACK JAVA DEVELOPER", "Mobile Developer with 3
            # years experience". The claim after the title stays for the summary.
            basics["label"] = title
            if title != text:
                rest.append(text)
        else:
            rest.append(text)
    if "name" not in basics and shown:
        basics = {"name": shown, **basics}
    elif "name" not in basics and named_first:
        basics = {"name": name_case(named_first), **basics}
        opening = re.compile(rf"^{re.escape(named_first)}(?: \| |$)")
        rest = [kept for text in rest if (kept := opening.sub("", text))]
    if profiles:
        basics["profiles"] = profiles
    ordered_keys = ("name", "label", "email", "phone", "url", "summary", "location", "profiles")
    return {key: basics[key] for key in ordered_keys if key in basics}, rest


# "... indeed.com/r/Venkata-Sai-Krishna/" over "f6931801c51c63b1": a link cut at a slash,
# its last piece (one token, no spaces) alone on the next line.
_LINK_CUT_AT_SLASH = re.compile(r"(?:https?://|www\.|\b[\w-]+\.(?:com|org|net|io|in))\S*/$", re.I)
_LINK_END = re.compile(r"[\w-]+(?:[?#]\S*)?")


def _wrapped_links_joined(lines: list[Line]) -> list[Line]:
    """The header's lines with a link wrapped at a slash made whole again."""
    joined: list[Line] = []
    for line in lines:
        text = line.text.strip()
        previous = joined[-1].text.rstrip() if joined else ""
        if previous and _LINK_CUT_AT_SLASH.search(previous) and _LINK_END.fullmatch(text):
            joined[-1] = Line(f"{previous}{text}")
            continue
        joined.append(line)
    return joined


def contact_segments(text: str) -> list[str]:
    """Header segments; a comma-separated contact line is split at its commas too."""
    segments = []
    for segment in split_segments(text):
        if "," in segment and (EMAIL_RE.search(segment) or URL_RE.search(segment)):
            segments.extend(rejoin_locations([piece.strip() for piece in segment.split(",")]))
        else:
            segments.append(segment)
    # "São Paulo - SP": a town and its state's code split at the dash.
    return rejoin_locations(segments)


def take_contact(
    segment: str, basics: dict[str, Any], profiles: list[dict[str, str]], *, name_slot: bool = False
) -> bool:
    """Store the segment if it is an email, phone, link or place; say whether it was."""
    label_free = re.sub(
        r"^(?:e-?mail|phone|tel|mobile|cell|linkedin|github|web(?:site)?|portfolio|address|location"
        r"|telefone|telefon|t[ée]l[ée]phone|tel[ée]fono|celular|m[óo]vil|handy|mob(?:ile)?\s*no\.?"
        r"|contact\s*(?:no\.?|number)|phone\s*no\.?|tel\.|mob\.|kom\.|tlf\.?"
        r"|e-?mail me on indeed)\s*:\s*",
        "",
        segment,
        flags=re.I,
    )
    # "+1 415 555 0199 (Mobile)", "linkedin.com/in/x (LinkedIn)": LinkedIn names each kind.
    label_free = re.sub(
        r"\s*\((?:mobile|home|work|office|cell|phone|linkedin|personal|company|portfolio|blog|other)\)$",
        "",
        label_free,
        flags=re.I,
    )
    email = EMAIL_RE.search(label_free)
    if email and len(label_free) - len(email[0]) <= 3:
        basics.setdefault("email", email[0])
        return True
    url = URL_RE.search(label_free)
    if url and not EMAIL_RE.search(label_free) and len(label_free) - len(url[0]) <= 12:
        profile = jsonresume.profile_from_url(url[0])
        if profile["network"] in jsonresume.PROFILE_NETWORKS.values():
            if all(existing["url"] != profile["url"] for existing in profiles):
                profiles.append(profile)
        elif "url" not in basics:
            basics["url"] = profile["url"]
        else:
            profiles.append(profile)
        return True
    phone = PHONE_RE.search(label_free)
    if (
        phone
        and sum(c.isdigit() for c in phone[0]) >= 7
        and not find_date_range(label_free)
        and len(label_free) - len(phone[0]) <= 3
    ):
        basics.setdefault("phone", phone[0].strip())
        return True
    # "London" alone on a contact line: a known city (never "Reading" or "Jackson"); a town
    # before its region ("Ikeja, Lagos State"), a region alone ("Bavaria", "Greater
    # Manchester"), where a contact line says where the person lives.
    town = town_in_region(label_free)
    city = town.get("city", "") if town else ""
    if name_slot and looks_like_name(city) and not lone_city(city, guarded=True):
        town = None  # where the name stands, "Jane Doe, Ontario" is the name and a province
    location = (
        town
        or lone_city(label_free)
        or (not name_slot and district_and_town(label_free))
        or town_before_postcode(label_free)
        or street_address(label_free)
        or (not lone_city(label_free, guarded=True) and region_named(label_free))
        # "San Francisco Bay Area", "Greater Chicago Area": a metro area as LinkedIn names it.
        or (not name_slot and _METRO_AREA.fullmatch(label_free) and {"region": label_free})
    )
    if location and "location" not in basics:
        basics["location"] = location
        return True
    return False


def _name_then_place(segment: str) -> tuple[str, dict[str, str]] | None:
    """'Jane Doe, Ontario', 'Li Wei, Shenzhen, Guangdong': a name before a comma and a place,
    as the first line of a page writes them; not a name and its letters ('Jane Doe, MD, MPH')."""
    name, comma, rest = segment.partition(",")
    name, rest = name.strip(), rest.strip()
    if not comma or not rest or not looks_like_name(name):
        return None
    if lone_city(name, guarded=True):
        return None  # "Quezon City, Metro Manila": a town and its region
    if place := state_code_place(rest):
        return name, place  # "Jane Doe, ON": a province's code no credential shares
    if read_location(segment) and not _POSTNOMINAL_WORDS.fullmatch(rest):
        # "John Smith, IN": a state's code that is also a word; the name, the place unsaid.
        return name, {}
    if all(_POSTNOMINAL.fullmatch(part.strip()) for part in rest.split(",")):
        return None
    place = town_in_region(rest) or lone_city(rest, guarded=True) or region_named(rest)
    return (name, place) if place else None


def town_before_postcode(text: str) -> dict[str, str] | None:
    """'Manchester M14 5RH', 'Bristol BS3', 'Cebu City 6000': a known town and its postcode
    (a British one may be its first half only)."""
    found = re.fullmatch(
        r"(.+?)\s+([A-Z]{1,2}\d[A-Z\d]?(?:\s*\d[A-Z]{2})?|[A-Z]\d[\dW]\s?[A-Z\d]{4}|\d{4,6})",
        text.strip(),
    )
    town = found and lone_city(found[1], guarded=True)
    return {**town, "postalCode": found[2]} if town else None


def street_address(text: str) -> dict[str, str] | None:
    """'Via Emilia Est 45, 43123 Parma': a street with its number, then a postcode and town."""
    street, _, rest = text.partition(",")
    if not rest or not re.search(r"[^\W\d_]{2,}", street) or not re.search(r"\d", street):
        return None
    location = address_location(text)
    return location if "city" in location else None


# A document's title, not its author: "Curriculum Vitae", "Europass CV", "Résumé".
_DOCUMENT_TITLE_WORDS = frozenset(
    {"curriculum", "currículum", "curriculo", "currículo", "vitae", "vitæ", "resume"}
    | {"résumé", "cv", "lebenslauf", "europass"}
)


def _is_document_title(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text.lower())
    return bool(words) and len(words) <= 3 and set(words) <= _DOCUMENT_TITLE_WORDS


# "Ing" alone is also a given name: only "Ing." with its point is the title.
# "Engr." (Nigeria, the Philippines), "Er." (India), "Atty." (the Philippines) title engineers
# and lawyers; like "Ing." they take their point.
_HONORIFIC = re.compile(
    r"^(?:(?:dr|prof|mr|mrs|ms|mx|miss)\.?|(?:dipl\.?-)?ing\.|(?:engr|er|atty|adv)\.)\s+(?=[A-Z])",
    re.I,
)
# Pronouns after a name: "Alex Morgan (they/them)", "Sam Lee, she/her".
_PRONOUNS = re.compile(
    r"\s*(?:[(\[]\s*|,\s*|\|\s*)(?:she|he|they|ze|xe)\s*/\s*(?:her|him|them|hers|his|theirs|zir|xem)"
    r"(?:\s*/\s*\w+)?\s*[)\]]?\s*$",
    re.I,
)
# Letters after a name: "Jane Doe, RN, BSN", "John Roe, PhD", "Ann Lee, P.E.", "Bo Kim, Jr."
_POSTNOMINAL = re.compile(r"(?:[A-Z][A-Za-z.-]{0,7}[A-Z.]|[A-Z]{1,2}|Ph\.?\s?D\.?|Jr\.?|Sr\.?)")


# Letters after a name that are a credential even where a state shares them ("MD", "PA").
_POSTNOMINAL_WORDS = re.compile(r"MD|MA|MS|PA|DO|PE|CA|RN|NP|OD", re.I)


def bare_name(text: str) -> str:
    """The name without an honorific before it, or letters or pronouns after it ("Dr. Ann
    Lee, PhD", "Alex Morgan (they/them)")."""
    text = _PRONOUNS.sub("", text)
    head, *after = (part.strip() for part in text.split(","))
    # "Springfield, IL" is a place, not a person with letters; "Jane Doe, MD" is a doctor.
    credential = len(after) == 1 and _POSTNOMINAL_WORDS.fullmatch(after[0])
    place = read_location(text) and not (credential and not lone_city(head, guarded=True))
    if after and all(_POSTNOMINAL.fullmatch(part) for part in after) and not place:
        text = head
    elif not after:
        text = credentials_apart(text)[0]
    return _HONORIFIC.sub("", text.strip())


# Letters people write after their name without commas ("JAMES O'SULLIVAN CA ANZ", "Sarah
# Chen CPA"): only known ones, since in capitals a surname looks the same.
_CREDENTIAL_LETTERS = frozenset(
    re.findall(
        r"\S+",
        """
    CA CPA ACA FCA ACCA FCCA CIMA CGMA CMA CIA CISA CISSP CFA FRM PMP PRINCE2 CSM RN BSN
    MSN NP APRN FNP CRNA LPN DNP RPN MD DO MPH MBBS FRCS FRCP MRCP DPT PHARMD DDS DMD OD
    PE PENG CENG IENG MIET MICE FIEAUST MIEAUST MBA PHD EDD JD LLB LLM MSC BSC
    BENG MENG SHRM-CP SHRM-SCP PHR SPHR CPHR
    RGN RMN RSCN RNLD RPN RM
        """,
    )
)


def credentials_apart(text: str) -> tuple[str, list[str]]:
    """'JAMES O'SULLIVAN CA ANZ' -> ("JAMES O'SULLIVAN", ['CA ANZ']): the known credentials
    after a name written without commas, as written. A name keeps two words at least."""
    words = text.split()
    letters: list[str] = []
    while len(words) > 2:
        word = words[-1]
        if word.upper() in ("ANZ", "NZ") and len(words) > 3 and words[-2].upper() == "CA":
            letters.insert(0, f"{words[-2]} {word}")  # "CA ANZ": Chartered Accountants ANZ
            words = words[:-2]
        elif re.sub(r"[.]", "", word).upper() in _CREDENTIAL_LETTERS:
            letters.insert(0, word)
            words = words[:-1]
        else:
            break
    return (" ".join(words), letters) if letters else (text, [])


_GENERATION = re.compile(r"(?:Jr|Sr)\.?|I{2,3}|IV", re.I)


def letters_after_name(lines: list[Line], name: str) -> list[str]:
    """The credentials written after the name on its line: "Jane Doe, RN, BSN" -> RN, BSN.

    The name is kept clean of them; these say what the person holds (a licence, a degree)
    and are given back so the document keeps them. "Jr." is part of the name, not one.
    """
    for line in lines:
        text = line.text.strip()
        head, *after = (part.strip() for part in text.split(","))
        if after and name_case(_HONORIFIC.sub("", head)) == name and bare_name(text) != text:
            return [part for part in after if not _GENERATION.fullmatch(part)]
        person, letters = credentials_apart(text)
        if letters and not after and name_case(_HONORIFIC.sub("", person)) == name:
            return letters
    return []


def looks_like_name(text: str) -> bool:
    """Two to five capitalised words that are not a contact line, a place, a title or a heading.

    A single word is more often a skill or a sidebar label ("Git") than a name.
    """
    words = text.split()
    if not 2 <= len(words) <= 5 or any(c.isdigit() for c in text):
        return False
    if any(mark in text for mark in "@|:()/\\,;") or text.endswith("."):
        return False
    lowered = {word.lower().strip(",.") for word in words}
    if lowered & _DOCUMENT_TITLE_WORDS:
        return False
    known = vocabulary()
    if lowered & (known["title_words"] | known["institution_words"] | known["company_suffixes"]):
        return False
    if read_location(text) or _holds_heading(words):
        return False
    # "Daan de Vries", "Ana da Silva": a particle in lower case inside the name.
    particles = known["name_particles"]
    inner = words[1:-1]
    return all(
        word[0].isupper() or not word[0].isalpha() for word in (words[0], words[-1])
    ) and all(word[0].isupper() or not word[0].isalpha() or word in particles for word in inner)


def _holds_heading(words: list[str]) -> bool:
    """'DESCRIPTION WORK EXPIRIENCE': two column headings flattened onto one line."""
    pieces = [
        *words,
        *(f"{first} {second}" for first, second in zip(words, words[1:], strict=False)),
    ]
    return any(heading_section(piece)[0] for piece in [" ".join(words), *pieces])


# "LinkedIn: Jane Doe": the link's text, when the document kept no address, is the name.
_LINKEDIN_NAME = re.compile(
    r"\blinked\s?in\s*:\s*((?:[A-Z][\w'’-]+\s+){1,3}?[A-Z][\w'’-]+)"
    r"(?=\s+[A-Z][\w ]{0,30}:|\s*[|,;]|\s*$)",
    re.IGNORECASE,
)


def linkedin_display_name(text: str) -> str | None:
    found = _LINKEDIN_NAME.search(text)
    if found and looks_like_name(found[1]) and not URL_RE.search(found[1]):
        return found[1]
    return None


_MAIN_SECTIONS = ("summary", "work", "education")


def name_heading_back(
    blocks: list[tuple[str | None, str, list[Line]]],
) -> list[tuple[str | None, str, list[Line]]]:
    """A name in capitals taken for a heading goes back to the header it belongs to.

    Below "Curriculum Vitae" or the contact lines, "PRIYA MENON" after a gap reads as a
    section of its own; when the header above holds no name, it is the name, and the lines
    under it (a headline) are the header's too.
    """
    if len(blocks) < 2 or blocks[0][0] != "header" or blocks[1][0] is not None:
        return blocks
    heading, header = blocks[1][1], blocks[0][2]
    if not looks_like_name(bare_name(heading)) or any(
        looks_like_name(bare_name(segment))
        for line in header
        for segment in contact_segments(line.text.strip())
    ):
        return blocks
    return [("header", "", [*header, Line(heading), *blocks[1][2]]), *blocks[2:]]


def name_after_sidebar(
    blocks: list[tuple[str | None, str, list[Line]]],
) -> tuple[list[tuple[str | None, str, list[Line]]], dict[str, Any]] | None:
    """The name, headline and place that close a sidebar read before the main column.

    A two-column PDF read column by column (LinkedIn's "Save to PDF" among them) gives
    the sidebar's Contact, Skills and Languages first; the name, a headline and the
    place stand at the end of the last sidebar block, just before Summary or Experience.
    A Word table whose sidebar cell comes first ends that block with the name and the
    headline the main cell opens with.
    Returns the blocks without those lines, and the basics they give.
    """
    if found := _name_above_main_cell(blocks):
        return found
    for index, (section, heading, block) in enumerate(blocks):
        if section in _MAIN_SECTIONS:
            return None
        texts = [line.text.strip() for line in block]
        filled = [at for at, text in enumerate(texts) if text]
        if len(filled) < 2 or not _reads_as_place(texts[filled[-1]]):
            continue
        for first in filled[-3:-1]:
            if looks_like_name(bare_name(texts[first])):
                person: dict[str, Any] = {"name": name_case(bare_name(texts[first]))}
                between = [texts[at] for at in filled if first < at < filled[-1]]
                if between:
                    person["label"] = between[0]
                person["location"] = read_location(texts[filled[-1]]) or {
                    "region": texts[filled[-1]]
                }
                kept = (section, heading, block[:first])
                return [*blocks[:index], kept, *blocks[index + 1 :]], person
    return None


def _name_above_main_cell(
    blocks: list[tuple[str | None, str, list[Line]]],
) -> tuple[list[tuple[str | None, str, list[Line]]], dict[str, Any]] | None:
    """A Word table's sidebar cell read before the main one: the main cell opens with the
    name and the headline under it ("GRACE NWOSU, BSN, RN" / "Emergency Department
    Registered Nurse"), just above its first section, whatever the sidebar's last was."""
    index = next((at for at, (section, _, _) in enumerate(blocks) if section == "work"), 0)
    if index == 0:
        return None
    section, heading, block = blocks[index - 1]
    filled = [at for at, line in enumerate(block) if line.text.strip()]
    if len(filled) < 2:
        return None
    # The cells are read apart, a blank line between them: a sidebar's own list runs on.
    cell_opens = filled[-2] == 0 or not block[filled[-2] - 1].text.strip()
    name, headline = (block[at].text.strip() for at in filled[-2:])
    if not (cell_opens and looks_like_name(bare_name(name)) and role_score(headline) > 0):
        return None
    if len(headline.split()) > 6 or read_location(name):
        return None
    kept = (section, heading, block[: filled[-2]])
    person = {"name": name_case(bare_name(name)), "label": headline}
    return [*blocks[: index - 1], kept, *blocks[index:]], person


_METRO_AREA = re.compile(r"(?:Greater\s+)?[A-Z][\w .'-]* Area")


def _reads_as_place(text: str) -> bool:
    """A place, or a metro area as LinkedIn names it ("San Francisco Bay Area")."""
    return bool(read_location(text) or _METRO_AREA.fullmatch(text))


# A page number after a footer's name: "Jane Doe 1", "Jane Doe | Page 2 of 3".
# The number stands apart: "English B1" ends in a level, not a page.
_PAGE_NUMBER = re.compile(
    r"(?:[\s|·•-]+(?:page\s*)?|[\s|·•-]*page\s*)\d{1,2}(?:\s*(?:of|/)\s*\d{1,2})?\s*$", re.I
)


def name_from_footer(lines: list[Line], last_section: str | None) -> str | None:
    """The name in a page footer or under a closing signature: the document's last line.

    In a list section ("English Fluent" under Languages) it must carry a page number.
    """
    texts = [line.text.strip() for line in lines if line.text.strip()]
    if not texts:
        return None
    last = _PAGE_NUMBER.sub("", texts[-1]).strip()
    numbered = last != texts[-1]
    # A referee named at the end is not the candidate.
    in_list = last_section in (
        "skills",
        "languages",
        "interests",
        "certificates",
        "awards",
        "references",
    )
    if len(last.split()) <= 3 and looks_like_name(last) and (numbered or not in_list):
        return name_case(last)
    return None


def name_case(text: str) -> str:
    """A name written in capitals as people write it: each part of a double name capital
    ('FERNÁNDEZ-ORTIZ' -> 'Fernández-Ortiz', "O'BRIEN" -> "O'Brien"), a particle inside the
    name small ('RAFAEL DOS SANTOS' -> 'Rafael dos Santos')."""
    if not is_caps_heading(text):
        return text
    particles = vocabulary()["name_particles"]
    words = []
    for index, part in enumerate(text.split()):
        if index and part.lower() in particles:
            words.append(part.lower())
        elif len(part) > 1:
            words.append(re.sub(r"[^\W\d_]+", lambda piece: _capital_word(piece[0]), part))
        else:
            words.append(part)
    return " ".join(words)


def _capital_word(word: str) -> str:
    """'MCALLISTER' -> 'McAllister': 'Mc' is always followed by a capital; other inner
    capitals ('DeSouza', 'MacLeod' beside 'Macy') only the document itself can show."""
    if len(word) > 3 and word[:2].lower() == "mc":
        return f"Mc{word[2:].capitalize()}"
    return word.capitalize()


def name_as_written(name: str, texts: list[str]) -> str:
    """The name with each word as the document writes it elsewhere with a capital inside
    ('Maria Desouza' beside a signature 'Maria DeSouza'), when it was read in capitals."""
    words = name.split()
    for index, word in enumerate(words):
        if len(word) < 4 or not word.isalpha():
            continue
        pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.I)
        for text in texts:
            found = next(
                (
                    match[0]
                    for match in pattern.finditer(text)
                    if not match[0].isupper() and any(c.isupper() for c in match[0][1:])
                ),
                None,
            )
            if found:
                words[index] = found
                break
    return " ".join(words)
