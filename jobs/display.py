"""Showing a posting with its extracted requirements highlighted in place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

if TYPE_CHECKING:
    from jobs.extraction import ExtractedSkill

TYPE_LABELS = {
    "tool": "Tools and technologies",
    "hard": "Hard skills",
    "soft": "Soft skills",
    "certification": "Certifications",
    "language": "Languages",
    "domain": "Industry and domain",
}
LEVEL_LABELS = {
    "required": "required",
    "preferred": "nice to have",
    "mention": "mentioned, not asked",
}


def highlight(text: str, skills: list[ExtractedSkill]) -> SafeString:
    """The posting as HTML: every character escaped, each skill wrapped in a <mark>."""
    parts, position = [], 0
    for skill in sorted(skills, key=lambda s: s.start):
        if skill.start < position or skill.end > len(text):
            continue
        parts.append(escape(text[position : skill.start]))
        source = " · added by the model" if skill.source == "llm" else ""
        parts.append(
            format_html(
                '<mark class="skill skill-{} {}{}" title="{} · {} · {}{}">{}</mark>',
                skill.type,
                skill.level,
                " llm" if skill.source == "llm" else "",
                skill.name,
                TYPE_LABELS.get(skill.type, skill.type),
                LEVEL_LABELS[skill.level],
                source,
                text[skill.start : skill.end],
            )
        )
        position = skill.end
    parts.append(escape(text[position:]))
    return mark_safe("".join(str(part) for part in parts))  # every part was escaped above


def _strongest(skills: list[ExtractedSkill]) -> dict[str, ExtractedSkill]:
    rank = {"required": 0, "preferred": 1, "mention": 2}
    unique: dict[str, ExtractedSkill] = {}
    for skill in skills:
        if skill.name not in unique or rank[skill.level] < rank[unique[skill.name].level]:
            unique[skill.name] = skill
    return unique


def skills_by_type(skills: list[ExtractedSkill]) -> list[tuple[str, list[ExtractedSkill]]]:
    """The skills the posting asks for, once each, under readable headings, required first."""
    asked = [skill for skill in _strongest(skills).values() if not skill.mention]
    groups = []
    for type_, label in TYPE_LABELS.items():
        members = sorted(
            (s for s in asked if s.type == type_), key=lambda s: (not s.required, s.name.lower())
        )
        if members:
            groups.append((label, members))
    return groups


def mentions(skills: list[ExtractedSkill]) -> list[ExtractedSkill]:
    """What the posting names only about the company or its benefits, once each."""
    return sorted(
        (skill for skill in _strongest(skills).values() if skill.mention),
        key=lambda s: s.name.lower(),
    )
