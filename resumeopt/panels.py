"""Slots on core pages that upper apps fill with panels of their own.

The core may not import the apps above it, nor name their templates: the resume
page would not render without them. Instead each app registers, in its AppConfig,
the templates it adds to a named slot, and the page renders whatever is registered
there (`{% panels "slot" %}` from the `panels` template library).

Slots on the resume page (resumeopt/resume_detail.html):
- "resume-sidebar": cards beside the sections (versions, score and findings).
- "unit-form": inside a section's edit form, under its fields (live feedback).
- "unit-form-actions": buttons after Save in that form.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Panel:
    template: str  # a template name, or "page.html#partial"
    order: int  # lower comes first, whichever app registered first


@dataclass
class Registry:
    slots: dict[str, list[Panel]] = field(default_factory=dict)

    def register(self, slot: str, template: str, *, order: int = 100) -> None:
        """Add `template` to `slot`; registering the same template twice has no effect."""
        panels = self.slots.setdefault(slot, [])
        if all(panel.template != template for panel in panels):
            panels.append(Panel(template, order))
            panels.sort(key=lambda panel: panel.order)

    def templates(self, slot: str) -> list[str]:
        return [panel.template for panel in self.slots.get(slot, [])]


registry = Registry()


def register(slot: str, template: str, *, order: int = 100) -> None:
    registry.register(slot, template, order=order)


def templates(slot: str) -> list[str]:
    return registry.templates(slot)
