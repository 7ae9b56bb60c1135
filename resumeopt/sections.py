"""What each editable part of a resume is made of, and its edit form.

A resume is edited one unit at a time: the `basics` block, or one entry of a
list section (`work/0`, `education/1`). Each unit's fields are described once
here; the edit form, the form-to-document conversion used on save and by live
feedback, and the display templates all follow these descriptions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from django import forms

from resumeopt import jsonresume
from resumeopt.dates import format_date, is_present, parse_date

TEXT, TEXTAREA, DATE, URL, EMAIL, LINES, TAGS, PROFILES = (
    "text",
    "textarea",
    "date",
    "url",
    "email",
    "lines",
    "tags",
    "profiles",
)

BULLET_MARKERS = "•·▪●◦‣-*–—"


@dataclass(frozen=True)
class FieldSpec:
    """One field of an entry. `key` is a path inside the entry ("location/city")."""

    key: str
    label: str
    kind: str = TEXT
    help_text: str = ""
    placeholder: str = ""


F = FieldSpec
_DATE_HELP = "2021-03, Mar 2021 or 2021."
_END_HELP = "Leave empty if this is current."
_END = {"help_text": _END_HELP, "placeholder": "Present"}

SECTION_FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "basics": (
        F("name", "Full name"),
        F("label", "Headline", placeholder="Senior Software Engineer"),
        F("email", "Email", EMAIL),
        F("phone", "Phone"),
        F("location/city", "City"),
        F("location/region", "Region or state"),
        F("location/countryCode", "Country code", placeholder="US"),
        F("url", "Website", URL),
        F("profiles", "Profiles", PROFILES, "One link per line: LinkedIn, GitHub, portfolio."),
        F("summary", "Summary", TEXTAREA),
    ),
    "work": (
        F("position", "Job title"),
        F("name", "Employer"),
        F("location", "Location"),
        F("startDate", "Start", DATE, _DATE_HELP),
        F("endDate", "End", DATE, **_END),
        F("url", "Employer website", URL),
        F("summary", "Summary", TEXTAREA),
        F("highlights", "Achievements", LINES, "One bullet per line."),
    ),
    "volunteer": (
        F("position", "Role"),
        F("organization", "Organization"),
        F("startDate", "Start", DATE, _DATE_HELP),
        F("endDate", "End", DATE, **_END),
        F("url", "Website", URL),
        F("summary", "Summary", TEXTAREA),
        F("highlights", "Achievements", LINES, "One bullet per line."),
    ),
    "education": (
        F("institution", "Institution"),
        F("studyType", "Degree", placeholder="Bachelor of Science"),
        F("area", "Field of study"),
        F("startDate", "Start", DATE, _DATE_HELP),
        F("endDate", "End", DATE, **_END),
        F("score", "Grade", placeholder="3.8 GPA"),
        F("courses", "Courses", LINES, "One per line."),
    ),
    "awards": (
        F("title", "Award"),
        F("awarder", "Awarded by"),
        F("date", "Date", DATE, _DATE_HELP),
        F("summary", "Summary", TEXTAREA),
    ),
    "certificates": (
        F("name", "Certificate"),
        F("issuer", "Issuer"),
        F("date", "Date", DATE, _DATE_HELP),
        F("url", "Link", URL),
    ),
    "publications": (
        F("name", "Title"),
        F("publisher", "Publisher"),
        F("releaseDate", "Date", DATE, _DATE_HELP),
        F("url", "Link", URL),
        F("summary", "Summary", TEXTAREA),
    ),
    "skills": (
        F("name", "Group", placeholder="Languages"),
        F("level", "Level", placeholder="Advanced"),
        F("keywords", "Skills", TAGS, "Separate with commas."),
    ),
    "languages": (
        F("language", "Language"),
        F("fluency", "Fluency", placeholder="Native, Fluent, Professional..."),
    ),
    "interests": (
        F("name", "Interest"),
        F("keywords", "Keywords", TAGS, "Separate with commas."),
    ),
    "references": (
        F("name", "Name"),
        F("reference", "Reference", TEXTAREA),
    ),
    "projects": (
        F("name", "Project"),
        F("description", "Description", TEXTAREA),
        F("startDate", "Start", DATE, _DATE_HELP),
        F("endDate", "End", DATE, **_END),
        F("url", "Link", URL),
        F("roles", "Roles", TAGS, "Separate with commas."),
        F("highlights", "Achievements", LINES, "One bullet per line."),
        F("keywords", "Technologies", TAGS, "Separate with commas."),
    ),
}

# A unit is the basics block or one entry of a list section.
UNIT_PATH_RE = re.compile(
    rf"^(basics|(?P<section>{'|'.join(jsonresume.LIST_SECTIONS)})/(?P<index>\d+))$"
)


def is_unit_path(path: str) -> bool:
    return bool(UNIT_PATH_RE.match(path))


def unit_section(path: str) -> str:
    return jsonresume.section_of(path)


def form_prefix(path: str) -> str:
    """Form field prefix for a unit, so several open editors never share ids."""
    return "unit-" + path.replace("/", "-")


def split_lines(text: str) -> list[str]:
    """One item per non-empty line, without a leading bullet marker."""
    items = []
    for line in text.splitlines():
        line = line.strip().lstrip(BULLET_MARKERS).strip()
        if line:
            items.append(line)
    return items


def split_tags(text: str) -> list[str]:
    seen: list[str] = []
    for item in re.split(r"[,;\n]", text):
        item = item.strip()
        if item and item not in seen:
            seen.append(item)
    return seen


NEW_ENTRY_BASE = "new"  # the `base` of a form opened for an entry not yet saved


class UnitForm(forms.Form):
    """Base for the generated forms.

    `base` is the fingerprint of the unit when the form was opened: a save
    over a unit that changed since (another tab) is refused, not merged. A form
    for a new entry says "new", and is saved as a new entry wherever the list
    ends by then: two tabs adding an entry each add one.
    """

    base = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)

    def __init__(self, *args, section: str, **kwargs):
        self.section = section
        super().__init__(*args, **kwargs)


class DateField(forms.CharField):
    def to_python(self, value):
        value = super().to_python(value).strip()
        if not value or is_present(value):
            return ""
        parsed = parse_date(value)
        if parsed is None:
            raise forms.ValidationError(
                "Write the date as 2021-03, Mar 2021 or 2021.", code="invalid_date"
            )
        return parsed


def _form_field(spec: FieldSpec) -> forms.Field:
    field = _make_form_field(spec)
    # Long text spans the whole form row.
    field.widget.is_wide = spec.kind in (TEXTAREA, LINES, PROFILES)
    return field


def _make_form_field(spec: FieldSpec) -> forms.Field:
    common = {"label": spec.label, "required": False, "help_text": spec.help_text}
    attrs = {"placeholder": spec.placeholder} if spec.placeholder else {}
    if spec.kind == TEXTAREA:
        return forms.CharField(
            max_length=5000, widget=forms.Textarea(attrs={"rows": 4, **attrs}), **common
        )
    if spec.kind in (LINES, PROFILES):
        rows = 6 if spec.kind == LINES else 3
        return forms.CharField(
            max_length=20000, widget=forms.Textarea(attrs={"rows": rows, **attrs}), **common
        )
    if spec.kind == EMAIL:
        return forms.EmailField(max_length=254, **common, widget=forms.EmailInput(attrs=attrs))
    if spec.kind == DATE:
        return DateField(
            max_length=40,
            **common,
            widget=forms.TextInput(attrs=attrs or {"placeholder": "Mar 2021"}),
        )
    if spec.kind == URL:
        return forms.CharField(
            max_length=500, **common, widget=forms.TextInput(attrs={"inputmode": "url", **attrs})
        )
    return forms.CharField(max_length=500, **common, widget=forms.TextInput(attrs=attrs))


def _field_name(spec: FieldSpec) -> str:
    return spec.key.replace("/", "__")


@cache
def form_class(section: str) -> type[UnitForm]:
    """The edit form for one unit of `section`, built from SECTION_FIELDS."""
    fields = {_field_name(spec): _form_field(spec) for spec in SECTION_FIELDS[section]}
    return type(f"{section.capitalize()}Form", (UnitForm,), fields)


def unit_form(
    section: str, entry: dict[str, Any] | None = None, *, data=None, prefix: str | None = None
) -> UnitForm:
    """A bound form (with `data`) or one filled from `entry`."""
    initial = form_initial(section, entry or {})
    initial["base"] = jsonresume.fingerprint(entry) if entry is not None else NEW_ENTRY_BASE
    return form_class(section)(data=data, initial=initial, prefix=prefix, section=section)


def form_initial(section: str, entry: dict[str, Any]) -> dict[str, Any]:
    initial: dict[str, Any] = {}
    for spec in SECTION_FIELDS[section]:
        value = jsonresume.get_at(entry, spec.key)
        if spec.kind == LINES:
            value = "\n".join(str(item) for item in value or [])
        elif spec.kind == TAGS:
            value = ", ".join(str(item) for item in value or [])
        elif spec.kind == PROFILES:
            value = "\n".join(
                f"{p.get('network')}: {p.get('url')}" if p.get("url") else str(p.get("network", ""))
                for p in value or []
                if isinstance(p, dict)
            )
        elif spec.kind == DATE and value:
            value = format_date(value) if len(str(value)) == 7 else value
        initial[_field_name(spec)] = value if value is not None else ""
    return initial


def entry_from_form(
    section: str, cleaned_data: dict[str, Any], original: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The entry the form describes, keeping every key the form does not show.

    A blank field removes the value only if it was there to begin with, and as
    an empty value, so saving an untouched form changes nothing.
    """
    entry: dict[str, Any] = dict(original or {})
    for spec in SECTION_FIELDS[section]:
        raw = cleaned_data.get(_field_name(spec), "")
        if spec.kind == LINES:
            value: Any = split_lines(raw or "")
        elif spec.kind == TAGS:
            value = split_tags(raw or "")
        elif spec.kind == PROFILES:
            value = _merge_profiles(
                split_lines(raw or ""), jsonresume.get_at(original or {}, "profiles") or []
            )
        else:
            value = (raw or "").strip()
        present = jsonresume.get_at(original or {}, spec.key) is not None
        if value or present:
            if spec.kind == DATE and not value:
                entry = _without(entry, spec.key)
                continue
            entry = jsonresume.set_at(entry, spec.key, value)
    return entry


