import pytest

from resumeopt.accounts.tokens import create_token


@pytest.fixture
def write_token(user) -> str:
    return create_token(user, "tests", "read_write")[1]


@pytest.fixture
def read_token(user) -> str:
    return create_token(user, "reader", "read")[1]


@pytest.fixture
def other_token(other_user) -> str:
    return create_token(other_user, "mallory", "read_write")[1]


@pytest.fixture
def api(client):
    """A client that sends a bearer token: api(token).get(url)..."""

    class TokenClient:
        def __init__(self, token: str):
            self.headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"}

        def get(self, url, data=None, **extra):
            return client.get(url, data, **self.headers, **extra)

        def post(self, url, data=None, **extra):
            has_file = isinstance(data, dict) and any(hasattr(v, "read") for v in data.values())
            if isinstance(data, dict) and not has_file and "content_type" not in extra:
                extra["content_type"] = "application/json"
            return client.post(url, data, **self.headers, **extra)

        def put(self, url, data=None, **extra):
            return client.put(url, data, content_type="application/json", **self.headers, **extra)

    return TokenClient
