"""What a person's browser posts when they save one section of a resume, for tests."""

from __future__ import annotations

from resumeopt import jsonresume
from resumeopt.models import Resume
from resumeopt.sections import unit_form


def section_form_data(resume: Resume, path: str, **changes: str) -> dict[str, str]:
    """The section form at `path` as it is filled in now, with `changes` typed over it."""
    section = path.split("/")[0]
    entry = jsonresume.get_at(resume.content, path)
    form = unit_form(section, entry)
    prefix = "unit-" + path.replace("/", "-")
    data = {f"{prefix}-{name}": value for name, value in form.initial.items() if value is not None}
    data.update({f"{prefix}-{name}": value for name, value in changes.items()})
    return data
