"""A conversation stays with its job when jobs move or one is deleted."""

import pytest

from conversations.models import Conversation
from resumeopt.resumes import move_entry, remove_at

pytestmark = pytest.mark.django_db


@pytest.fixture
def talks(user, resume):
    """One conversation per job, each named after the employer it is about."""
    return {
        entry["name"]: Conversation.objects.create(
            owner=user, resume=resume, section_path=f"work/{index}"
        )
        for index, entry in enumerate(resume.content["work"])
    }


def _path(conversation) -> str:
    conversation.refresh_from_db()
    return conversation.section_path


def test_moving_a_job_moves_its_conversation(user, resume, talks):
    first, second = resume.content["work"][0]["name"], resume.content["work"][1]["name"]
    move_entry(resume, "work", 0, 1, user=user)
    assert _path(talks[first]) == "work/1"
    assert _path(talks[second]) == "work/0"


def test_deleting_a_job_deletes_its_conversation_and_shifts_the_later_ones(user, resume, talks):
    names = [entry["name"] for entry in resume.content["work"]]
    remove_at(resume, "work/0", user=user)
    assert not Conversation.objects.filter(pk=talks[names[0]].pk).exists()
    assert _path(talks[names[1]]) == "work/0"
    assert _path(talks[names[2]]) == "work/1"


def test_other_sections_and_resumes_are_left_alone(user, resume, other_resume, other_user):
    summary = Conversation.objects.create(owner=user, resume=resume, section_path="basics")
    school = Conversation.objects.create(owner=user, resume=resume, section_path="education/0")
    theirs = Conversation.objects.create(
        owner=other_user, resume=other_resume, section_path="work/0"
    )
    remove_at(resume, "work/0", user=user)
    assert (_path(summary), _path(school), _path(theirs)) == ("basics", "education/0", "work/0")
