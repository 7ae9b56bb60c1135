# ResumeOpt: a multi-stage image. The build stage compiles wheels; the runtime
# stage has no compiler, runs as a non-root user who cannot change the code, and
# serves with daphne. The same image runs the web, worker, beat and migrate
# services of docker-compose.yml.
FROM python:3.11-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
COPY requirements.txt /tmp/requirements.txt
RUN pip wheel --wheel-dir /wheels -r /tmp/requirements.txt

FROM python:3.11-slim-bookworm AS runtime
# Static files live outside /app/var, so a volume mounted there never hides
# (or keeps stale copies of) the ones collected into this image.
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DEBUG=0 RESUMEOPT_VAR_DIR=/app/var STATIC_ROOT=/app/staticfiles MEDIA_ROOT=/app/var/media \
    LOG_FORMAT=json LITELLM_LOCAL_MODEL_COST_MAP=True
RUN useradd --create-home --uid 1000 resumeopt
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir --no-index --find-links /wheels /wheels/* && rm -rf /wheels
WORKDIR /app
# The code belongs to root: the app user can read it, not rewrite it.
COPY . /app
# collectstatic needs a key but must not bake a real one into the image.
# The skills taxonomy and its activities are compiled once here, so no process spends half a
# second on them.
# So is the project's bytecode: PYTHONDONTWRITEBYTECODE and the read-only /app keep a
# process from caching it, so every command and process start compiled every module again
# (a third of `manage.py check`'s start).
RUN SECRET_KEY=collectstatic-only python manage.py collectstatic --noinput \
    && python -c "from jobs.taxonomy import write_activities, write_compiled; write_activities(); write_compiled()" \
    && python -c "from resumeopt.importers.parsing.lexicon import write_places_compiled; write_places_compiled()" \
    && python -m compileall -q /app \
    && mkdir -p /app/var/media /app/var/beat \
    && chown -R resumeopt:resumeopt /app/var
USER resumeopt
EXPOSE 8000
# Liveness only (/healthz touches no service); /readyz is for load balancers.
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz').status != 200)"
# The web process. --proxy-headers trusts X-Forwarded-For: publish port 8000
# only to the TLS-terminating proxy in front, never to the internet.
# Worker:  celery -A resumeopt worker --loglevel INFO
# Beat:    celery -A resumeopt beat --loglevel INFO --schedule /app/var/beat/celerybeat-schedule
CMD ["daphne", "-b", "0.0.0.0", "-p", "8000", "--proxy-headers", "resumeopt.asgi:application"]
