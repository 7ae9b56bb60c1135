"""`{% panels "slot" %}`: render the templates upper
apps registered for a slot (resumeopt.panels)."""

from django import template
from django.utils.safestring import SafeString, mark_safe

from resumeopt import panels as slots

register = template.Library()


@register.simple_tag(takes_context=True)
def panels(context: template.Context, slot: str) -> SafeString:
    """Each registered template rendered with the page's context, as {% include %} would."""
    engine = context.template.engine
    with context.push():
        return mark_safe(
            "".join(engine.get_template(name).render(context) for name in slots.templates(slot))
        )
