"""Skill relations: what a skill on a resume also shows ("PostgreSQL" shows SQL).

Read once from data/skill_relations.txt. Matching uses them so that a posting
asking for SQL is met by a resume that names MySQL, and says so
("SQL: counted through MySQL").
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "skill_relations.txt"


@cache
def implications() -> dict[str, tuple[str, ...]]:
    """Skill -> the skills it implies directly."""
    found: dict[str, list[str]] = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        source, _, target = (part.strip() for part in line.partition("=>"))
        if source and target:
            found.setdefault(source, []).append(target)
    return {name: tuple(targets) for name, targets in found.items()}


def implied_by(names: set[str] | list[str]) -> dict[str, str]:
    """Skills shown through others: implied name -> the resume's skill that shows it.

    Skills the resume names itself are left out; the nearest source wins.
    """
    direct = implications()
    shown: dict[str, str] = {}
    frontier = [(name, name) for name in names]
    have = set(names)
    while frontier:
        following = []
        for name, source in frontier:
            for target in direct.get(name, ()):
                if target not in have and target not in shown:
                    shown[target] = source
                    following.append((target, source))
        frontier = following
    return shown
