"""Ligature repair on text that lost its ligatures, and on text that did not.

    .venv/bin/python bench/ligatures.py [--show]

Two labelled sets:

- generated: every real resume (`resumeopt/tests/data/labelled/real/`) and every text,
  Markdown and Word resume of the families set, with its ligature letters dropped the
  way converters drop them, for two kinds of font: one that joins "ti", "tt", "ft", "fi",
  "fl", "ff", "ffi", "ffl", "fk" and "Th" (Calibri's set, the loss seen in the real files)
  and a classic one that joins only "fi", "fl", "ff", "ffi", "ffl". Each damaged word's
  label is the word before the damage. The same files undamaged must come back unchanged.
- real: the real resumes whose loss was labelled by hand in `bench/data/ligature_labels.json`.

Prints words damaged, repaired, wrongly changed (changed into anything but the label, or
changed at all in sound text) and missed, with the CPU time of the stage per file.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeopt.settings")

import django  # noqa: E402

django.setup()

from resumeopt.importers.docx import lines_from_docx  # noqa: E402
from resumeopt.importers.parsing.ligatures import (  # noqa: E402
    WORD_RE,
    repair_ligature_loss,
    restore_lost_capitals,
)
from resumeopt.importers.parsing.lines import close_split_words  # noqa: E402
from resumeopt.importers.text import decode_text, lines_from_text  # noqa: E402

LABELLED = ROOT / "resumeopt" / "tests" / "data" / "labelled"
LABELS = ROOT / "bench" / "data" / "ligature_labels.json"
FONTS = {
    "calibri": ("ffi", "ffl", "tti", "ff", "fi", "fl", "ft", "fk", "tt", "ti", "Th"),
    "classic": ("ffi", "ffl", "ff", "fi", "fl"),
}


def document_texts(path: Path) -> list[str]:
    """The lines of a resume as the parser's first stages see them."""
    if path.suffix == ".docx":
        lines = lines_from_docx(path.read_bytes())
    else:
        lines = lines_from_text(decode_text(path.read_bytes()), markdown=path.suffix == ".md")
    return [close_split_words(line.text) for line in lines]


def repaired(texts: list[str]) -> list[str]:
    return restore_lost_capitals(repair_ligature_loss(texts))


def damage(texts: list[str], groups: tuple[str, ...]) -> tuple[list[str], dict[int, str]]:
    """The texts with the groups dropped inside words, and each damaged word's label by its
    place among the damaged texts' words."""
    pattern = re.compile("|".join(groups))
    labels: dict[int, str] = {}
    damaged_texts = []
    position = 0
    for text in texts:
        pieces = []
        last = 0
        for match in WORD_RE.finditer(text):
            word = match[1]
            broken = pattern.sub("", word)
            if not broken:
                pieces.append(text[last : match.start()])
                last = match.end()
                continue
            if broken != word:
                labels[position] = word
            position += 1
            pieces.append(text[last : match.start()] + broken)
            last = match.end()
        damaged_texts.append("".join(pieces) + text[last:])
    return damaged_texts, labels


def compare(before: list[str], after: list[str], labels: dict[int, str], tally: dict, show: bool):
    words_before = [word for text in before for word in WORD_RE.findall(text)]
    words_after = [word for text in after for word in WORD_RE.findall(text)]
    if len(words_before) != len(words_after):
        tally["misaligned"] += 1
        return
    for position, (old, new) in enumerate(zip(words_before, words_after, strict=True)):
        label = labels.get(position)
        tally["damaged"] += label is not None
        if label is not None and new == label:
            tally["repaired"] += 1
        elif new != old:
            tally["wrong"] += 1
            if show:
                print(f"    wrong: {old} -> {new} (label {label or old})")
        elif label is not None:
            tally["missed"] += 1
            if show:
                print(f"    missed: {old} (label {label})")


def new_tally() -> dict:
    return dict.fromkeys(("damaged", "repaired", "wrong", "missed", "misaligned"), 0)


def report(name: str, tally: dict, cpu: list[float]) -> None:
    cpu.sort()
    median = cpu[len(cpu) // 2] * 1000 if cpu else 0.0
    print(
        f"{name:18} damaged {tally['damaged']:5}  repaired {tally['repaired']:5}  "
        f"wrongly changed {tally['wrong']:3}  missed {tally['missed']:4}  "
        f"(files misaligned {tally['misaligned']}; stage CPU {median:.2f} ms median per file)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true", help="print each miss and wrong change")
    show = parser.parse_args().show
    files = sorted((LABELLED / "real").glob("*.docx")) + sorted(
        path
        for path in (LABELLED / "families").iterdir()
        if path.suffix in (".txt", ".md", ".docx")
    )
    documents = {path: document_texts(path) for path in files}
    hand_labelled = json.loads(LABELS.read_text(encoding="utf-8"))
    sound = new_tally()
    cpu: list[float] = []
    for path, texts in documents.items():
        if path.name in hand_labelled and hand_labelled[path.name]:
            continue  # lost its ligatures already: measured as the real set below
        started = time.process_time()
        after = repaired(texts)
        cpu.append(time.process_time() - started)
        compare(texts, after, {}, sound, show)
    report("sound text", sound, cpu)
    for font, groups in FONTS.items():
        tally = new_tally()
        cpu = []
        for path, texts in documents.items():
            if path.name in hand_labelled and hand_labelled[path.name]:
                continue
            broken, labels = damage(texts, groups)
            started = time.process_time()
            after = repaired(broken)
            cpu.append(time.process_time() - started)
            if show:
                print(f"  {font} {path.parent.name}/{path.name}")
            compare(broken, after, labels, tally, show)
        report(f"generated {font}", tally, cpu)
    tally = new_tally()
    for name, words in hand_labelled.items():
        if name.startswith("_"):
            continue
        texts = documents[LABELLED / "real" / name]
        labels = {
            position: words[word]
            for position, word in enumerate(w for text in texts for w in WORD_RE.findall(text))
            if word in words
        }
        compare(texts, repaired(texts), labels, tally, show)
    report("real (hand-labelled)", tally, [])


if __name__ == "__main__":
    main()
