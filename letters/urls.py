from django.urls import path

from letters import views

app_name = "letters"
urlpatterns = [
    path("", views.letter_list, name="list"),
    path("new/", views.letter_create, name="create"),
    path("<int:pk>/", views.letter_detail, name="detail"),
    path("<int:pk>/feedback/", views.letter_feedback_view, name="feedback"),
    path("<int:pk>/redraft/", views.letter_redraft, name="redraft"),
    path("<int:pk>/ask/", views.letter_ask, name="ask"),
    path(
        "proposals/<int:pk>/apply/",
        views.LetterProposalDecision.as_view(action="apply"),
        name="apply",
    ),
    path(
        "proposals/<int:pk>/reject/",
        views.LetterProposalDecision.as_view(action="reject"),
        name="reject",
    ),
    path(
        "proposals/<int:pk>/undo/",
        views.LetterProposalDecision.as_view(action="undo"),
        name="undo",
    ),
    path("<int:pk>/restore/<int:history_id>/", views.letter_restore, name="restore"),
    path("<int:pk>/versions/<int:history_id>/", views.letter_name_version, name="name_version"),
    path("<int:pk>/export/<str:fmt>/", views.letter_export, name="export"),
    path("<int:pk>/delete/", views.letter_delete, name="delete"),
]
