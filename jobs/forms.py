"""Forms for adding postings and uploading batches."""

from django import forms

from resumeopt.models import Resume

#: The extractor's own limit (jobs.extraction.model), stated here so that this form, which
#: every management command's URL checks import, does not load the extractor.
MAX_POSTING_CHARACTERS = 100_000


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented pattern)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data]
        return [single(data, initial)] if data else []


class PostingForm(forms.Form):
    text = forms.CharField(
        label="Paste the job description",
        required=False,
        max_length=MAX_POSTING_CHARACTERS,
        widget=forms.Textarea(attrs={"rows": 14}),
        error_messages={
            "max_length": (
                "The posting has more than %(limit_value)s characters; paste only the job "
                "description."
            )
        },
    )
    file = forms.FileField(
        label="Or upload it",
        required=False,
        help_text="TXT, PDF, DOCX or HTML, up to 5 MB.",
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,.md,.pdf,.docx,.html,.htm"}),
    )
    title = forms.CharField(
        max_length=200, required=False, help_text="Optional: we read it from the posting."
    )
    company = forms.CharField(max_length=200, required=False)

    def clean(self):
        cleaned = super().clean()
        text, upload = (cleaned.get("text") or "").strip(), cleaned.get("file")
        if not self.errors and not text and not upload:
            raise forms.ValidationError("Paste the posting's text or choose a file.")
        if text and upload:
            raise forms.ValidationError("Paste text or upload a file, not both.")
        return cleaned


def _resume_choices(user):
    return Resume.objects.filter(owner=user).only("pk", "title")


class ResumeChoiceForm(forms.Form):
    resume = forms.ModelChoiceField(
        queryset=Resume.objects.none(), label="Resume", empty_label=None
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["resume"].queryset = _resume_choices(user)


class BatchForm(forms.Form):
    resume = forms.ModelChoiceField(
        queryset=Resume.objects.none(), label="Rank against", empty_label=None
    )
    files = MultipleFileField(
        label="Upload postings",
        required=False,
        help_text=(
            "Several TXT, PDF, DOCX or HTML files; one .zip of them (no archives inside, at most "
            "500 files and 50 MB unpacked); or one CSV with a text (or job_description) column, "
            'or a JSONL file of {"id", "text"} lines.'
        ),
    )
    text = forms.CharField(
        label="Or paste them",
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=(
            "Separate postings with a line of three dashes: ---. For more than about 2 MB of "
            "text, upload a zip or CSV."
        ),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["resume"].queryset = _resume_choices(user)

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not cleaned.get("files") and not (cleaned.get("text") or "").strip():
            raise forms.ValidationError("Upload postings or paste them.")
        return cleaned
