"""JSON Resume files: validated, then returned exactly as written."""

from __future__ import annotations

import json
from typing import Any

from resumeopt import jsonresume
from resumeopt.importers.errors import ResumeImportError
from resumeopt.jsonlimits import JSONLimitError, loads_limited


def document_from_json(data: bytes) -> dict[str, Any]:
    """The document in the file, key order and unknown keys kept."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ResumeImportError("This JSON file is not UTF-8 text.") from None
    try:
        document = loads_limited(text)
    except JSONLimitError as error:
        raise ResumeImportError(f"This file cannot be imported: {error}") from None
    except json.JSONDecodeError as error:
        raise ResumeImportError(
            f"This file is not valid JSON: {error.msg} at line {error.lineno}, column "
            f"{error.colno}."
        ) from None
    if not isinstance(document, dict) or not set(document) & {*jsonresume.SECTIONS, "meta"}:
        raise ResumeImportError(
            "This JSON file is not a JSON Resume: it has none of the sections "
            "(basics, work, education, skills...). See https://jsonresume.org/schema."
        )
    problems = jsonresume.schema_problems(document)
    if problems:
        shown = "; ".join(str(problem) for problem in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise ResumeImportError(f"This JSON Resume does not follow the schema: {shown}{more}.")
    return document
