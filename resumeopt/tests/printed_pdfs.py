"""Labelled DOCX resumes printed to PDF, to measure PDF import on real layouts.

Resumes reach us as PDF at least as often as DOCX, and a PDF keeps only
positioned glyphs: no paragraphs, no styles, no tables, no text boxes. Each set
here is a DOCX set printed by LibreOffice (Debian's libreoffice-writer 7.4, with
the Carlito and Caladea fonts, metric twins of the Calibri and Cambria the files
ask for, so lines break where Word breaks them), labelled with the DOCX set's
labels for the same people. The PDFs are made once, by hand: LibreOffice is a tool
for this script, never a dependency of the project or its CI.

- `real_pdf/`: the real resumes of `real/`. Every fourth file (in name order) is
  labelled in `real_pdf-heldout.json`, a part no PDF rule was tuned on;
  `real_pdf.json` labels the rest.
- `layout_pdf/` and `layout_heldout_pdf/`: the Word layouts of `layout/` and
  `layout_heldout/` (text boxes, frames, columns, headings in a table's left
  column, a header and footer) as they print, in columns side by side; the
  held-out one is only measured.

    apt-get install --no-install-recommends libreoffice-writer \
        fonts-crosextra-carlito fonts-crosextra-caladea
    python -m resumeopt.tests.printed_pdfs
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

LABELLED = Path(__file__).parent / "data" / "labelled"
HELD_OUT_EVERY = 4


def print_to_pdf(sources: list[Path], folder: Path) -> None:
    """Each DOCX in `sources` as `folder/<stem>.pdf`, printed by LibreOffice."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(folder),
                *map(str, sources),
            ],
            check=True,
            capture_output=True,
        )


def write_printed_set(source: str, labelled: Path = LABELLED, *, hold_out: bool = False) -> None:
    """`<source>_pdf/` from the DOCX files `<source>.json` labels, with their labels;
    with `hold_out`, every fourth file's labels go to `<source>_pdf-heldout.json`."""
    labels = json.loads((labelled / f"{source}.json").read_text("utf-8"))
    folder = labelled / f"{source}_pdf"
    folder.mkdir(exist_ok=True)
    names = sorted(name for name in labels if name.endswith(".docx"))
    print_to_pdf([labelled / source / name for name in names], folder)
    if (labelled / source / "LICENSE.txt").exists():
        shutil.copy(labelled / source / "LICENSE.txt", folder / "LICENSE.txt")
    parts: dict[str, dict] = {f"{source}_pdf": {}}
    for index, name in enumerate(names):
        held_out = hold_out and index % HELD_OUT_EVERY == HELD_OUT_EVERY - 1
        part = f"{source}_pdf-heldout" if held_out else f"{source}_pdf"
        parts.setdefault(part, {})[f"{Path(name).stem}.pdf"] = labels[name]
    for part, part_labels in parts.items():
        (labelled / f"{part}.json").write_text(
            json.dumps(part_labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    write_printed_set("real", hold_out=True)
    write_printed_set("layout")
    write_printed_set("layout_heldout")
