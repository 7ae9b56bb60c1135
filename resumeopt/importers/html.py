"""HTML resumes -> lines, for the parser (`parsing/`): our own HTML export, a page saved
from a browser or a word processor.

Only the text is read, with the structure the tags give it: headings (`h1`-`h6`) become
heading lines and list items bullet lines, as Markdown's `#` and `-` do, and every block
tag (paragraph, table cell, line break) ends a line. Nothing is ever run or fetched: the
standard library's tokenizer reads the tags, scripts, styles and the document head are
skipped whole, images and links to other files are ignored, and the text is bounded.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from resumeopt.importers.errors import ResumeImportError
from resumeopt.importers.parsing.lines import Line, normalize

#: More text than any resume has; a page over this is refused, not read.
MAX_HTML_CHARACTERS = 2_000_000

HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
BLOCK_TAGS = {
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "caption",
    "dd",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    *HEADING_TAGS,
}
# Everything inside these is not the resume's text.
SKIPPED_TAGS = {
    "head",
    "script",
    "style",
    "template",
    "noscript",
    "svg",
    "math",
    "iframe",
    "object",
    "select",
    "textarea",
    "button",
}
# Blocks a blank line follows, as in text; a section heading has one before it too, while
# a smaller heading keeps the line under it (an entry's title and its dates). A paragraph
# is one line: word processors write every line of the document as one.
PARAGRAPH_TAGS = {"ul", "ol", "dl", "table", "blockquote", "pre", "hr", "h1", "h2"}
SECTION_TAGS = {"h1", "h2", "hr"}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "wbr"}
DOCUMENT_START_RE = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
TAG_RE = re.compile(rb"</?(?:p|div|br|h[1-6]|ul|ol|li|table|tr|td|span|b|strong|a)\b[^>]*>", re.I)


def looks_like_html(data: bytes, *, named_html: bool = False) -> bool:
    """A whole HTML document; for a file named .html or .htm, any text with common tags."""
    head = data[:4096]
    return bool(DOCUMENT_START_RE.match(head) or (named_html and TAG_RE.search(head)))


def lines_from_html(text: str) -> list[Line]:
    """The page's text as lines, headings and list items marked."""
    if len(text) > MAX_HTML_CHARACTERS:
        raise ResumeImportError(
            "This HTML page holds far more text than a resume. Save the resume itself as PDF, "
            "DOCX or text and upload that."
        )
    reader = _TextReader()
    reader.feed(text)
    reader.close()
    reader.end_line()
    lines = reader.lines
    while lines and not lines[-1].text:
        lines.pop()
    return lines


class _TextReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[Line] = []
        self.parts: list[str] = []
        self.skipping: list[str] = []  # the skipped elements we are inside
        self.headings = 0  # the heading elements we are inside
        self.bullet = False  # the next line opens a list item
        self.preformatted = 0
        self.link: str | None = None  # the href of the link being read
        self.link_start = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping:
            if tag in SKIPPED_TAGS and tag not in VOID_TAGS:
                self.skipping.append(tag)
            return
        if tag in SKIPPED_TAGS:
            self.skipping.append(tag)
            return
        if tag in BLOCK_TAGS:
            self.end_line(apart=tag in SECTION_TAGS)
        if tag in HEADING_TAGS:
            self.headings += 1
        elif tag == "li":
            self.bullet = True
        elif tag == "pre":
            self.preformatted += 1
        elif tag == "a":
            self.link = dict(attrs).get("href") or None
            self.link_start = len(self.parts)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.skipping and tag in BLOCK_TAGS:
            self.end_line(apart=tag in SECTION_TAGS)

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if tag == "a" and self.link:
            self._end_link(self.link)
            self.link = None
        if tag in BLOCK_TAGS:
            self.end_line(apart=tag in PARAGRAPH_TAGS)
        if tag in HEADING_TAGS and self.headings:
            self.headings -= 1
        elif tag == "li":
            self.bullet = False
        elif tag == "pre" and self.preformatted:
            self.preformatted -= 1

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.preformatted:
            first, *rest = data.split("\n")
            self.parts.append(first)
            for line in rest:
                self.end_line()
                self.parts.append(line)
            return
        self.parts.append(re.sub(r"\s+", " ", data))

    def _end_link(self, href: str) -> None:
        """A link stands for its address when its label is part of it ('LinkedIn', the
        address itself) and keeps both otherwise, as the Markdown reader does; a mail link
        labelled 'Email me' gives its address."""
        label = "".join(self.parts[self.link_start :]).strip()
        if href.lower().startswith("mailto:"):
            address = href[7:].split("?")[0]
            if "@" not in label and "@" in address:
                self.parts[self.link_start :] = [address]
        elif href.lower().startswith(("http://", "https://")):
            if not label or label.lower().rstrip("/") in href.lower():
                self.parts[self.link_start :] = [href]
            else:
                self.parts.append(f" ({href})")

    def end_line(self, *, apart: bool = False) -> None:
        """The text read so far is a line; `apart`: a blank line follows it (once)."""
        text = normalize("".join(self.parts)).strip()
        self.parts = []
        if text:
            self.lines.append(Line(text, heading=self.headings > 0, bullet=self.bullet))
            self.bullet = False
        if apart and self.lines and self.lines[-1].text:
            self.lines.append(Line(""))
