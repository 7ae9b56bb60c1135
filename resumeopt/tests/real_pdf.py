"""The real DOCX resumes printed to PDF, to measure PDF import on real layouts.

Real resumes reach us as PDF at least as often as DOCX, and a PDF keeps only
positioned glyphs: no paragraphs, no styles, no tables. `data/labelled/real_pdf/`
holds each file of `real/` as LibreOffice prints it (Debian's libreoffice-writer
7.4, with the Carlito and Caladea fonts, metric twins of the Calibri and Cambria
the files ask for, so lines break where Word breaks them), and the labels are
`real.json`'s for the same people. The PDFs are made once, by hand: LibreOffice
is a tool for this script, never a dependency of the project or its CI.

Every fourth file (in name order) is labelled in `real_pdf-heldout.json`, a part
that no PDF rule was tuned on; `real_pdf.json` labels the rest.

    apt-get install --no-install-recommends libreoffice-writer \
        fonts-crosextra-carlito fonts-crosextra-caladea
    python -m resumeopt.tests.real_pdf
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


def write_real_pdf_set(labelled: Path = LABELLED) -> None:
    labels = json.loads((labelled / "real.json").read_text("utf-8"))
    folder = labelled / "real_pdf"
    folder.mkdir(exist_ok=True)
    names = sorted(labels)
    print_to_pdf([labelled / "real" / name for name in names], folder)
    shutil.copy(labelled / "real" / "LICENSE.txt", folder / "LICENSE.txt")
    parts: dict[str, dict] = {"real_pdf": {}, "real_pdf-heldout": {}}
    for index, name in enumerate(names):
        part = "real_pdf-heldout" if index % HELD_OUT_EVERY == HELD_OUT_EVERY - 1 else "real_pdf"
        parts[part][f"{Path(name).stem}.pdf"] = labels[name]
    for part, part_labels in parts.items():
        (labelled / f"{part}.json").write_text(
            json.dumps(part_labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    write_real_pdf_set()
