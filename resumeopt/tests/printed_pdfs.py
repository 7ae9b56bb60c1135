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
- `word_pdf/`: the other labelled Word files (`everyday`'s and `styles`'), among them
  Europass CVs and a German Lebenslauf laid out in tables.

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


def write_printed_set(
    name: str, label_files: list[str], labelled: Path = LABELLED, *, hold_out: bool = False
) -> None:
    """`<name>/` from the DOCX files the label files label (each in the folder its name
    gives, as `labelled.labelled_sets` reads them), with their labels in `<name>.json`;
    with `hold_out`, every fourth file's labels go to `<name>-heldout.json`."""
    labels: dict[str, dict] = {}
    sources: dict[str, Path] = {}
    for label_file in label_files:
        folder = labelled / label_file.split("-")[0]
        for file_name, file_labels in json.loads(
            (labelled / f"{label_file}.json").read_text("utf-8")
        ).items():
            if file_name.endswith(".docx"):
                labels[file_name], sources[file_name] = file_labels, folder / file_name
    folder = labelled / name
    folder.mkdir(exist_ok=True)
    names = sorted(labels)
    print_to_pdf([sources[file_name] for file_name in names], folder)
    licence = sources[names[0]].parent / "LICENSE.txt"
    if licence.exists():
        shutil.copy(licence, folder / "LICENSE.txt")
    parts: dict[str, dict] = {name: {}}
    for index, file_name in enumerate(names):
        held_out = hold_out and index % HELD_OUT_EVERY == HELD_OUT_EVERY - 1
        part = f"{name}-heldout" if held_out else name
        parts.setdefault(part, {})[f"{Path(file_name).stem}.pdf"] = labels[file_name]
    for part, part_labels in parts.items():
        (labelled / f"{part}.json").write_text(
            json.dumps(part_labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    write_printed_set("real_pdf", ["real"], hold_out=True)
    write_printed_set("layout_pdf", ["layout"])
    write_printed_set("layout_heldout_pdf", ["layout_heldout"])
    everyday = ["everyday", "everyday-second", "everyday-third", "everyday-fourth"]
    write_printed_set("word_pdf", [*everyday, "styles-third", "styles-fourth"])
