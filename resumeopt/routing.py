"""WebSocket routes of every app, gathered for the ASGI router."""

from django.urls import path

from conversations.routing import websocket_urlpatterns as conversation_routes
from exports.routing import websocket_urlpatterns as export_routes
from jobs.routing import websocket_urlpatterns as job_routes
from letters.routing import websocket_urlpatterns as letter_routes
from optimizer.routing import websocket_urlpatterns as optimizer_routes
from resumeopt import consumers
from versions.routing import websocket_urlpatterns as version_routes

websocket_urlpatterns = [
    path("ws/notifications/", consumers.NotificationConsumer.as_asgi()),
    *optimizer_routes,
    *conversation_routes,
    *job_routes,
    *version_routes,
    *export_routes,
    *letter_routes,
]
