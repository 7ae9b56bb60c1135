from django.urls import path

from conversations import api, views

app_name = "conversations"
urlpatterns = [
    path("resumes/<int:resume_pk>/optimize/", views.optimize, name="optimize"),
    path("resumes/<int:resume_pk>/<unit:path>/", views.chat, name="chat"),
    path("conversations/<int:pk>/send/", views.send_message, name="send"),
    path("conversations/<int:pk>/target/", views.set_target_job, name="target"),
    path("conversations/<int:pk>/afresh/", views.start_afresh, name="afresh"),
    path("conversations/<int:pk>/", views.archived, name="archived"),
    path(
        "proposals/<int:pk>/apply/",
        views.ResumeProposalDecision.as_view(action="apply"),
        name="apply",
    ),
    path(
        "proposals/<int:pk>/reject/",
        views.ResumeProposalDecision.as_view(action="reject"),
        name="reject",
    ),
    path(
        "proposals/<int:pk>/undo/",
        views.ResumeProposalDecision.as_view(action="undo"),
        name="undo",
    ),
    path("runs/<int:pk>/", views.run_detail, name="run"),
    path("api/conversations/", api.conversations, name="api_conversations"),
    path("api/conversations/<int:pk>/messages/", api.conversation_messages, name="api_messages"),
    path("api/conversations/<int:pk>/proposals/", api.conversation_proposals, name="api_proposals"),
    path("api/proposals/<int:pk>/apply/", api.proposal_apply, name="api_apply"),
    path("api/proposals/<int:pk>/reject/", api.proposal_reject, name="api_reject"),
    path("api/proposals/<int:pk>/undo/", api.proposal_undo, name="api_undo"),
]
