"""Forms for tracking applications: every POST goes through one."""

from django import forms

from applications.models import Application, Contact, Stage
from exports.models import Export
from exports.renderers import templates
from resumeopt.models import Resume

SORTS = {
    "recent": ("-stage_changed_at", "Last change"),
    "company": ("company", "Company"),
    "score": ("-match_score", "Match score"),
    "due": ("next_step_due", "Next step due"),
    "saved": ("-saved_at", "Date saved"),
}


class StageChoiceForm(forms.Form):
    """Move an application to one of the user's stages (the board's drag and its menu)."""

    stage = forms.ModelChoiceField(queryset=Stage.objects.none(), empty_label=None, label="Move to")
    # "board" from the board's menu, which goes back there; anything else goes to the application.
    next = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["stage"].queryset = Stage.objects.filter(owner=user)

    def back_to_board(self) -> bool:
        """Whether the move came from the board (after is_valid: the stage may be wrong)."""
        return self.cleaned_data.get("next") == "board"


class TrackForm(forms.Form):
    """Track a posting, matched against the chosen resume (the latest one if none is chosen)."""

    resume = forms.ModelChoiceField(queryset=Resume.objects.none(), required=False, label="Resume")

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["resume"].queryset = Resume.objects.filter(owner=user).only("pk", "title")


class TrackTopForm(TrackForm):
    count = forms.IntegerField(min_value=1, max_value=50, initial=5, label="How many")


class ApplicationForm(forms.ModelForm):
    class Meta:
        model = Application
        fields = [
            "company",
            "title",
            "resume",
            "exports",
            "template",
            "next_step",
            "next_step_due",
            "notes",
        ]
        widgets = {
            "next_step_due": forms.DateInput(attrs={"type": "date"}),
            "notes": forms.Textarea(attrs={"rows": 3}),
            "exports": forms.CheckboxSelectMultiple,
        }
        labels = {"next_step_due": "Due", "exports": "Files sent"}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["resume"].queryset = Resume.objects.filter(owner=user).only("pk", "title")
        # The files this resume was exported as (all of the user's when no resume is chosen yet).
        files = Export.objects.filter(owner=user).exclude(format="zip").order_by("-created_at")
        if self.instance.resume_id:
            files = files.filter(resume_id=self.instance.resume_id)
        self.fields["exports"].queryset = files.only("pk", "filename", "created_at", "template")
        self.fields["exports"].required = False
        self.fields["exports"].help_text = "Choosing files records their template for the insights."
        choices = [("", "Not recorded")] + [
            (key, spec["label"]) for key, spec in templates().items()
        ]
        self.fields["template"] = forms.ChoiceField(
            choices=choices,
            required=False,
            label="Export template sent",
            help_text="Insights compare which templates get interviews.",
        )

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("company") or "").strip() and not (cleaned.get("title") or "").strip():
            raise forms.ValidationError("Give at least a company or a job title.")
        files = cleaned.get("exports")
        if files and not cleaned.get("template"):
            cleaned["template"] = next((f.template for f in files if f.template), "")[:40]
        return cleaned


class NoteForm(forms.Form):
    text = forms.CharField(max_length=5000, widget=forms.Textarea(attrs={"rows": 2}), label="Note")


class ContactForm(forms.ModelForm):
    class Meta:
        model = Contact
        fields = ["name", "role", "email", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 2})}


class FilterForm(forms.Form):
    """The list's filters; anything unknown is ignored rather than refused."""

    stage = forms.ModelChoiceField(
        queryset=Stage.objects.none(), required=False, empty_label="Any stage"
    )
    q = forms.CharField(required=False, max_length=100, label="Company or title")
    sort = forms.ChoiceField(
        choices=[(key, label) for key, (_, label) in SORTS.items()], required=False, label="Sort by"
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["stage"].queryset = Stage.objects.filter(owner=user)


class StageNameForm(forms.Form):
    name = forms.CharField(max_length=60, label="Name")


class CSVImportForm(forms.Form):
    file = forms.FileField(
        label="CSV file",
        help_text="UTF-8, with a first line naming the columns (see the README).",
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )
