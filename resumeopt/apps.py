from django.apps import AppConfig


class ResumeOptConfig(AppConfig):
    name = "resumeopt"
    verbose_name = "Resumes and accounts"
