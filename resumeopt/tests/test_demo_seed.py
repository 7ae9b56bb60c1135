import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from resumeopt.models import Resume

pytestmark = pytest.mark.django_db


def test_seed_demo_creates_the_account_and_sample_once(capsys):
    call_command("seed_demo")
    first = capsys.readouterr().out
    call_command("seed_demo")
    second = capsys.readouterr().out
    user = get_user_model().objects.get(username="demo")
    password = first.strip().rsplit(" ", 1)[-1]
    assert user.check_password(password)
    assert password in second
    assert Resume.objects.filter(owner=user).count() == 1
