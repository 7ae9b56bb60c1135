"""Forms for signing up, counting log-in attempts, access tokens and deleting an account."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm


class SignUpForm(UserCreationForm):
    email = forms.EmailField(
        required=True, help_text="Used only to reset your password.", max_length=254
    )

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "email")

    # An address already in use is accepted, not refused: "this email already exists"
    # would tell anyone which addresses have an account. The address's owner is told
    # instead (views.signup), and a password reset reaches every account it holds.
    def clean_email(self):
        return self.cleaned_data["email"].strip()


class LoginAttemptForm(forms.Form):
    """The username a log-in attempt names, read before the password is checked, to count it.

    Trimmed and in lower case: "Robin" and "robin " are one account's attempts.
    """

    username = forms.CharField(required=False)

    def counted_username(self) -> str:
        return self.cleaned_data["username"].lower() if self.is_valid() else ""


class DeleteAccountForm(forms.Form):
    """Deleting an account asks for its password: a borrowed session alone must not do it."""

    password = forms.CharField(
        label="Your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text="Everything is deleted at once and cannot be brought back.",
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError("That is not your password. Nothing was deleted.")
        return password


class AccessTokenForm(forms.Form):
    """A personal access token to create: its name, what it may do and for how long."""

    EXPIRY_CHOICES = [("30", "30 days"), ("90", "90 days"), ("365", "1 year"), ("", "Never")]

    name = forms.CharField(
        max_length=100, help_text="What it is for, so you know which one to revoke later."
    )
    scope = forms.ChoiceField(
        choices=[("read", "Read only"), ("read_write", "Read and write")],
        initial="read",
        help_text="Read and write lets it change your resumes and start analyses and exports.",
    )
    expires_in = forms.ChoiceField(choices=EXPIRY_CHOICES, initial="90", required=False)
