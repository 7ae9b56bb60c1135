"""Forms for the chat pages' POSTs."""

from django import forms

MAX_MESSAGE_CHARACTERS = 4000


class MessageForm(forms.Form):
    message = forms.CharField(
        max_length=MAX_MESSAGE_CHARACTERS,
        error_messages={
            "required": "Write a message first.",
            "max_length": f"Messages can be at most {MAX_MESSAGE_CHARACTERS} characters.",
        },
    )


class TargetJobForm(forms.Form):
    # An id, checked for its owner by the view (another user's job is a 404, not "no job").
    target_job = forms.CharField(required=False)

    def job_id(self) -> int | None:
        value = self.cleaned_data.get("target_job", "") if self.is_valid() else ""
        return int(value) if value.isdigit() else None


class ApplyProposalForm(forms.Form):
    # The user's edited version of the proposal; absent means "as proposed".
    replacement = forms.CharField(required=False, strip=False)

    def replacement_or_none(self) -> str | None:
        if not self.is_valid() or "replacement" not in self.data:
            return None
        return self.cleaned_data["replacement"]
