"""WebSocket routes of this app."""

from django.urls import path

from letters.consumers import LetterAssistantConsumer

websocket_urlpatterns = [
    path("ws/letters/<int:letter_id>/", LetterAssistantConsumer.as_asgi()),
]
