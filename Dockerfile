# ResumeOpt: a multi-stage image. The build stage compiles wheels; the
# runtime stage has no compiler, runs as a non-root user and serves with daphne.
FROM python:3.11-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
COPY requirements.txt /tmp/requirements.txt
RUN pip wheel --wheel-dir /wheels -r /tmp/requirements.txt

FROM python:3.11-slim-bookworm AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DEBUG=0 RESUMEOPT_VAR_DIR=/app/var LITELLM_LOCAL_MODEL_COST_MAP=True
RUN useradd --create-home --uid 1000 resumeopt
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir --no-index --find-links /wheels /wheels/* && rm -rf /wheels
WORKDIR /app
COPY --chown=resumeopt:resumeopt . /app
# collectstatic needs a key but must not bake a real one into the image.
RUN SECRET_KEY=collectstatic-only python manage.py collectstatic --noinput \
    && mkdir -p /app/var && chown -R resumeopt:resumeopt /app/var
USER resumeopt
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz').status != 200)"
# The web process; run the worker from the same image with:
#   celery -A resumeopt worker --loglevel INFO
CMD ["daphne", "-b", "0.0.0.0", "-p", "8000", "--proxy-headers", "resumeopt.asgi:application"]
