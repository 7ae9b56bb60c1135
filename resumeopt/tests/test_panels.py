"""The resume page's slots: upper apps fill them, and the page renders without them."""

import pytest
from django.urls import reverse

from resumeopt import panels

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def test_the_resume_page_shows_the_panels_of_versions_then_the_optimizer(user_client, resume):
    page = user_client.get(resume.get_absolute_url()).content.decode()
    assert 0 < page.index('id="version-controls"') < page.index('id="findings-panel"')


def test_a_section_form_carries_live_feedback_and_its_check_button(user_client, resume):
    form = user_client.get(reverse("unit_edit", args=[resume.pk, "work/0"]), **HTMX)
    html = form.content.decode()
    assert 'class="live-feedback"' in html
    assert reverse("optimizer:check_draft", args=[resume.pk, "work/0"]) in html
    assert html.index(">Save</button>") < html.index(">Check</button>")


def test_the_core_pages_render_with_no_panels_registered(user_client, resume, monkeypatch):
    monkeypatch.setattr(panels, "registry", panels.Registry())
    page = user_client.get(resume.get_absolute_url())
    form = user_client.get(reverse("unit_edit", args=[resume.pk, "work/0"]))
    assert page.status_code == 200 and form.status_code == 200
    for html in (page.content.decode(), form.content.decode()):
        assert "findings-panel" not in html and "version-controls" not in html
        assert "live-feedback" not in html
    assert "Brightwave Analytics" in page.content.decode()


def test_a_panel_registered_twice_shows_once_and_order_decides_the_place():
    registry = panels.Registry()
    registry.register("side", "b.html", order=20)
    registry.register("side", "a.html", order=10)
    registry.register("side", "b.html", order=20)
    assert registry.templates("side") == ["a.html", "b.html"]
    assert registry.templates("nothing-here") == []
