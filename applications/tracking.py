"""Tracking applications: the stages a user works with, creating, moving and noting.

Views, the CSV import and the reminder task all go through these functions, so
every stage change is stamped and written to the timeline the same way.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from applications.models import Application, Event, Stage, StageKind
from jobs.models import JobDescription
from resumeopt.models import Resume
from versions import history
from versions.models import Version

# Stages past "applied" that mean the company answered.
RESPONSE_KINDS = {
    StageKind.SCREENING,
    StageKind.INTERVIEW,
    StageKind.OFFER,
    StageKind.ACCEPTED,
    StageKind.REJECTED,
}
# Stages that mean the application was sent.
SENT_KINDS = RESPONSE_KINDS | {StageKind.APPLIED}
# Stages that mean the application reached an interview.
INTERVIEW_KINDS = {StageKind.INTERVIEW, StageKind.OFFER, StageKind.ACCEPTED}
CLOSED_KINDS = {StageKind.ACCEPTED, StageKind.REJECTED, StageKind.WITHDRAWN}


def stages_for(user) -> list[Stage]:
    """The user's stages in board order, created with the default names on first use."""
    stages = list(Stage.objects.filter(owner=user))
    missing = [kind for kind in StageKind if kind not in {stage.kind for stage in stages}]
    if missing:
        last = max((stage.position for stage in stages), default=-1)
        Stage.objects.bulk_create(
            [
                Stage(owner=user, kind=kind, name=kind.label, position=last + 1 + offset)
                for offset, kind in enumerate(missing)
            ],
            ignore_conflicts=True,  # two first visits at once create them once
        )
        stages = list(Stage.objects.filter(owner=user))
    return stages


def stage_of_kind(user, kind: str) -> Stage:
    return next(stage for stage in stages_for(user) if stage.kind == kind)


def track_job(
    user, job: JobDescription, *, resume: Resume | None = None
) -> tuple[Application, bool]:
    """An application for this posting (the existing one if it is tracked already).

    The match score is the chosen resume's (else the latest one's) as of now, so the
    card and the insights show what the resume scored when the user applied.
    """
    # The matcher loads here, not with the URL checks every command runs (views import this).
    from jobs.matching import match_resume

    existing = Application.objects.filter(owner=user, job=job).first()
    if existing is not None:
        return existing, False
    if resume is None:
        resume = Resume.objects.filter(owner=user).first()
    score = match_resume(resume.content, job.parsed_requirements()).score if resume else None
    now = timezone.now()
    with transaction.atomic():
        application = Application.objects.create(
            owner=user,
            job=job,
            company=job.company[:200],
            title=(job.title or "")[:200],
            stage=stage_of_kind(user, StageKind.SAVED),
            resume=resume,
            match_score=score,
            stage_changed_at=now,
        )
        Event.objects.create(
            application=application,
            kind=Event.Kind.CREATED,
            text=f"Tracked from the posting “{job.display_title}”.",
            to_kind=StageKind.SAVED,
        )
    return application, True


def create_application(
    user, *, company: str, title: str, stage: Stage | None = None, **fields
) -> Application:
    """An application entered by hand or imported, without a stored posting."""
    stage = stage or stage_of_kind(user, StageKind.SAVED)
    now = timezone.now()
    with transaction.atomic():
        application = Application.objects.create(
            owner=user,
            company=company[:200],
            title=title[:200],
            stage=stage,
            stage_changed_at=fields.pop("stage_changed_at", None) or now,
            **fields,
        )
        Event.objects.create(
            application=application,
            kind=Event.Kind.CREATED,
            text="Added by hand.",
            to_kind=stage.kind,
        )
    return application


def move(application: Application, stage: Stage, *, user) -> bool:
    """Put the application in another stage; False if it was there already.

    Reaching a "sent" stage for the first time stamps the applied date and pins
    the resume version sent (naming the current state if no version names it),
    so what was sent never changes. The first stage past "applied" stamps the
    response date.
    """
    if stage.owner_id != application.owner_id:
        raise ValueError("stage of another user")
    if stage.pk == application.stage_id:
        return False
    before = application.stage
    now = timezone.now()
    with transaction.atomic():
        application.stage = stage
        application.stage_changed_at = now
        if stage.kind in SENT_KINDS and application.applied_at is None:
            application.applied_at = now
            if application.version_id is None:
                application.version = pin_version(application, user=user)
        if stage.kind in RESPONSE_KINDS and application.responded_at is None:
            application.responded_at = now
        application.save()
        Event.objects.create(
            application=application,
            kind=Event.Kind.STAGE,
            text=f"{before.name} → {stage.name}",
            from_kind=before.kind,
            to_kind=stage.kind,
        )
    return True


def pin_version(application: Application, *, user) -> Version | None:
    """The named version of the resume's current state, named now if none names it."""
    resume = application.resume
    if resume is None:
        return None
    record = history.records(resume).first()
    if record is None:
        return None
    found = Version.objects.filter(resume=resume, record=record, deleted_at__isnull=True).first()
    if found is not None:
        return found
    return history.name_version(
        resume,
        record,
        owner=user,
        name=f"Sent to {application.company or application.title}"[:200],
        note=f"Named when “{application.display_title}” was marked applied.",
        target_job=application.job,
    )


def add_note(application: Application, text: str) -> Event:
    return Event.objects.create(application=application, kind=Event.Kind.NOTE, text=text.strip())


def days_in_stage(application: Application, now=None) -> int:
    now = now or timezone.now()
    return max(0, (now - application.stage_changed_at).days)


def shift_stage(stage: Stage, offset: int) -> None:
    """Swap a stage with its neighbour on the board; positions are renumbered 0..n-1."""
    stages = stages_for(stage.owner)
    index = next(i for i, s in enumerate(stages) if s.pk == stage.pk)
    target = index + offset
    if not 0 <= target < len(stages):
        return
    stages[index], stages[target] = stages[target], stages[index]
    for position, item in enumerate(stages):
        item.position = position
    Stage.objects.bulk_update(stages, ["position"])
