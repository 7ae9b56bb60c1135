"""Two tabs saving the same section at the same moment, through two web processes.

The in-process version (one save after the other) is
resumeopt/tests/test_section_editing.py::test_second_tab_saving_the_same_section_is_told_about_the_conflict.
Here both saves race on PostgreSQL from two daphne processes: every time one
is kept and the other is told about the conflict with its text still in the
form; nothing is silently overwritten.
"""

from __future__ import annotations

import asyncio

import pytest
from channels.db import database_sync_to_async
from django.urls import reverse

from resumeopt.models import Resume
from tests.reliability.stack import Visitor, section_form

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

ROUNDS = 10


async def test_simultaneous_saves_of_one_section_keep_one_and_tell_the_other(
    live_site, session_key, resume
):
    first_web, second_web = live_site.start_web(), live_site.start_web()
    url = reverse("unit_edit", args=[resume.pk, "work/0"])
    async with Visitor(first_web, session_key) as first, Visitor(second_web, session_key) as second:
        for round_ in range(ROUNDS):
            opened = await database_sync_to_async(Resume.objects.get)(pk=resume.pk)
            # Both tabs opened the editor on the same saved state.
            mine = section_form(opened, "work/0", position=f"Lead Engineer {round_}")
            theirs = section_form(opened, "work/0", position=f"Principal Engineer {round_}")
            pages = await asyncio.gather(first.post(url, mine), second.post(url, theirs))

            assert sorted(page.status for page in pages) == [200, 409], round_
            kept, refused = sorted(pages, key=lambda page: page.status)
            stored = await database_sync_to_async(Resume.objects.get)(pk=resume.pk)
            winner = stored.content["work"][0]["position"]
            loser = ({f"Lead Engineer {round_}", f"Principal Engineer {round_}"} - {winner}).pop()
            assert winner in kept.text
            assert "changed in another tab" in refused.text and loser in refused.text
            history = await database_sync_to_async(stored.history.count)()
            assert history == round_ + 2  # created, then exactly one save per round
