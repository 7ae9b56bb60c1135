"""List-like sections: skills, certificates, awards,
publications, languages, interests, references."""

from __future__ import annotations

import re
from typing import Any

from resumeopt import jsonresume
from resumeopt.dates import DATE_PATTERN, find_date_range, parse_date
from resumeopt.importers.headings import heading_sections
from resumeopt.importers.parsing.certificates import (
    level_words,
    listed_credentials,
    looks_like_certificate,
    named_by_its_shape,
    names_issuer,
)
from resumeopt.importers.parsing.contact import looks_like_name
from resumeopt.importers.parsing.entries import continues
from resumeopt.importers.parsing.fields import split_segments
from resumeopt.importers.parsing.lexicon import names_language, organisation_score
from resumeopt.importers.parsing.lines import Line
from resumeopt.importers.parsing.patterns import (
    BULLET_RE,
    CATEGORY_RE,
    EMAIL_RE,
    LIST_SPLIT_RE,
    SEPARATOR_RE,
    URL_RE,
)
from resumeopt.importers.parsing.sidebar import sidebar_words


def list_items(text: str) -> list[str]:
    items = []
    for item in _split_outside_brackets(text):
        item = item.strip().strip(".").strip()
        item = re.sub(r"^(?:and|&)\s+", "", item)
        if item and item not in items:
            items.append(item)
    return items


def _split_outside_brackets(text: str) -> list[str]:
    """The items of a list line, split at its separators but not inside brackets: "AWS (EMR,
    Glue, S3), Azure" lists two skills, the first with what of it was used."""
    if "(" not in text and "[" not in text:
        return LIST_SPLIT_RE.split(text)
    parts, start, depth, at = [], 0, 0, 0
    last_close = max(text.rfind(")"), text.rfind("]"))
    for separator in LIST_SPLIT_RE.finditer(text):
        for char in text[at : separator.start()]:
            if char in "([":
                depth += 1
            elif char in ")]" and depth:
                depth -= 1
        at = separator.end()
        if depth:
            # Inside a bracket that is never closed, the separators still part the items.
            if separator.end() > last_close:
                depth = 0
            else:
                continue
        parts.append(text[start : separator.start()])
        start = separator.end()
    parts.append(text[start:])
    return parts


def parse_skills(lines: list[Line]) -> list[dict[str, Any]]:
    groups: list[dict[str, Any]] = []
    loose: list[str] = []
    for text in _brackets_closed([line.text.strip() for line in lines if line.text.strip()]):
        bullet = BULLET_RE.match(text)
        if bullet:
            text = text[bullet.end() :].strip()
        category = CATEGORY_RE.match(text)
        if category and len(category[1].split()) <= 5:
            groups.append({"name": category[1].strip(), "keywords": list_items(category[2])})
        else:
            loose.extend(item for item in list_items(text) if item not in loose)
    if loose:
        groups.insert(0, {"name": "Skills", "keywords": loose}) if not groups else groups.append(
            {"name": "Other skills", "keywords": loose}
        )
    return groups


def _brackets_closed(texts: list[str]) -> list[str]:
    """Lines wrapped inside a bracket joined again: "CSS (Less than 1" / "year)" is one item,
    as a job board writes each skill's years ("Java (Less than 1 year)")."""
    joined: list[str] = []
    for index, text in enumerate(texts):
        opened = joined and joined[-1].count("(") > joined[-1].count(")")
        if opened and _goes_on_to_close(texts[index : index + 3]):
            joined[-1] = f"{joined[-1]} {text}"
        else:
            joined.append(text)
    return joined


def _goes_on_to_close(texts: list[str]) -> bool:
    """Whether the first of these lines goes on inside an open bracket: it or one of the two
    after it closes the bracket ("Spring Framework(Spring Boot, Spring" / "Security, Spring" /
    "Starter Mail, Spring Validation), Mockito"), and none before it opens an item or group
    of its own."""
    for text in texts:
        if BULLET_RE.match(text) or CATEGORY_RE.match(text):
            return False
        before_next = text.split("(")[0]
        if ")" in before_next:
            return True
        if before_next != text:
            return False  # another bracket opens first
    return False


