"""Forms for resume titles and import."""

from django import forms
from django.conf import settings


class ResumeTitleForm(forms.Form):
    title = forms.CharField(max_length=200, label="Title")


class ImportForm(forms.Form):
    """Paste text, or upload a PDF, DOCX, TXT, Markdown or JSON Resume file."""

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
        help_text="PDF, DOCX, TXT, Markdown, JSON Resume or your LinkedIn data export (.zip), up to 5 MB.",
        widget=forms.ClearableFileInput(
            attrs={"accept": ".pdf,.docx,.txt,.md,.markdown,.json,.zip"}
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        limit = settings.RESUME_UPLOAD_MAX_BYTES
        if upload and upload.size > limit:
            raise forms.ValidationError(
                f"The file is {upload.size / 1024 / 1024:.1f} MB; the limit is {limit // 1024 // 1024} MB."
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


class EntryChangeForm(forms.Form):
    """A delete or move of one entry: `base` is the fingerprint of the entry the user saw.

    Positions shift when another tab deletes or moves entries; the fingerprint
    makes sure the entry changed is the one the user clicked.
    """

    base = forms.CharField(max_length=64)
