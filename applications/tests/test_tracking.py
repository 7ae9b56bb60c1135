"""Tracking a posting, moving it through stages, and what that records."""

import pytest
from django.urls import reverse

from applications import tracking
from applications.models import Application, Event, StageKind
from applications.tests.conftest import make_job
from versions.models import Version

pytestmark = pytest.mark.django_db


def test_first_visit_gives_the_eight_default_stages_in_order(user):
    names = [stage.name for stage in tracking.stages_for(user)]
    assert names == [
        "Saved",
        "Applied",
        "Screening",
        "Interview",
        "Offer",
        "Accepted",
        "Rejected",
        "Withdrawn",
    ]
    assert len(tracking.stages_for(user)) == 8  # asking again creates none


def test_tracking_a_job_copies_it_and_scores_the_resume(user, resume, job):
    application, created = tracking.track_job(user, job, resume=resume)
    assert created
    assert (application.company, application.title) == (job.company, job.title)
    assert application.stage.kind == StageKind.SAVED
    assert application.match_score is not None and 0 <= application.match_score <= 100
    assert application.events.get().kind == Event.Kind.CREATED


def test_tracking_the_same_job_twice_keeps_one_application(user, resume, job):
    first, _ = tracking.track_job(user, job, resume=resume)
    again, created = tracking.track_job(user, job, resume=resume)
    assert not created and again.pk == first.pk
    assert Application.objects.filter(owner=user).count() == 1


def test_marking_applied_pins_a_named_version_of_what_was_sent(user, resume, job):
    application, _ = tracking.track_job(user, job, resume=resume)
    applied = tracking.stage_of_kind(user, StageKind.APPLIED)
    assert tracking.move(application, applied, user=user)
    application.refresh_from_db()
    assert application.applied_at is not None
    version = application.version
    assert version is not None and version.resume == resume
    assert version.record.history_id == resume.history.latest().history_id
    assert job.company in version.name


def test_an_existing_version_of_the_current_state_is_reused(user, resume, job):
    from versions import history

    record = history.records(resume).first()
    named = history.name_version(resume, record, owner=user, name="My tuned version")
    application, _ = tracking.track_job(user, job, resume=resume)
    tracking.move(application, tracking.stage_of_kind(user, StageKind.APPLIED), user=user)
    application.refresh_from_db()
    assert application.version == named
    assert Version.objects.filter(resume=resume).count() == 1


def test_moving_on_after_applied_stamps_the_response_once(user, resume, job):
    application, _ = tracking.track_job(user, job, resume=resume)
    tracking.move(application, tracking.stage_of_kind(user, StageKind.APPLIED), user=user)
    assert application.responded_at is None
    tracking.move(application, tracking.stage_of_kind(user, StageKind.SCREENING), user=user)
    first = application.responded_at
    tracking.move(application, tracking.stage_of_kind(user, StageKind.INTERVIEW), user=user)
    assert first is not None and application.responded_at == first
    kinds = list(application.events.filter(kind=Event.Kind.STAGE).values_list("to_kind", flat=True))
    assert kinds == ["interview", "screening", "applied"]


def test_moving_to_the_same_stage_records_nothing(user, resume, job):
    application, _ = tracking.track_job(user, job, resume=resume)
    assert not tracking.move(application, application.stage, user=user)
    assert application.events.count() == 1


def test_renamed_and_reordered_stages_keep_their_meaning(user, resume, job):
    stages = tracking.stages_for(user)
    interview = next(stage for stage in stages if stage.kind == StageKind.INTERVIEW)
    interview.name = "Talking to them"
    interview.save()
    tracking.shift_stage(interview, -1)
    names = [stage.name for stage in tracking.stages_for(user)]
    assert names.index("Talking to them") == 2
    application, _ = tracking.track_job(user, job, resume=resume)
    tracking.move(application, interview, user=user)
    assert application.responded_at is not None  # an interview is a response, whatever its name


def test_track_this_application_from_the_job_page(user_client, user, resume, job):
    page = user_client.get(reverse("jobs:detail", args=[job.pk])).content.decode()
    assert reverse("applications:track_job", args=[job.pk]) in page
    response = user_client.post(reverse("applications:track_job", args=[job.pk]))
    application = Application.objects.get(owner=user)
    assert response.status_code == 302 and response.url == application.get_absolute_url()
    detail = user_client.get(response.url).content.decode()
    assert job.company in detail and "Saved" in detail


