"""The audit log: who did what to which object, when and from where.

Entries are written from signals, so no view of any app has to remember to:
resume changes from django-simple-history's post_create_historical_record
(its record carries the user and the change reason), deletions and new
exports, versions and job postings from post_save / post_delete, log-ins from
django.contrib.auth's signals. The request, for the address and user agent,
comes from simple-history's HistoricalRecords.context, set by its middleware
for every request (in a Celery task there is none, and the entry has no
address). Models of other apps are looked up by name when the app is ready,
so resumeopt imports none of them and a missing one is skipped.

Nothing here copies resume content: entries hold ids, a fixed action and a
short word of detail, never a title or text.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
from collections.abc import Iterator
from contextvars import ContextVar

from django.apps import apps
from django.contrib.auth import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest
from simple_history.models import HistoricalRecords
from simple_history.signals import post_create_historical_record

from resumeopt.models import AuditEntry, Resume

logger = logging.getLogger(__name__)

Action = AuditEntry.Action

# Change reasons (resumeopt.resumes.ChangeReason) to actions; a reason may carry a
# suffix ("create: copy of ..."), so only its first word is read.
REASON_ACTIONS = {
    "create": Action.RESUME_CREATE,
    "import": Action.RESUME_IMPORT,
    "edit": Action.RESUME_EDIT,
    "rename": Action.RESUME_RENAME,
    "suggestion": Action.RESUME_SUGGESTION,
    "AI suggestion": Action.RESUME_AI_SUGGESTION,
    "restore": Action.RESUME_RESTORE,
    "merge": Action.RESUME_MERGE,
    "undo": Action.RESUME_UNDO,
    "redo": Action.RESUME_REDO,
}

# Other apps' models: (app label, model, action when created, action when deleted, type).
WATCHED_MODELS = [
    ("exports", "Export", Action.EXPORT_CREATE, Action.EXPORT_DELETE, "export"),
    ("versions", "Version", Action.VERSION_CREATE, Action.VERSION_DELETE, "version"),
    ("jobs", "JobDescription", Action.JOB_CREATE, Action.JOB_DELETE, "job description"),
    ("jobs", "RankingBatch", Action.JOB_BATCH_CREATE, Action.JOB_BATCH_DELETE, "job batch"),
]

_paused: ContextVar[bool] = ContextVar("audit_paused", default=False)


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Record nothing inside (an account deletion records itself once, not every row it removes)."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def current_request() -> HttpRequest | None:
    """The request being served on this thread or task,
    if any (set by simple-history's middleware)."""
    return getattr(HistoricalRecords.context, "request", None)


def record(
    action: str,
    *,
    user=None,
    request: HttpRequest | None = None,
    obj=None,
    object_type: str = "",
    object_id: object = "",
    detail: str = "",
    username: str = "",
) -> AuditEntry | None:
    """Write one entry. `obj` gives the object type and id; `request` the address and agent.

    Without `request`, the current one (if any) is used; without `user`, its user.
    """
    if _paused.get():
        return None
    request = request if request is not None else current_request()
    if user is None and request is not None:
        candidate = getattr(request, "user", None)
        user = candidate if candidate is not None and candidate.is_authenticated else None
    if obj is not None:
        object_type = object_type or obj._meta.verbose_name
        object_id = obj.pk
    meta = request.META if request is not None else {}
    return AuditEntry.objects.create(
        user=user,
        username=(username or (user.get_username() if user is not None else ""))[:150],
        action=action,
        object_type=str(object_type)[:50],
        object_id=str(object_id if object_id is not None else "")[:64],
        detail=detail[:100],
        ip_address=_address(meta.get("REMOTE_ADDR", "")),
        user_agent=meta.get("HTTP_USER_AGENT", "")[:300],
    )


def _address(value: str) -> str | None:
    # A server on a Unix socket reports no address (or a path): store none rather than fail.
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return None


def connect() -> None:
    """Connect the receivers (from AppConfig.ready, once every app is loaded)."""
    user_logged_in.connect(_logged_in, dispatch_uid="audit.login")
    user_logged_out.connect(_logged_out, dispatch_uid="audit.logout")
    user_login_failed.connect(_login_failed, dispatch_uid="audit.login_failed")
    post_create_historical_record.connect(
        _resume_changed, sender=Resume.history.model, dispatch_uid="audit.resume_history"
    )
    post_delete.connect(_resume_deleted, sender=Resume, dispatch_uid="audit.resume_delete")
    for app_label, model_name, created, deleted, object_type in WATCHED_MODELS:
        try:
            model = apps.get_model(app_label, model_name)
        except LookupError:
            logger.info("Audit: %s.%s does not exist; not recorded", app_label, model_name)
            continue
        post_save.connect(
            _on_created(created, object_type),
            sender=model,
            weak=False,
            dispatch_uid=f"audit.{app_label}.{model_name}.create",
        )
        post_delete.connect(
            _on_deleted(deleted, object_type),
            sender=model,
            weak=False,
            dispatch_uid=f"audit.{app_label}.{model_name}.delete",
        )


def _logged_in(sender, request, user, **kwargs) -> None:
    record(Action.LOGIN, user=user, request=request)


def _logged_out(sender, request, user, **kwargs) -> None:
    if user is not None:
        record(Action.LOGOUT, user=user, request=request)


def _login_failed(sender, credentials, request=None, **kwargs) -> None:
    from django.contrib.auth import get_user_model

    User = get_user_model()
    name = str(credentials.get(User.USERNAME_FIELD) or credentials.get("username") or "")
    target = User._default_manager.filter(**{User.USERNAME_FIELD: name}).first() if name else None
    record(Action.LOGIN_FAILED, user=target, request=request, username=name)


def _resume_changed(sender, instance, history_instance, history_user, **kwargs) -> None:
    if history_instance.history_type == "-":
        return  # recorded by _resume_deleted, with or without history
    reason = (history_instance.history_change_reason or "").split(":", 1)[0].strip()
    action = REASON_ACTIONS.get(reason)
    if action is None:
        action = (
            Action.RESUME_CREATE if history_instance.history_type == "+" else Action.RESUME_EDIT
        )
    copied = (
        history_instance.history_type == "+"
        and reason == "create"
        and ":" in (history_instance.history_change_reason or "")
    )
    record(
        action,
        user=history_user,
        object_type="resume",
        object_id=instance.pk,
        detail="copy" if copied else "",
    )


def _resume_deleted(sender, instance, **kwargs) -> None:
    record(Action.RESUME_DELETE, user=_owner(instance), object_type="resume", object_id=instance.pk)


def _on_created(action: str, object_type: str):
    def receiver(sender, instance, created, raw=False, **kwargs) -> None:
        if not created or raw or _part_of_batch(instance):
            return
        record(
            action,
            user=_owner(instance),
            object_type=object_type,
            object_id=instance.pk,
            detail=_detail(instance),
        )

    return receiver


def _on_deleted(action: str, object_type: str):
    def receiver(sender, instance, **kwargs) -> None:
        if _part_of_batch(instance):
            return
        record(
            action,
            user=_owner(instance),
            object_type=object_type,
            object_id=instance.pk,
            detail=_detail(instance),
        )

    return receiver


def _part_of_batch(instance) -> bool:
    # Postings uploaded together are recorded once, as their batch.
    return getattr(instance, "batch_id", None) is not None


def _owner(instance):
    """The signed-in user of the request if there is one, else the object's owner."""
    request = current_request()
    if request is not None and getattr(request, "user", None) and request.user.is_authenticated:
        return request.user
    return getattr(instance, "owner", None)


def _detail(instance) -> str:
    # An export's format ("pdf") is a fixed word, never user text.
    return str(getattr(instance, "format", "") or "")[:100]
