"""The admin's index names every model in plain English."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_the_admin_index_names_models_in_plain_english(client, django_user_model):
    staff = django_user_model.objects.create_superuser("ada", "ada@example.com", "a-long-pass-3")
    client.force_login(staff)
    page = client.get(reverse("admin:index")).content.decode()
    assert "Ranking batches" in page and "LLM calls" in page
    assert "batchs" not in page and "Llm" not in page
