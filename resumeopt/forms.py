"""Forms for resume titles and import, and where a POST goes back to (`next`)."""

import copy
from typing import Any

from django import forms
from django.conf import settings
from django.core import signing
from django.http import HttpRequest
from django.utils.http import url_has_allowed_host_and_scheme

from resumeopt import sections
from resumeopt.importers import review as parse_review
from resumeopt.importers.review import REVIEW_FIELDS

IMPORT_EXPIRED = "This import expired or was altered. Please import the file again."


class NextForm(forms.Form):
    """Where a POST goes back to: the page that sent it, if that page is on this site."""

    next = forms.CharField(required=False)

    def safe_url(self, request: HttpRequest) -> str | None:
        """`next` if it stays on this site (Django's own check, as its log-in view uses)."""
        url = self.cleaned_data["next"] if self.is_valid() else ""
        if url and url_has_allowed_host_and_scheme(
            url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            return url
        return None


class ResumeTitleForm(forms.Form):
    title = forms.CharField(max_length=200, label="Title")


class ImportForm(forms.Form):
    """Paste text, or upload a PDF, DOCX, HTML, TXT, Markdown or JSON Resume file."""

    title = forms.CharField(
        max_length=200, required=False, help_text="Optional. Defaults to your name."
    )
    text = forms.CharField(
        label="Paste your resume",
        required=False,
        max_length=200_000,
        widget=forms.Textarea(attrs={"rows": 12, "placeholder": "Paste plain text or Markdown"}),
    )
    file = forms.FileField(
        label="Or upload a file",
        required=False,
        help_text=(
            "PDF, DOCX, HTML, TXT, Markdown, JSON Resume or your LinkedIn data export (.zip), "
            "up to 5 MB."
        ),
        widget=forms.ClearableFileInput(
            attrs={"accept": ".pdf,.docx,.html,.htm,.txt,.md,.markdown,.json,.zip"}
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        limit = settings.RESUME_UPLOAD_MAX_BYTES
        if upload and upload.size > limit:
            raise forms.ValidationError(
                f"The file is {upload.size / 1024 / 1024:.1f} MB; the limit is "
                f"{limit // 1024 // 1024} MB."
            )
        return upload

    def clean(self):
        cleaned = super().clean()
        nothing_given = not cleaned.get("file") and not (cleaned.get("text") or "").strip()
        if nothing_given and not self.errors:
            raise forms.ValidationError("Paste your resume's text or choose a file to upload.")
        if cleaned.get("file") and (cleaned.get("text") or "").strip():
            raise forms.ValidationError("Paste text or upload a file, not both.")
        return cleaned


class ImportTargetForm(forms.Form):
    """The resume an import replaces, when the user chose one (its owner is the view's check)."""

    into = forms.CharField(required=False, strip=False)

    def chosen(self) -> str:
        """The id as sent, or "" when none was."""
        return self.cleaned_data["into"] if self.is_valid() else ""


class ReviewStepForm(forms.Form):
    """What each step of the import review posts besides the fixes.

    `payload` is the parse signed for this user (nothing is stored between steps);
    `check` is the entry whose Check button was pressed, if one was.
    """

    payload = forms.CharField(required=False, strip=False)
    check = forms.CharField(required=False, strip=False)

    def __init__(self, *args, user_pk: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.user_pk = user_pk

    def clean_payload(self) -> dict[str, Any]:
        try:
            return parse_review.unsign(self.cleaned_data["payload"], self.user_pk)
        except signing.BadSignature:  # altered, too old, or another user's
            raise forms.ValidationError(IMPORT_EXPIRED) from None

    def review(self) -> dict[str, Any] | None:
        """The review as the page showed it, or None if its payload expired or was altered."""
        return self.cleaned_data.get("payload") if self.is_valid() else None

    def checked_path(self) -> str:
        return self.cleaned_data.get("check", "") if self.is_valid() else ""


class EntryChangeForm(forms.Form):
    """A delete or move of one entry: `base` is the fingerprint of the entry the user saw.

    Positions shift when another tab deletes or moves entries; the fingerprint
    makes sure the entry changed is the one the user clicked.
    """

    base = forms.CharField(max_length=64)


class ReviewEntryForm(forms.Form):
    """The fields of one doubtful imported entry, as read, for the user to correct before saving.

    Built per section from the resume editor's own field definitions (labels, date
    parsing), limited to `REVIEW_FIELDS`. Only the fields the user changed are
    written back (`changes`), so an untouched field is saved exactly as parsed.
    """

    def __init__(self, *args, unit, **kwargs):
        self.unit = unit
        initial = sections.form_initial(unit.section, unit.entry)
        names = REVIEW_FIELDS[unit.section]
        super().__init__(*args, initial={name: initial[name] for name in names}, **kwargs)
        editor_fields = sections.form_class(unit.section).base_fields
        for name in names:
            self.fields[name] = copy.deepcopy(editor_fields[name])
        if unit.index is not None:
            self.fields["remove"] = forms.BooleanField(
                required=False, label="Leave this entry out (it is not a real entry)"
            )

    def mark_doubts(self) -> None:
        """Tie each doubtful field to the words saying what to check, for screen readers too.

        Not aria-invalid: a doubtful value may well be right; only a refused one is invalid.
        """
        for name, field in self.fields.items():
            if self.unit.doubts.get(name):
                described = [f"{self[name].auto_id}_doubt"]
                if field.help_text:
                    described.append(f"{self[name].auto_id}_helptext")
                field.widget.attrs["aria-describedby"] = " ".join(described)
            else:
                field.widget.attrs.pop("aria-describedby", None)

    def changes(self) -> dict[str, str]:
        """The fields the user changed, with their new values (empty: remove the value)."""
        return {
            name: self.cleaned_data[name] or "" for name in self.changed_data if name != "remove"
        }

    def doubtful_fields(self):
        """(bound field, what to check) for each field, doubtful ones with their messages."""
        return [
            (self[name], self.unit.doubts.get(name, [])) for name in self.fields if name != "remove"
        ]


class UnsortedLineForm(forms.Form):
    """Where one line the parser could not place goes: kept, dropped, or into a section."""

    place = forms.ChoiceField(initial="keep")

    def __init__(self, *args, line: str, choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.line = line
        self.fields["place"].choices = choices
        self.fields["place"].label = line
