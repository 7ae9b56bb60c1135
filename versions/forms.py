"""Forms for the version pages' POSTs."""

from django import forms

from resumeopt import jsonresume

MAX_KEEP = 10_000
SECTION_CHOICES = [(section, section) for section in jsonresume.SECTIONS]


class IdListField(forms.Field):
    """Several ids under one name (checkboxes); anything that is not an id is ignored."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value) -> list[int]:
        return [int(item) for item in value or [] if str(item).isdigit()]


class NameVersionForm(forms.Form):
    name = forms.CharField(
        error_messages={"required": "Give the version a name, such as “Sent to Acme, 3 March”."}
    )
    note = forms.CharField(required=False)
    # An id, checked for its owner by the view (another user's job is a 404, not a choice).
    target_job = forms.CharField(required=False)


class VersionSelectionForm(forms.Form):
    versions = IdListField(required=False)


class RevisionForm(forms.Form):
    """The revision the page showed, for the conflict check; missing or not a number is none."""

    revision = forms.CharField(required=False)

    def clean_revision(self) -> int | None:
        value = self.cleaned_data["revision"].strip()
        return int(value) if value.isdigit() else None

    @property
    def revision_or_none(self) -> int | None:
        return self.cleaned_data.get("revision") if self.is_valid() else None


class RestoreForm(RevisionForm):
    section = forms.ChoiceField(choices=SECTION_CHOICES, required=False)


class MergeForm(RevisionForm):
    sections = forms.MultipleChoiceField(choices=SECTION_CHOICES, required=False)
    # The sections the preview showed, comma-separated; a merge saves only those.
    previewed = forms.CharField(required=False)
    confirm = forms.BooleanField(required=False)

    def chosen(self) -> list[str]:
        """The chosen sections in the document's order (unknown names are not choices)."""
        picked = set(self.data.getlist("sections")) if hasattr(self.data, "getlist") else set()
        return [section for section in jsonresume.SECTIONS if section in picked]

    def previewed_sections(self) -> list[str]:
        return self.cleaned_data.get("previewed", "").split(",") if self.is_valid() else []


class CleanupForm(forms.Form):
    # Empty keeps the saved setting.
    keep_unnamed = forms.IntegerField(
        required=False,
        min_value=0,
        max_value=MAX_KEEP,
        error_messages={
            "invalid": f"Enter a whole number from 0 to {MAX_KEEP:,}.",
            "min_value": f"Enter a whole number from 0 to {MAX_KEEP:,}.",
            "max_value": f"Enter a whole number from 0 to {MAX_KEEP:,}.",
        },
    )
    confirm = forms.BooleanField(required=False)
