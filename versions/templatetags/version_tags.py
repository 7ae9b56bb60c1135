"""Labels for the fields a diff shows."""

from functools import cache

from django import template

from resumeopt.sections import SECTION_FIELDS

register = template.Library()


@cache
def _labels() -> dict[str, str]:
    labels = {}
    for fields in SECTION_FIELDS.values():
        for spec in fields:
            labels.setdefault(spec.key.split("/")[0], spec.label)
    labels.update({"location": "Location", "profiles": "Profiles"})
    return labels


@register.filter
def field_label(name: str) -> str:
    return _labels().get(name, name[:1].upper() + name[1:])
