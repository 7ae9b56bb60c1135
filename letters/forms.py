"""Forms for letters: every POST goes through one."""

from django import forms
from django.core.validators import MaxLengthValidator

from jobs.models import JobDescription
from letters.editing import MAX_REQUEST_CHARACTERS
from letters.models import Letter
from resumeopt.models import Resume

# A letter is one page; the limit also keeps the fact guard's work per request small.
MAX_LETTER_CHARACTERS = 20_000
TOO_LONG = "A letter is one page: keep it under 20,000 characters."


class NewLetterForm(forms.Form):
    resume = forms.ModelChoiceField(
        queryset=Resume.objects.none(),
        empty_label=None,
        help_text="Its header heads the letter; only what it shows is claimed.",
    )
    job = forms.ModelChoiceField(
        queryset=JobDescription.objects.none(),
        required=False,
        empty_label="No posting",
        label="Job posting",
    )
    title = forms.CharField(
        max_length=200, required=False, help_text="Optional: named after the job."
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["resume"].queryset = Resume.objects.filter(owner=user).only("pk", "title")
        self.fields["job"].queryset = JobDescription.objects.filter(
            owner=user, batch__isnull=True
        ).only("pk", "title", "company", "created_at")
        self.fields["job"].label_from_instance = lambda job: job.choice_label


class LetterForm(forms.ModelForm):
    class Meta:
        model = Letter
        fields = ["title", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 22})}
        labels = {"body": "Letter"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].max_length = MAX_LETTER_CHARACTERS
        self.fields["body"].validators.append(MaxLengthValidator(MAX_LETTER_CHARACTERS, TOO_LONG))


class FeedbackForm(forms.Form):
    body = forms.CharField(required=False, max_length=MAX_LETTER_CHARACTERS)


class RedraftForm(forms.Form):
    with_model = forms.BooleanField(required=False)


class VersionNameForm(forms.Form):
    name = forms.CharField(max_length=200, label="Version name")


class AskForm(forms.Form):
    """A question about one part of the letter (the offline engine's rules ignore the words)."""

    part = forms.ChoiceField(choices=())
    request = forms.CharField(required=False, max_length=MAX_REQUEST_CHARACTERS)

    def __init__(self, *args, parts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["part"].choices = [(part.key, part.label) for part in parts]
