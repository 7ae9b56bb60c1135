"""ASGI entry point: Django for HTTP, Channels consumers for WebSockets.

Served by daphne. WebSocket connections must come from an allowed host and
carry the session cookie; each consumer then checks the user owns its object.
"""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeopt.settings")
django_asgi_app = get_asgi_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402
from django.conf import settings  # noqa: E402

from resumeopt.platform.overload import ConcurrencyLimit  # noqa: E402
from resumeopt.platform.request_limits import RequestSizeLimit  # noqa: E402
from resumeopt.platform.startup import warm_up_and_freeze  # noqa: E402
from resumeopt.routing import websocket_urlpatterns  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": ConcurrencyLimit(
            RequestSizeLimit(django_asgi_app, settings.MAX_REQUEST_BYTES),
            settings.MAX_CONCURRENT_REQUESTS,
            settings.REQUEST_QUEUE_SECONDS,
        ),
        "websocket": AllowedHostsOriginValidator(
            AuthMiddlewareStack(URLRouter(websocket_urlpatterns))
        ),
    }
)

warm_up_and_freeze()
