from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Sign-up, log-in, the account page, the data download and account deletion."""

    name = "resumeopt.accounts"
    label = "accounts"
    verbose_name = "Accounts"
