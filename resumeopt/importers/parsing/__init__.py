"""The rule-based resume parser: lines of text in, a JSON Resume document out.

Every importer ends here, as a pipeline of small stages, each a plain function:

- `lines`: the `Line`s readers hand over, cleaned (characters, damaged date ranges);
- `sections`: lines -> sections at their headings;
- `contact`: the header -> name, headline, contact details;
- `entries`: a section's lines -> entries (a header and a body);
- `fields`: an entry's header -> title, organisation, place, dates;
- `work`, `education`, `lists`: the sections' documents;
- `document`: the stages put together (`parse_lines`).
"""

from resumeopt.importers.parsing.document import parse_lines
from resumeopt.importers.parsing.lines import Line, normalize

__all__ = ["Line", "normalize", "parse_lines"]
