from django.apps import AppConfig


class ApplicationsConfig(AppConfig):
    name = "applications"
    verbose_name = "Applications"

    def account_files(self, user) -> dict[str, str]:
        """The account's data download carries the
        applications as CSV too, as the README describes."""
        # Here, not at the top: apps.py loads before the models csvfile imports are ready.
        from applications.csvfile import export_csv

        return {"applications.csv": export_csv(user)}
