"""Assistant replies as safe HTML: Markdown rendered with raw HTML off, then sanitised by nh3.

Nothing in a reply is clickable or loads anything: no links, no images. A model
can be steered by text in a job posting, and a link ("[your resume](https://…
?cv=…)") is how such text would lure a click or carry data away; a URL shows
as the plain text it is.
"""

from functools import cache

import nh3
from django import template
from django.utils.safestring import mark_safe

register = template.Library()

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "code",
    "pre",
    "ul",
    "ol",
    "li",
    "blockquote",
    "h3",
    "h4",
}


@cache
def _markdown():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "linkify": False}).disable(
        ["image", "link", "autolink", "reference"]
    )


@register.filter
def markdown(text: str) -> str:
    """Model output is data: no raw HTML, no scripts, no links or images."""
    html = _markdown().render(text or "")
    clean = nh3.clean(html, tags=ALLOWED_TAGS, attributes={}, link_rel=None)
    return mark_safe(clean)  # sanitised by nh3 just above
