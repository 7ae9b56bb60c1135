"""Settings for ResumeOpt, read from the environment with embedded defaults.

One module on purpose: every value has a default that runs on one machine with
nothing installed (SQLite, in-memory channel layer, a file-system Celery broker),
and `DATABASE_URL` / `REDIS_URL` switch to PostgreSQL and Redis in production.
"""

import importlib.util
import ipaddress
import json
import os
import secrets
import sys
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
# Under pytest: faster password hashing, tasks run inline unless a test starts
# a real worker, and local state kept apart from a developer's own.
TESTING = "pytest" in sys.modules
# Local state for the embedded defaults: database, secret key, broker files, media.
VAR_DIR = Path(os.environ.get("RESUMEOPT_VAR_DIR", BASE_DIR / "var" / ("test" if TESTING else "")))


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {value!r}")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, not {value!r}") from None


def env_float(name: str, default: float) -> float:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return float(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a number, not {value!r}") from None


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def env_json_object(name: str) -> dict:
    value = os.environ.get(name, "").strip()
    if not value:
        return {}
    try:
        parsed = json.loads(value)
    except json.JSONDecodeError as error:
        raise ImproperlyConfigured(f"{name} must be a JSON object: {error}") from None
    if not isinstance(parsed, dict):
        raise ImproperlyConfigured(f"{name} must be a JSON object, not {value!r}")
    return parsed


def env_rate(name: str, default: str) -> tuple[int, int]:
    """A rate limit written "COUNT/PERIOD", e.g. "10/15m", "30/h", "5/30s": (count, seconds)."""
    value = os.environ.get(name) or default
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    count, _, period = value.strip().partition("/")
    number, unit = period[:-1], period[-1:]
    if not count.isdigit() or unit not in units or not (number == "" or number.isdigit()):
        raise ImproperlyConfigured(
            f"{name} must look like 10/15m (a count per s, m, h or d), not {value!r}"
        )
    return int(count), int(number or 1) * units[unit]


def local_secret_key() -> str:
    """A development key generated once and kept in var/, so sessions survive restarts."""
    path = VAR_DIR / "secret_key"
    if not path.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


DEBUG = env_bool("DEBUG", True)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = local_secret_key()

ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS",
    ["127.0.0.1", "localhost", "[::1]", "testserver"] if DEBUG else [],
)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

# daphne's app only swaps runserver for an ASGI one, and importing it installs the twisted
# reactor (about 0.3 s): every other command (and daphne itself) starts without it.
INSTALLED_APPS = ["daphne"] if sys.argv[1:2] == ["runserver"] else []
INSTALLED_APPS += [
    # Before the admin, whose registration/ templates would otherwise hide ours.
    "resumeopt.accounts",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "channels",
    "csp",
    "django_prometheus",
    "django_htmx",
    "template_partials",
    "simple_history",
    "resumeopt",
    "optimizer",
    "conversations",
    "jobs",
    "versions",
    "exports",
    "letters",
    "applications",
    # Not "ninja": see NINJA_FILES.
    "api",
]

# django-ninja serves the API without being an installed app: installing it imports its
# package, pydantic and Django's test client into every command and worker (about 0.1 s
# of each start). The API docs page uses the Swagger UI files it ships, found here.
NINJA_FILES = Path(importlib.util.find_spec("ninja").origin).parent

MIDDLEWARE = [
    # /healthz, /readyz and /metrics are answered before host validation and the
    # HTTPS redirect: probes and scrapers reach a process by its internal address.
    "resumeopt.platform.middleware.ServiceEndpointsMiddleware",
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "resumeopt.platform.middleware.IdleSessionTimeoutMiddleware",
    # Every view needs a login unless it is marked @login_not_required.
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # After (inside) XFrameOptionsMiddleware, so the views in FRAMEABLE_VIEWS keep SAMEORIGIN.
    "resumeopt.platform.middleware.ContentSecurityPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "resumeopt.platform.middleware.HtmxMessagesMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",
]

ROOT_URLCONF = "resumeopt.urls"
ASGI_APPLICATION = "resumeopt.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates", NINJA_FILES / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "resumeopt.context_processors.site",
            ],
        },
    },
]

