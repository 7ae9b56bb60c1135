"""Public share link URLs, included at /s/ by the root URLconf (names are not namespaced)."""

from django.urls import path

from exports import share_views

urlpatterns = [
    path("<str:token>/", share_views.shared_page, name="share_page"),
    path("<str:token>/pdf/", share_views.shared_pdf, name="share_pdf"),
]
