"""Forms for the version pages' POSTs."""

from django import forms


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