# Database: a SQLite file by default, PostgreSQL (psycopg 3) through DATABASE_URL.
DATABASE_URL = os.environ.get("DATABASE_URL", "")
# The web server and the Celery worker write to the same SQLite file: WAL lets
# readers proceed while one writes, and IMMEDIATE transactions wait for the
# lock instead of failing with "database is locked" when a read upgrades.
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
DATABASE_POOL_SIZE = env_int("DATABASE_POOL_SIZE", 10)
# Requests one web process serves at once (each sync view is a thread); the next wait
# REQUEST_QUEUE_SECONDS for a place, then get a 503 with Retry-After (platform/overload.py).
MAX_CONCURRENT_REQUESTS = env_int("MAX_CONCURRENT_REQUESTS", 2 * DATABASE_POOL_SIZE)
REQUEST_QUEUE_SECONDS = env_float("REQUEST_QUEUE_SECONDS", 10.0)


def _test_sqlite_file() -> str:
    """Tests run on a SQLite file of their own, as the site does, not on the shared
    in-memory database: there, a worker thread's BEGIN IMMEDIATE fails at once with
    "database table is locked" while the test's thread reads, where a file in WAL mode
    lets readers on and makes writers wait out the busy timeout. One per process, so
    that test runs side by side never share one."""
    import tempfile

    return str(Path(tempfile.gettempdir()) / f"resumeopt-test-{os.getpid()}.sqlite3")


if DATABASE_URL:
    # No persistent connections: daphne runs each request in a thread of its own, so they
    # would pile up, one per request, until PostgreSQL refuses clients. PostgreSQL gets a
    # bounded pool per process instead, which requests wait on when it is busy (tests
    # keep plain connections, closed after each use).
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=0)}
    if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        DATABASES["default"]["OPTIONS"] = {
            **SQLITE_OPTIONS,
            **DATABASES["default"].get("OPTIONS", {}),
        }
    elif DATABASES["default"]["ENGINE"].endswith("postgresql") and not TESTING:
        DATABASES["default"]["OPTIONS"] = {
            "pool": {
                "min_size": 1,
                "max_size": DATABASE_POOL_SIZE,
                "timeout": env_float("DATABASE_POOL_TIMEOUT", 10.0),
            },
            **DATABASES["default"].get("OPTIONS", {}),
        }
else:
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": VAR_DIR / "db.sqlite3",
            "OPTIONS": dict(SQLITE_OPTIONS),
            "TEST": {"NAME": os.environ.get("RESUMEOPT_TEST_SQLITE") or _test_sqlite_file()},
        }
    }
# Query counts, timings and errors for /metrics: django-prometheus's drop-in
# subclasses of the same backends, so every database option above still applies.
_METERED_DATABASE_ENGINES = {
    "django.db.backends.postgresql": "django_prometheus.db.backends.postgresql",
    "django.db.backends.sqlite3": "django_prometheus.db.backends.sqlite3",
}
DATABASES["default"]["ENGINE"] = _METERED_DATABASE_ENGINES.get(
    DATABASES["default"]["ENGINE"], DATABASES["default"]["ENGINE"]
)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis: channel layer, cache and Celery broker when REDIS_URL is set;
# otherwise in-process equivalents that need no server.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CHANNEL_LAYERS = {
        "default": {
            # channels_redis's layer, retrying a receive that Redis timed out.
            "BACKEND": "resumeopt.platform.channel_layer.ResilientRedisChannelLayer",
            "CONFIG": {"hosts": [REDIS_URL], "prefix": "resumeopt"},
        }
    }
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "resumeopt",
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
    CELERY_BROKER_URL = REDIS_URL
    CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    CELERY_BROKER_DIR = Path(os.environ.get("CELERY_BROKER_DIR", VAR_DIR / "celery"))
    for sub in ("queue", "control"):
        (CELERY_BROKER_DIR / sub).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_URL = "filesystem://"
    # kombu's own, with messages that appear whole: its consumer read half-written ones.
    CELERY_BROKER_TRANSPORT = "resumeopt.platform.filesystem_broker:Transport"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(CELERY_BROKER_DIR / "queue"),
        "data_folder_out": str(CELERY_BROKER_DIR / "queue"),
        "control_folder": str(CELERY_BROKER_DIR / "control"),
        "store_processed": False,
        # An idle worker lists the queue folder this often (kombu's default is once a
        # second): each hop of a batch (queued by the page, then its other runners) waited
        # up to that long, a second or two of the two a 1,000-posting ranking may take.
        # Ten listings a second of a near-empty folder cost an idle worker 2 ms of CPU a second.
        "polling_interval": 0.1,
    }

