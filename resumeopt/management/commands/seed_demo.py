"""Create the demo account and its sample resume, once.

`make run` calls this on every start. The password is generated the first
time and kept in var/, so it can be printed again on later starts.
"""

import json
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from resumeopt import resumes
from resumeopt.models import Resume

SAMPLE_PATH = Path(settings.BASE_DIR) / "resumeopt" / "sample" / "sample.resume.json"


class Command(BaseCommand):
    help = "Create the demo user and a sample resume if they do not exist, and print the login."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="demo")

    def handle(self, *args, username: str, **options):
        password_file = Path(settings.VAR_DIR) / "demo_password"
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is None:
            password = secrets.token_urlsafe(9)
            user = User.objects.create_user(
                username, email=f"{username}@example.com", password=password
            )
            password_file.parent.mkdir(parents=True, exist_ok=True)
            password_file.write_text(password)
            password_file.chmod(0o600)
        elif password_file.exists():
            password = password_file.read_text().strip()
        else:
            password = "(unchanged: set it with `python manage.py changepassword demo`)"
        if not Resume.objects.filter(owner=user).exists():
            document = json.loads(SAMPLE_PATH.read_text(encoding="utf-8"))
            resumes.create_resume(user, "Sample: Alex Morgan", document)
        self.stdout.write(
            self.style.SUCCESS(f"Demo login: username {username}, password {password}")
        )