def test_track_the_top_n_of_a_batch(user_client, user, resume):
    from jobs.models import RankedPosting, RankingBatch

    batch = RankingBatch.objects.create(owner=user, resume=resume, name="Batch")
    for score, company in [(80, "Alpha"), (60, "Beta"), (90, "Gamma"), (10, "Delta")]:
        posting = make_job(user, company=company, batch=batch)
        RankedPosting.objects.create(batch=batch, posting=posting, score=score)
    response = user_client.post(reverse("applications:track_top", args=[batch.pk]), {"count": 2})
    assert response.status_code == 302
    assert set(Application.objects.filter(owner=user).values_list("company", flat=True)) == {
        "Gamma",
        "Alpha",
    }
    user_client.post(reverse("applications:track_top", args=[batch.pk]), {"count": 3})
    assert Application.objects.filter(owner=user).count() == 3


def test_track_the_top_n_takes_equal_scores_in_the_batch_pages_order(user_client, user, resume):
    from jobs.models import RankedPosting, RankingBatch

    batch = RankingBatch.objects.create(owner=user, resume=resume, name="Batch")
    # Equal scores: the one meeting more requirements is higher on the batch page.
    for position, (company, met) in enumerate([("Alpha", 1), ("Beta", 3), ("Gamma", 2)]):
        posting = make_job(user, company=company, batch=batch)
        RankedPosting.objects.create(
            batch=batch, posting=posting, score=70, matched_count=met, position=position
        )
    user_client.post(reverse("applications:track_top", args=[batch.pk]), {"count": 2})
    assert set(Application.objects.filter(owner=user).values_list("company", flat=True)) == {
        "Beta",
        "Gamma",
    }


def test_track_the_top_refuses_a_bad_count_and_keeps_nothing(user_client, user, resume):
    from jobs.models import RankingBatch

    batch = RankingBatch.objects.create(owner=user, resume=resume, name="Batch")
    for count in ("0", "500", "many", ""):
        response = user_client.post(
            reverse("applications:track_top", args=[batch.pk]), {"count": count}
        )
        assert response.status_code == 302
    assert not Application.objects.filter(owner=user).exists()


def test_board_shows_each_card_in_its_column(user_client, user, resume, job):
    application, _ = tracking.track_job(user, job, resume=resume)
    tracking.move(application, tracking.stage_of_kind(user, StageKind.INTERVIEW), user=user)
    page = user_client.get(reverse("applications:board")).content.decode()
    interview_column = page.split('id="stage-')[4]  # saved, applied, screening, interview
    assert "Interview" in interview_column and job.title in interview_column
    assert "0 days in stage" in page


def test_moving_from_the_board_with_htmx_returns_the_board(user_client, user, resume, job):
    application, _ = tracking.track_job(user, job, resume=resume)
    offer = tracking.stage_of_kind(user, StageKind.OFFER)
    response = user_client.post(
        reverse("applications:move", args=[application.pk]),
        {"stage": offer.pk, "next": "board"},
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="board",
    )
    assert response.status_code == 200
    assert response.content.decode().lstrip().startswith('<div id="board"')
    assert "Moved" in response.headers["HX-Trigger"]
    application.refresh_from_db()
    assert application.stage == offer


def test_moving_without_javascript_goes_back_where_the_move_was_made(
    user_client, user, other_user, resume, job
):
    application, _ = tracking.track_job(user, job, resume=resume)
    move = reverse("applications:move", args=[application.pk])
    offer = tracking.stage_of_kind(user, StageKind.OFFER)
    theirs = tracking.stage_of_kind(other_user, StageKind.OFFER)
    board = reverse("applications:board")
    assert user_client.post(move, {"stage": offer.pk, "next": "board"})["Location"] == board
    assert user_client.post(move, {"stage": theirs.pk, "next": "board"})["Location"] == board
    from_detail = user_client.post(move, {"stage": offer.pk})
    assert from_detail["Location"] == application.get_absolute_url()