# Celery: tasks receive ids and record their outcome on a BackgroundJob row,
# so there is no result backend. A task is acknowledged after it ran, so a
# worker that dies mid-task leaves it to be redelivered or swept as failed.
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 600)
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 660)
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", TESTING)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
# How long a new pool process has to report for work before Celery kills it (default
# 4 s). Start-up work is done before the pool forks, but on a machine at full load a
# fresh process can wait seconds for a processor; a kill there only starts the wait again.
CELERY_WORKER_PROC_ALIVE_TIMEOUT = 30.0
# A batch ranking runs in pieces of about this many seconds of work, each its own task, so
# no piece nears the time limit however big the batch or loaded the machine.
RANKING_PIECE_SECONDS = env_int(
    "RANKING_PIECE_SECONDS", max(1, min(CELERY_TASK_SOFT_TIME_LIMIT, CELERY_TASK_TIME_LIMIT) // 3)
)
# A batch of more than one step is ranked by this many runners side by side, each a task
# that takes stretch after stretch of the upload, so as many worker processes share it
# (docker-compose starts WORKER_CONCURRENCY of them, 2 by default).
RANKING_PARTS = env_int("RANKING_PARTS", env_int("WORKER_CONCURRENCY", 2))
# A running job that has not reported for this long is marked failed by the sweeper.
BACKGROUND_JOB_STALL_SECONDS = env_int("BACKGROUND_JOB_STALL_SECONDS", 900)
# A task whose worker dies is handed out again; past this many starts its job is failed.
BACKGROUND_JOB_MAX_ATTEMPTS = env_int("BACKGROUND_JOB_MAX_ATTEMPTS", 3)
CELERY_BEAT_SCHEDULE = {
    # Every minute, or sooner with a short stall time, so a dead job fails soon after it stalls.
    "sweep-stalled-jobs": {
        "task": "resumeopt.tasks.sweep_stalled_jobs",
        "schedule": max(1.0, min(60.0, BACKGROUND_JOB_STALL_SECONDS / 3)),
    },
    "clean-up-history": {"task": "versions.tasks.clean_up_history", "schedule": 24 * 3600.0},
    "application-reminders": {"task": "applications.tasks.send_reminders", "schedule": 3600.0},
}

# Application reminders: an open application with no news for this many days gets a
# nudge; reminders also go by email when APPLICATION_REMINDER_EMAILS is on.
APPLICATION_QUIET_DAYS = env_int("APPLICATION_QUIET_DAYS", 14)
APPLICATION_REMINDER_EMAILS = env_bool("APPLICATION_REMINDER_EMAILS", False)

# The LLM: unset LLM_MODEL means the built-in offline assistant.
LLM_MODEL = os.environ.get("LLM_MODEL", "")
LLM_API_BASE = os.environ.get("LLM_API_BASE", "")
LLM_API_KEY = os.environ.get("LLM_API_KEY", "")  # optional; providers' own variables also work
LLM_TIMEOUT = env_int("LLM_TIMEOUT", 60)
LLM_MAX_RETRIES = env_int("LLM_MAX_RETRIES", 3)
LLM_RETRY_DELAY = float(os.environ.get("LLM_RETRY_DELAY", "1.0"))  # seconds; doubles on each retry
LLM_CACHE_SECONDS = env_int("LLM_CACHE_SECONDS", 24 * 3600)
# litellm must never fetch its model cost map from the network.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
# numpy (imported by lemminflect) would start one OpenBLAS thread per core in every web and
# worker process; we run a process per core already, and lemminflect does no matrix work.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
if TESTING:
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "landing"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "ResumeOpt <noreply@localhost>")

LANGUAGE_CODE = "en-us"
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static", NINJA_FILES / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise warns about a missing one
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    # Any Django storage, e.g. django-storages' S3 with MEDIA_STORAGE_BACKEND=
    # storages.backends.s3.S3Storage and MEDIA_STORAGE_OPTIONS='{"bucket_name": "..."}'.
    "default": {
        "BACKEND": os.environ.get(
            "MEDIA_STORAGE_BACKEND", "django.core.files.storage.FileSystemStorage"
        ),
        "OPTIONS": env_json_object("MEDIA_STORAGE_OPTIONS"),
    },
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Uploads: resumes and postings are small; refuse anything larger while reading.
# Any request body over MAX_REQUEST_BYTES is refused (413) as it arrives, before
# Django stores it (resumeopt/platform/request_limits.py); views keep their own, smaller limits.
MAX_REQUEST_BYTES = env_int("MAX_REQUEST_MB", 64) * 1024 * 1024
RESUME_UPLOAD_MAX_BYTES = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

