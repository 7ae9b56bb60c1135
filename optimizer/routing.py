"""WebSocket routes of this app."""

from django.urls import path

from optimizer.consumers import FeedbackConsumer

websocket_urlpatterns = [
    path("ws/resumes/<int:pk>/feedback/", FeedbackConsumer.as_asgi()),
]
