"""Resumes made in online builders, printed to PDF, to measure PDF import on their designs.

Many job seekers make their resume in an online builder (Canva, Reactive Resume,
Novoresume, Zety, Kickresume, Google Docs templates) and upload the PDF it prints.
Their designs are ones the Word-printed sets lack: a coloured sidebar with contact
lines behind icon glyphs (icon fonts map them to the private-use area), skills and
languages with level bars or dots, a timeline with dates in a left gutter, letter-spaced
or small-caps headings, title and company on one line with a pipe, "at" or "@", dates
right-aligned on the title's line, skill grids, a name in a huge font over two lines,
a photo placeholder. `web_resumes/` holds such resumes written as HTML and CSS (varied
careers, countries and languages of dates; the icons are drawn from OpenSymbol's
private-use glyphs at the code points Material Icons uses), and this script prints them
with Debian's Chromium into `data/labelled/web_pdf/`. They were labelled by reading them
before the parser ran on them: every third file is labelled in `web_pdf-heldout.json`,
never tuned on, the rest in `web_pdf.json`. Chromium is a tool for this script, never a
dependency of the project or its CI.

    apt-get install --no-install-recommends chromium fonts-dejavu fonts-liberation \
        fonts-crosextra-carlito fonts-crosextra-caladea fonts-opensymbol
    python -m resumeopt.tests.web_pdfs
"""

from __future__ import annotations

import subprocess
from pathlib import Path

SOURCES = Path(__file__).parent / "web_resumes"
FOLDER = Path(__file__).parent / "data" / "labelled" / "web_pdf"


def print_to_pdf(source: Path, target: Path) -> None:
    """`source` (an HTML file) printed by headless Chromium to `target`, without the
    date and address it prints in the margins by default."""
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            f"--print-to-pdf={target}",
            source.as_uri(),
        ],
        check=True,
        capture_output=True,
    )


if __name__ == "__main__":
    FOLDER.mkdir(exist_ok=True)
    for source in sorted(SOURCES.glob("*.html")):
        print_to_pdf(source, FOLDER / f"{source.stem}.pdf")