# "Certifications: ...", "Licenses & Certifications: ..." as a group of the skills.
CREDENTIAL_GROUP_RE = re.compile(r"certif|licen[cs]|credential|accredit", re.IGNORECASE)


def credentials_in_skills(
    groups: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[Line]]:
    """The skills without the credentials written among them, and those credentials: a
    group labelled as certifications, and the items only a credential is named like
    ("Forklift certified", "OSHA 10", "Licensed Electrician"). Acronyms alone stay skills
    there: ITIL and SAFe are methods as often as certificates."""
    kept: list[dict[str, Any]] = []
    credentials: list[Line] = []
    for group in groups:
        keywords = group["keywords"]
        if CREDENTIAL_GROUP_RE.search(group["name"]):
            credentials.extend(Line(keyword) for keyword in keywords)
            continue
        moved = [keyword for keyword in keywords if named_by_its_shape(keyword)]
        credentials.extend(Line(keyword) for keyword in moved)
        if rest := [keyword for keyword in keywords if keyword not in moved]:
            kept.append({**group, "keywords": rest})
    return kept, credentials


def languages_in_skills(
    groups: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[Line]]:
    """The skills without a group of spoken languages written among them, and those
    languages: "Languages: Hindi (Mother tongue), English (Fluent)", "Langues : Français,
    Anglais (C1)" under Skills name languages, as the Languages section would; a group of
    programming languages ("Languages: Python, Java, C++") stays a skill."""
    kept: list[dict[str, Any]] = []
    spoken: list[Line] = []
    for group in groups:
        keywords = group["keywords"]
        named = [keyword for keyword in keywords if names_language(keyword)]
        if heading_sections(group["name"]) == ["languages"] and 2 * len(named) > len(keywords):
            spoken.append(Line(", ".join(keywords)))
        else:
            kept.append(group)
    if spoken and len(kept) == 1 and kept[0]["name"] == "Other skills":
        kept = [{**kept[0], "name": "Skills"}]  # no group left for them to be the others of
    return kept, spoken


