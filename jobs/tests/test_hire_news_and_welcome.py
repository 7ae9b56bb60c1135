"""Two kinds of sentence that name skills nobody asks for:

- the company's news of the hire: "Our team is moving from on-premise SQL Server to a cloud
  stack, and we need a Data Engineer to help build it" says what the team runs, not what the
  candidate must know (what follows "we need" when it is not a role's name still asks);
- equal-opportunity text: "Maplewave welcomes applications from people with disabilities" is
  the employer's policy, never a preferred qualification.

Each is read the same with the posting's line breaks removed."""

import pytest

from jobs.extraction import extract_requirements

DATA_ENGINEER = """Data Engineer
Fernhill Retail Group

Fernhill Retail Group runs 140 garden centres. Our data platform team is moving our reporting \
from on-premise SQL Server to a modern cloud stack, and we need a Data Engineer to help build it.

Requirements
- 2+ years of Python and SQL
- Experience with Airflow
"""

MOBILE = """Mobile Developer
Maplewave Health

Requirements
- 1+ years of Swift or Kotlin
Nice to have
- Experience with Firebase.
Maplewave welcomes applications from people with disabilities; accommodations are available \
on request.
Northern Harvest is committed to equality, diversity and inclusion and we welcome applications \
from all sections of the community.
"""


def _levels(text: str) -> dict[str, str]:
    read = extract_requirements(text)
    return {name: skill.level for name, skill in read.unique_skills().items()}


@pytest.mark.parametrize("paste", [str, lambda text: " ".join(text.split())])
def test_the_companys_news_of_the_hire_asks_nothing(paste):
    levels = _levels(paste(DATA_ENGINEER))
    assert levels.get("Microsoft SQL Server") in (None, "mention")
    assert levels["Python"] == levels["Airflow"] == "required"


def test_what_we_need_of_the_candidate_is_still_asked():
    levels = _levels(
        "Data Engineer\nFernhill Retail Group\n\nWe need someone who knows Snowflake and dbt.\n"
    )
    assert levels["Snowflake"] == levels["dbt"] == "required"


@pytest.mark.parametrize("paste", [str, lambda text: " ".join(text.split())])
def test_equal_opportunity_welcome_is_not_a_preference(paste):
    read = extract_requirements(paste(MOBILE))
    preferred = [item["text"] for item in read.items if item["level"] == "preferred"]
    assert not any("welcome" in text.lower() for text in preferred)
    assert read.preferred == [line for line in read.preferred if "welcome" not in line.lower()]
    assert {"Firebase"} == {s.name for s in read.skills if s.level == "preferred"}
