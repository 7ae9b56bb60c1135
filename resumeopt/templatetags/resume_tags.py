"""Template filters for showing JSON Resume values."""

from django import template

from resumeopt.dates import format_date, format_range

register = template.Library()


@register.filter
def resume_date(value: str | None) -> str:
    """'2020-03' -> 'Mar 2020'."""
    return format_date(value, present="") if value else ""


@register.filter
def date_range(entry: dict) -> str:
    """An entry's dates as 'Mar 2020 – Present'."""
    if not isinstance(entry, dict):
        return ""
    start = entry.get("startDate")
    end = entry.get("endDate")
    if not start and not end:
        return format_date(entry.get("date") or entry.get("releaseDate"), present="")
    return format_range(start, end)