def test_moving_to_another_users_stage_is_refused(user_client, user, other_user, resume, job):
    application, _ = tracking.track_job(user, job, resume=resume)
    theirs = tracking.stage_of_kind(other_user, StageKind.OFFER)
    response = user_client.post(
        reverse("applications:move", args=[application.pk]), {"stage": theirs.pk}
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.stage.kind == StageKind.SAVED


def test_list_filters_by_stage_and_text_and_sorts(user_client, user, resume):
    for company, score in [("Alpha", 40), ("Beta", 90), ("Gamma", None)]:
        tracking.create_application(user, company=company, title="Engineer", match_score=score)
    interview = tracking.stage_of_kind(user, StageKind.INTERVIEW)
    tracking.move(Application.objects.get(company="Beta"), interview, user=user)
    url = reverse("applications:list")
    page = user_client.get(url, {"stage": interview.pk}).content.decode()
    assert "Beta" in page and "Alpha" not in page
    page = user_client.get(url, {"q": "gam"}).content.decode()
    assert "Gamma" in page and "Beta" not in page
    page = user_client.get(url, {"sort": "score"}).content.decode()
    assert page.index("Beta") < page.index("Alpha") < page.index("Gamma")
    assert user_client.get(url, {"stage": "nonsense", "sort": "x"}).status_code == 200


def test_notes_contacts_and_next_step(user_client, user, resume, job):
    application, _ = tracking.track_job(user, job, resume=resume)
    user_client.post(
        reverse("applications:note", args=[application.pk]), {"text": "Called <b>Sam</b>"}
    )
    user_client.post(
        reverse("applications:contact_add", args=[application.pk]),
        {"name": "Sam Reyes", "role": "Recruiter", "email": "sam@example.org"},
    )
    user_client.post(
        reverse("applications:edit", args=[application.pk]),
        {
            "company": job.company,
            "title": job.title,
            "next_step": "Send portfolio",
            "next_step_due": "2030-01-02",
        },
    )
    page = user_client.get(application.get_absolute_url()).content.decode()
    assert "Called &lt;b&gt;Sam&lt;/b&gt;" in page
    assert "Sam Reyes" in page and "sam@example.org" in page
    assert 'value="Send portfolio"' in page
    application.refresh_from_db()
    assert str(application.next_step_due) == "2030-01-02"


def test_bad_input_is_refused_with_a_message_and_changes_nothing(user_client, user, resume, job):
    application, _ = tracking.track_job(user, job, resume=resume)
    user_client.post(
        reverse("applications:edit", args=[application.pk]),
        {"company": "", "title": "", "next_step_due": "not a date"},
    )
    user_client.post(reverse("applications:contact_add", args=[application.pk]), {"email": "nope"})
    user_client.post(reverse("applications:note", args=[application.pk]), {"text": "   "})
    application.refresh_from_db()
    assert application.company == job.company
    assert not application.contacts.exists() and application.events.count() == 1
    page = user_client.get(application.get_absolute_url()).content.decode()
    assert "Not saved" in page


def test_add_by_hand_and_stop_tracking(user_client, user):
    response = user_client.post(
        reverse("applications:create"), {"company": "Hand Co", "title": "Designer"}
    )
    application = Application.objects.get(owner=user)
    assert response.url == application.get_absolute_url()
    user_client.post(reverse("applications:delete", args=[application.pk]))
    assert not Application.objects.filter(owner=user).exists()


def test_write_a_cover_letter_from_the_application(user_client, user, resume, job):
    application, _ = tracking.track_job(user, job, resume=resume)
    response = user_client.post(reverse("applications:letter", args=[application.pk]))
    application.refresh_from_db()
    assert application.letter is not None and response.url == application.letter.get_absolute_url()
    assert job.company in application.letter.body
    again = user_client.post(reverse("applications:letter", args=[application.pk]))
    assert again.url == response.url  # the same letter, not a second one
    page = user_client.get(application.get_absolute_url()).content.decode()
    assert application.letter.title in page


def test_stage_names_are_escaped_in_every_cards_menu(user_client, user, resume, job):
    tracking.track_job(user, job, resume=resume)
    stage = tracking.stage_of_kind(user, StageKind.OFFER)
    stage.name = "<b>Offer</b>"
    stage.save()
    page = user_client.get(reverse("applications:board")).content.decode()
    assert "<b>Offer</b>" not in page and "&lt;b&gt;Offer&lt;/b&gt;" in page
    assert f'<option value="{tracking.stage_of_kind(user, StageKind.SAVED).pk}" selected>' in page


def test_files_sent_are_linked_and_give_the_template(
    user_client, user, other_user, resume, job, settings, tmp_path
):
    from exports.exporting import CURRENT, Source, export_file
    from exports.renderers import ExportOptions
    from resumeopt.resumes import create_resume

    settings.MEDIA_ROOT = tmp_path
    application, _ = tracking.track_job(user, job, resume=resume)
    sent = export_file(
        resume, Source(CURRENT, "Current state"), "pdf", ExportOptions(template="modern")
    )
    other_resume = create_resume(other_user, "Theirs", resume.content)
    theirs = export_file(other_resume, Source(CURRENT, "Current state"), "pdf", ExportOptions())
    url = reverse("applications:edit", args=[application.pk])
    base = {"company": job.company, "title": job.title, "resume": resume.pk}
    user_client.post(url, {**base, "exports": [theirs.pk]})  # another user's file is refused
    assert not application.exports.exists()
    user_client.post(url, {**base, "exports": [sent.pk]})
    application.refresh_from_db()
    assert list(application.exports.all()) == [sent] and application.template == "modern"
    page = user_client.get(application.get_absolute_url()).content.decode()
    assert sent.filename in page
