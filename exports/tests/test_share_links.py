"""Share links: public read-only pages by token, password, expiry, revoke, daily counts, noindex."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from exports import exporting, sharing
from exports.models import ShareLink
from resumeopt.resumes import save_at
from versions import history

pytestmark = pytest.mark.django_db


def _make(user_client, resume, **data) -> ShareLink:
    response = user_client.post(
        reverse("exports:shares", args=[resume.pk]),
        {"source": "current", "expires_in": "30", "password": "", **data},
    )
    assert response.status_code == 302, response.content
    return ShareLink.objects.filter(resume=resume).first()


def test_the_owner_makes_a_link_and_anyone_can_read_it(user_client, client, resume):
    link = _make(user_client, resume)
    assert len(link.token) >= 40
    page = user_client.get(reverse("exports:shares", args=[resume.pk])).content.decode()
    assert link.get_absolute_url() in page
    client.logout()
    response = client.get(link.get_absolute_url())
    body = response.content.decode()
    assert response.status_code == 200
    assert "Alex Morgan" in body and "Brightwave Analytics" in body
    assert response["X-Robots-Tag"].startswith("noindex")
    assert '<meta name="robots" content="noindex' in body
    assert "no-store" in response["Cache-Control"]


def test_the_shared_page_shows_nothing_else_of_the_account(client, user, resume, other_user):
    link = sharing.create_link(resume, exporting.Source("current", "Current state"))
    for visitor in (None, other_user):
        client.logout()
        if visitor:
            client.force_login(visitor)
        body = client.get(link.get_absolute_url()).content.decode()
        assert "Jane's resume" not in body and "jane@example.com" not in body
        assert reverse("dashboard") not in body and reverse("account") not in body


def test_views_and_downloads_are_counted_per_day(user_client, client, resume):
    link = _make(user_client, resume)
    client.get(link.get_absolute_url())
    client.get(link.get_absolute_url())
    pdf = client.get(reverse("share_pdf", args=[link.token]))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert pdf["X-Robots-Tag"].startswith("noindex")
    today = sharing.daily_counts(link)[0]
    assert (today["day"], today["views"], today["downloads"]) == (timezone.localdate(), 2, 1)
    assert len(sharing.daily_counts(link)) == sharing.STATS_DAYS
    owner_page = user_client.get(reverse("exports:shares", args=[resume.pk])).content.decode()
    today_row = f"<td>{today['day']:%a %-d %b}</td><td>2</td><td>1</td>"
    assert today_row in owner_page


def test_a_password_is_asked_before_anything_is_shown(user_client, client, resume):
    link = _make(user_client, resume, password="open sesame")
    client.logout()
    asked = client.get(link.get_absolute_url())
    assert asked.status_code == 200 and "password protected" in asked.content.decode()
    assert "Brightwave" not in asked.content.decode()
    assert client.get(reverse("share_pdf", args=[link.token])).status_code == 302
    wrong = client.post(link.get_absolute_url(), {"password": "guess"})
    assert wrong.status_code == 400 and "Brightwave" not in wrong.content.decode()
    right = client.post(link.get_absolute_url(), {"password": "open sesame"})
    assert right.status_code == 302
    assert "Brightwave" in client.get(link.get_absolute_url()).content.decode()
    assert link.password != "open sesame"  # stored hashed
    assert sharing.daily_counts(link)[0]["views"] == 1  # the password page is not a view


def test_revoked_and_expired_links_are_404(user_client, client, resume):
    link = _make(user_client, resume)
    assert user_client.post(reverse("exports:share_revoke", args=[link.pk])).status_code == 302
    assert client.get(link.get_absolute_url()).status_code == 404
    expired = sharing.create_link(
        resume,
        exporting.Source("current", "Current state"),
        expires_at=timezone.now() - timedelta(seconds=1),
    )
    assert client.get(expired.get_absolute_url()).status_code == 404
    assert client.get(reverse("share_pdf", args=[expired.token])).status_code == 404
    assert client.get("/s/not-a-real-token/").status_code == 404


def test_a_version_link_keeps_showing_that_version(client, user, resume):
    record = history.records(resume).first()
    version = history.name_version(resume, record, owner=user, name="Sent to Acme")
    link = sharing.create_link(resume, exporting.source_for(resume, str(version.pk)))
    current = sharing.create_link(resume, exporting.Source("current", "Current state"))
    save_at(resume, "basics/name", "Alexandra Morgan", user=user, reason="edit")
    assert "Alexandra" not in client.get(link.get_absolute_url()).content.decode()
    assert "Alexandra Morgan" in client.get(current.get_absolute_url()).content.decode()
    version.delete()
    assert client.get(link.get_absolute_url()).status_code == 404


def test_share_pages_are_rate_limited_per_address(client, resume, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "share": (2, 3600)}
    link = sharing.create_link(resume, exporting.Source("current", "Current state"))
    assert client.get(link.get_absolute_url()).status_code == 200
    assert client.get(link.get_absolute_url()).status_code == 200
    assert client.get(link.get_absolute_url()).status_code == 429


def test_the_owner_pages_need_a_log_in_and_the_owner(client, other_user, resume):
    link = sharing.create_link(resume, exporting.Source("current", "Current state"))
    response = client.get(reverse("exports:shares", args=[resume.pk]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(other_user)
    assert client.get(reverse("exports:shares", args=[resume.pk])).status_code == 404
    assert client.post(reverse("exports:share_revoke", args=[link.pk])).status_code == 404
    assert sharing.open_link(link.token) is not None


def test_a_bad_choice_is_refused_with_a_message(user_client, resume):
    response = user_client.post(
        reverse("exports:shares", args=[resume.pk]), {"source": "999999", "expires_in": "7"}
    )
    assert response.status_code == 400
    assert not ShareLink.objects.exists()


def test_the_version_list_offers_to_share_a_version(user_client, user, resume):
    record = history.records(resume).first()
    version = history.name_version(resume, record, owner=user, name="Sent to Acme")
    page = user_client.get(reverse("versions:history", args=[resume.pk])).content.decode()
    share_url = f"{reverse('exports:shares', args=[resume.pk])}?source={version.pk}"
    assert share_url in page
    form = user_client.get(share_url).content.decode()
    assert f'<option value="{version.pk}" selected>Sent to Acme</option>' in form


def test_staff_see_share_links_and_tokens_without_their_secrets(
    client, django_user_model, user, resume
):
    from resumeopt.accounts.tokens import create_token

    staff = django_user_model.objects.create_superuser("root", "root@example.com", "pw-123456789")
    client.force_login(staff)
    link = sharing.create_link(resume, exporting.Source("current", "Current state"))
    _, secret = create_token(user, "CI", "read")
    links = client.get(reverse("admin:exports_sharelink_changelist")).content.decode()
    assert "Current state" in links
    tokens = client.get(reverse("admin:accounts_personalaccesstoken_changelist")).content.decode()
    assert "CI" in tokens and secret not in tokens
    assert client.get(reverse("admin:exports_sharelink_change", args=[link.pk])).status_code == 200