def _merge_profiles(lines: list[str], original: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_url = {p.get("url"): p for p in original if isinstance(p, dict) and p.get("url")}
    profiles = []
    for line in lines:
        profile = jsonresume.profile_from_url(line)
        kept = by_url.get(profile["url"])
        profiles.append({**kept, **{k: v for k, v in profile.items() if v}} if kept else profile)
    return profiles


def _without(entry: dict[str, Any], key: str) -> dict[str, Any]:
    try:
        return jsonresume.remove_at(entry, key)
    except KeyError:
        return entry


def apply_form(document: dict[str, Any], path: str, form: UnitForm) -> dict[str, Any]:
    """The document with the unit at `path` replaced by a valid form's content."""
    original = jsonresume.get_at(document, path) or {}
    entry = entry_from_form(form.section, form.cleaned_data, original)
    return jsonresume.set_at(document, path, entry)


def draft_document(
    document: dict[str, Any], path: str, data, *, prefix: str | None = None
) -> tuple[dict[str, Any], UnitForm]:
    """The document as it would be if the draft in `data` were saved.

    Fields that do not validate yet (a half-typed date) keep their saved
    value, so live feedback can follow the user while they type.
    """
    section = unit_section(path)
    original = jsonresume.get_at(document, path) or {}
    form = unit_form(section, original, data=data, prefix=prefix)
    form.is_valid()
    saved = form_initial(section, original)
    cleaned = dict(form.cleaned_data)
    for spec in SECTION_FIELDS[section]:
        name = _field_name(spec)
        if name in form.errors:
            # Dates are compared as stored (ISO); the form shows them for reading.
            cleaned[name] = (
                (jsonresume.get_at(original, spec.key) or "") if spec.kind == DATE else saved[name]
            )
    entry = entry_from_form(section, cleaned, original)
    return jsonresume.set_at(document, path, entry), form
