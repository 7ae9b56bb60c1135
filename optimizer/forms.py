"""Forms for the optimizer's POSTs: a suggestion the page showed, and the personalisation switch."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django import forms
from django.core import signing

from optimizer import display

if TYPE_CHECKING:
    from optimizer.suggestions import Suggestion

EXPIRED = "This suggestion has expired. Reload the page to get fresh ones."


class SuggestionForm(forms.Form):
    """One suggestion as the page showed it, signed for this resume so it cannot be altered."""

    suggestion = forms.CharField(required=False, strip=False)

    def __init__(self, *args, resume_pk: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.resume_pk = resume_pk

    def clean_suggestion(self) -> Suggestion:
        try:
            return display.unsign(self.cleaned_data["suggestion"], self.resume_pk)
        except (signing.BadSignature, TypeError):  # altered, too old, or another resume's
            raise forms.ValidationError(EXPIRED) from None


class PersonalisationForm(forms.Form):
    """The learned-preferences page's buttons: forget what was learned, or switch learning."""

    action = forms.ChoiceField(choices=[("reset", "Forget"), ("on", "On"), ("off", "Off")])
