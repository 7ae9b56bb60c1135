import json
from pathlib import Path

import pytest

CLEAN_RESUME = Path(__file__).parent / "data" / "clean.resume.json"


@pytest.fixture
def clean_document() -> dict:
    """A resume that passes every check: the baseline each check's tests mutate."""
    return json.loads(CLEAN_RESUME.read_text(encoding="utf-8"))