def parse_dated_items(lines: list[Line], section: str) -> list[dict[str, Any]]:
    """Certificates, awards and publications: one item per line or bullet."""
    name_key, by_key, date_key = {
        "certificates": ("name", "issuer", "date"),
        "awards": ("title", "awarder", "date"),
        "publications": ("name", "publisher", "releaseDate"),
    }[section]
    results: list[dict[str, Any]] = []
    previous = ""  # the line above, "" after a gap
    for index, line in enumerate(lines):
        text = line.text.strip()
        above, previous = previous, text
        if not text:
            continue
        bullet = BULLET_RE.match(text)
        following = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
        if bullet:
            text = text[bullet.end() :].strip()
            if not text:
                continue
        elif (
            results
            and above
            and date_key not in results[-1]
            and (
                detail := _detail_line(
                    text,
                    (by_key, date_key),
                    closes=not following or looks_like_certificate(following),
                )
            )
            and not (by_key in results[-1] and by_key in detail)
        ):
            # "Amazon Web Services · May 2022" under its name: who issued it and when.
            results[-1].update(detail)
            continue
        elif results and "url" not in results[-1] and (link := URL_RE.fullmatch(text)):
            # A link on the line under an item ("https://cncf.io/..."): where to check it.
            results[-1]["url"] = jsonresume.profile_from_url(link[0])["url"]
            continue
        elif results and continues(
            text, (results[-1].get("summary") or results[-1].get(name_key, ""), False)
        ):
            key = "summary" if section != "certificates" else name_key
            results[-1][key] = f"{results[-1].get(key, '')} {text}".strip()
            continue
        item: dict[str, Any] = {}
        # The link first: "..., May 2021, https://cncf.io/..." ends in its date once it is out.
        url = URL_RE.search(text)
        if url and not EMAIL_RE.search(text):
            item["url"] = jsonresume.profile_from_url(url[0])["url"]
            text = text.replace(url[0], "").strip(" ,|-–—()")
        span = find_date_range(text)
        if span and span.start and (span.end or span.current):
            after = text[span.finish :].strip(" .)")
            if not after:
                # "AWS Certified Developer (2019 - 2022)": earned at the start of its range.
                item[date_key] = span.start
                text = text[: span.begin].strip(" ,(-–—|")
        date_match = (
            None
            if date_key in item
            else re.search(rf"(?:\(|,|\s|^)({DATE_PATTERN})\)?\s*$", text, re.IGNORECASE)
        )
        if date_match and parse_date(date_match[1]):
            item[date_key] = parse_date(date_match[1])
            text = text[: date_match.start()].strip(" ,(-–—|")
            # "..., exp. 03/2025": the date a licence runs to, written after its word.
            text = re.sub(
                r"[\s,(]*\b(?:exp(?:ires|iry|\.)?|valid (?:through|until))$", "", text, flags=re.I
            )
        if section == "certificates" and (listed := listed_credentials(text)):
            # "BLS, ACLS, PALS": one line, several credentials, each earned on its own.
            results.extend({name_key: name, **item} for name in listed)
            continue
        parts = split_segments(text) if SEPARATOR_RE.search(text) else [text]
        if section == "certificates" and len(parts) > 1 and parts[1].lower() in level_words():
            parts = [f"{parts[0]} – {parts[1]}", *parts[2:]]  # "Architect – Associate"
        if len(parts) == 1:
            by = re.match(r"^(.+?)\s*(?:,|\bby\b|\bfrom\b|\bissued by\b)\s+(.+)$", text, re.I)
            if by and section == "certificates" and _credential_tail(by[2], by[1]):
                by = None  # "Oracle Certified Professional, Java SE 11 Developer": one name
            parts = [by[1], by[2]] if by and section != "publications" else parts
        if len(parts) == 1 and section == "publications":
            quoted = re.match(r"^[\"“](.+?)[\"”][,.]?\s*(.*)$", text)
            if quoted:
                parts = [quoted[1], quoted[2]] if quoted[2] else [quoted[1]]
        if not parts:
            continue  # a lone bullet or separator
        item[name_key] = parts[0].strip(' "“”')
        if len(parts) > 1:
            item[by_key] = parts[1].strip(" .")
        if len(parts) > 2 and section != "certificates":
            item["summary"] = " · ".join(parts[2:])
        results.append(
            {
                key: item[key]
                for key in (name_key, by_key, date_key, "url", "summary")
                if item.get(key)
            }
        )
    return results


def _detail_line(text: str, keys: tuple[str, str], *, closes: bool) -> dict[str, str]:
    """The issuer and date written on the line under an item's name, as exports and many
    resumes do: "Amazon Web Services · May 2022", "2020", or an issuer's name alone before a
    gap or the next credential ("ACLS" over "American Heart Association"). A name that is
    no issuer's ("OSHA 30-Hour Construction") is an item of its own."""
    by_key, date_key = keys
    if looks_like_certificate(text):
        return {}
    span = find_date_range(text)
    if (
        span
        and span.start
        and (span.end or span.current)
        and not text.replace(span.text, "").strip(" ,.()|–—-")
    ):
        # "March 2021 to Present", "2019 - 2022": when it was earned, and how long it holds.
        return {date_key: span.start}
    parts = split_segments(text)
    date = parse_date(parts[-1]) if parts else None
    if date and len(parts) <= 2:
        issuer = parts[0] if len(parts) == 2 and not parse_date(parts[0]) else ""
        return {date_key: date, **({by_key: issuer} if issuer else {})}
    if len(parts) != 1 or parse_date(text) or text.endswith("."):
        return {}
    known = organisation_score(text) or names_issuer(text)
    if closes and known:
        return {by_key: text}
    return {}


# The last words of a credential's own name after its comma ("..., Java SE 11 Developer"),
# where an issuer would be a body's name ("..., Scrum Alliance").
_CREDENTIAL_TAIL_WORDS = frozenset(
    {"developer", "architect", "administrator", "engineer", "analyst", "programmer", "tester"}
)