SESSION_COOKIE_HTTPONLY = True
# A session lasts SESSION_COOKIE_AGE at most (14 days) and ends sooner when unused
# for SESSION_IDLE_SECONDS (platform/middleware.py).
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 14 * 24 * 3600)
SESSION_IDLE_SECONDS = env_int("SESSION_IDLE_SECONDS", 24 * 3600)
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# No page may be framed, except the views named here, which only this site may frame
# (the export page shows its PDF preview in an iframe); see resumeopt.platform.middleware.
X_FRAME_OPTIONS = "DENY"
FRAMEABLE_VIEWS = ["exports:preview"]
if not DEBUG:
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    if not SECURE_HSTS_PRELOAD:
        # Preloading is a promise for the whole domain that only its owner can make,
        # and anyone may submit a domain that sends it: opt in with SECURE_HSTS_PRELOAD=1.
        SILENCED_SYSTEM_CHECKS = ["security.W021"]

# Content Security Policy (django-csp): scripts, styles and fonts only from files this
# site serves, no inline script or style anywhere, sockets to this origin ('self' covers
# ws:// and wss:// of the same host in CSP 3), and same-origin frames and plugins for
# the PDF preview. CSP_CONNECT_SRC adds origins, e.g. a separate WebSocket host.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF, *env_list("CSP_CONNECT_SRC", [])],
        "frame-src": [SELF],
        "object-src": [SELF],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# Rate limits, counted in the cache (Redis in production), as (count, seconds).
# Each is COUNT/PERIOD in the environment, e.g. RATE_LIMIT_LOGIN=10/15m.
RATE_LIMITS = {
    # Log-in attempts (counted before the password is checked; a success takes its own
    # back) per username and address, and per address whatever the username.
    "login": env_rate("RATE_LIMIT_LOGIN", "10/15m"),
    "login_ip": env_rate("RATE_LIMIT_LOGIN_IP", "50/h"),
    # Per username from every address: a soft lockout, and an email to the owner.
    "login_account": env_rate("RATE_LIMIT_LOGIN_ACCOUNT", "30/h"),
    # Password reset requests per address: each one sends an email.
    "password_reset": env_rate("RATE_LIMIT_PASSWORD_RESET", "5/h"),
    # Sign-up attempts per address.
    "signup": env_rate("RATE_LIMIT_SIGNUP", "10/h"),
    # Uploads and imports per user (resume imports; other upload views may share it).
    "uploads": env_rate("RATE_LIMIT_UPLOADS", "30/h"),
    # Files made per user (exports, batch exports, letter files, the export page's PDF
    # previews, API and MCP exports): rendering a PDF or DOCX is the heaviest thing a
    # page can ask for.
    "exports": env_rate("RATE_LIMIT_EXPORTS", "120/h"),
    # Saved edits per user (section saves, new, moved and deleted entries, API writes):
    # far above what a person types, low enough to stop a script filling the history.
    "edits": env_rate("RATE_LIMIT_EDITS", "1200/h"),
    # Calls to the configured model per user (chat replies, optimization sections,
    # posting enrichment); the offline assistant and cached answers are not counted.
    "llm": env_rate("RATE_LIMIT_LLM", "200/h"),
    # REST API requests per user (api/), whatever the token.
    "api": env_rate("RATE_LIMIT_API", "1000/h"),
    # Share link pages, PDF downloads and password attempts per address.
    "share": env_rate("RATE_LIMIT_SHARE", "120/h"),
}
# Prefix of the counters' cache keys; tests use a fresh one each so counts never leak.
RATE_LIMIT_NAMESPACE = os.environ.get("RATE_LIMIT_NAMESPACE", "")

# /metrics (Prometheus): open to requests with "Authorization: Bearer $METRICS_TOKEN"
# or from the addresses and networks in METRICS_ALLOWED_IPS; closed to everyone else.
METRICS_TOKEN = os.environ.get("METRICS_TOKEN", "")
METRICS_ALLOWED_IPS = env_list("METRICS_ALLOWED_IPS", [])
for _network in METRICS_ALLOWED_IPS:
    try:
        ipaddress.ip_network(_network, strict=False)
    except ValueError:
        raise ImproperlyConfigured(
            f"METRICS_ALLOWED_IPS: {_network!r} is not an address or network"
        ) from None

SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = False

# Logs go to stderr: plain lines for people, or one JSON object per line
# (LOG_FORMAT=json, the Docker image's default) for a log collector.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "plain")
if LOG_FORMAT not in {"plain", "json"}:
    raise ImproperlyConfigured(f"LOG_FORMAT must be plain or json, not {LOG_FORMAT!r}")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {"()": "resumeopt.platform.jsonlog.JSONFormatter"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "LiteLLM": {"level": "WARNING"},
        "httpx": {"level": "WARNING"},
    },
}
