"""Showing a posting with its extracted requirements highlighted in place."""

from __future__ import annotations

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from jobs.extraction import ExtractedSkill

TYPE_LABELS = {
    "tool": "Tools and technologies",
    "hard": "Hard skills",
    "soft": "Soft skills",
    "certification": "Certifications",
    "language": "Languages",
    "domain": "Industry and domain",
}


def highlight(text: str, skills: list[ExtractedSkill]) -> SafeString:
    """The posting as HTML: every character escaped, each skill wrapped in a <mark>."""
    parts, position = [], 0
    for skill in sorted(skills, key=lambda s: s.start):
        if skill.start < position or skill.end > len(text):
            continue
        parts.append(escape(text[position : skill.start]))
        level = "required" if skill.required else "preferred"
        parts.append(format_html(
            '<mark class="skill skill-{} {}" title="{} · {} · {}">{}</mark>',
            skill.type, level, skill.name, TYPE_LABELS.get(skill.type, skill.type), level, text[skill.start : skill.end],
        ))  # fmt: skip
        position = skill.end
    parts.append(escape(text[position:]))
    return mark_safe("".join(str(part) for part in parts))  # every part was escaped above


def skills_by_type(skills: list[ExtractedSkill]) -> list[tuple[str, list[ExtractedSkill]]]:
    """Unique skills grouped under readable headings, required first."""
    unique: dict[str, ExtractedSkill] = {}
    for skill in skills:
        if skill.name not in unique or (skill.required and not unique[skill.name].required):
            unique[skill.name] = skill
    groups = []
    for type_, label in TYPE_LABELS.items():
        members = sorted(
            (s for s in unique.values() if s.type == type_),
            key=lambda s: (not s.required, s.name.lower()),
        )
        if members:
            groups.append((label, members))
    return groups