def _credential_tail(text: str, name: str = "") -> bool:
    """Whether the words after a credential's comma go on naming it, not who issued it: a
    level or a role ("..., Associate", "..., Java SE 11 Developer"), or the last of the
    fields a certificate is in ("Certificate in Management, Leadership and Coaching")."""
    words = text.strip(" .").lower().split()
    if not words or names_issuer(text):
        return False
    fields = bool(re.search(r"\b(?:in|of)\s", name)) and bool(re.search(r"\s(?:and|&)\s", text))
    return fields or words[-1] in _CREDENTIAL_TAIL_WORDS or words[-1] in level_words()


def parse_languages(lines: list[Line]) -> list[dict[str, str]]:
    results = []
    for line in lines:
        text = BULLET_RE.sub("", line.text.strip())
        level = ""  # "Native: Hindi; Fluent: English, French": a level over the languages
        for item in re.split(r"\s*(?:,|;|\||•|·|\t)\s*(?![^()]*\))", text):
            item = item.strip()
            if not item:
                continue
            label, colon, rest = item.partition(":")
            if colon and _names_level(label) and names_language(rest.strip()):
                level, item = label.strip(), rest.strip()
            both = re.fullmatch(r"(\S+)\s+(?:and|&)\s+(\S+)", item)
            if both and names_language(both[1]) and names_language(both[2]):
                # "English and Hindi": two languages, as a list would give them.
                results.extend(
                    {"language": name, **({"fluency": level} if level else {})}
                    for name in (both[1], both[2])
                )
                continue
            if level and names_language(item) and not re.search(r"[(:–—-]", item):
                results.append({"language": item, "fluency": level})
                continue
            if results and "fluency" not in results[-1] and _names_level(item):
                # "Deutsch<TAB>Muttersprache", "English" over "C1": a sidebar's table.
                results[-1]["fluency"] = item
                continue
            match = re.match(r"^([^(:–—-]+?)\s*(?:\((.+?)\)|[:–—-]\s*(.+))?$", item)
            language = (match[1] if match else item).strip()
            fluency = ((match[2] or match[3]) if match else "") or ""
            entry = {"language": language}
            if fluency.strip():
                entry["fluency"] = fluency.strip()
            results.append(entry)
    return results


def _names_level(text: str) -> bool:
    """Whether the text is a language's level alone ('Muttersprache', 'C1', 'Nativo')."""
    # "İleri" lower-cased keeps a combining dot over its "i".
    return text.strip().lower().replace("\u0307", "") in sidebar_words()["language_levels"]


def parse_interests(lines: list[Line]) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    for line in lines:
        text = BULLET_RE.sub("", line.text.strip())
        if not text:
            continue
        category = CATEGORY_RE.match(text)
        if category:
            results.append({"name": category[1].strip(), "keywords": list_items(category[2])})
        else:
            results.extend({"name": item} for item in list_items(text))
    return results


def parse_references(lines: list[Line]) -> list[dict[str, str]]:
    results: list[dict[str, str]] = []
    for line in lines:
        text = BULLET_RE.sub("", line.text.strip())
        if not text:
            continue
        if re.search(r"available (?:up)?on request", text, re.I):
            results.append({"reference": text})
            continue
        parts = split_segments(text)
        if len(parts) > 1 and looks_like_name(parts[0]):
            results.append({"name": parts[0], "reference": " · ".join(parts[1:])})
        elif results and "reference" in results[-1] and not looks_like_name(text):
            results[-1]["reference"] = f"{results[-1]['reference']} {text}"
        elif looks_like_name(text):
            results.append({"name": text})
        else:
            if results and "reference" not in results[-1]:
                results[-1]["reference"] = text
            else:
                results.append({"reference": text})
    return results


def join_prose(lines: list[Line]) -> str:
    """Paragraph lines joined; bullets and blank lines start new lines."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        text = line.text.strip()
        bullet = BULLET_RE.match(text)
        if not text or bullet or line.bullet:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            if text:
                current = [text[bullet.end() :].strip() if bullet else text]
            continue
        current.append(text)
    if current:
        paragraphs.append(" ".join(current))
    return "\n".join(paragraphs)
