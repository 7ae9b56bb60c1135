"""Serve the site with daphne and run one Celery worker beside it (for `make run`).

Both are child processes; Ctrl-C (or SIGTERM) stops both, and if either exits
the other is stopped too, so nothing is left running in the background.
"""

import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run daphne on HOST:PORT and a Celery worker (with its beat scheduler) until Ctrl-C."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", default="8000")
        parser.add_argument("--no-worker", action="store_true", help="Serve the site only.")

    def handle(self, *args, host: str, port: str, no_worker: bool, **options):
        python = sys.executable
        commands = [
            [python, "-m", "daphne", "-b", host, "-p", port, "resumeopt.asgi:application"],
        ]
        if not no_worker:
            commands.append(
                [python, "-m", "celery", "-A", "resumeopt", "worker", "--beat",
                 "--loglevel", "INFO", "--concurrency", "1",
                 "--schedule", str(settings.VAR_DIR / "celerybeat-schedule")]
            )  # fmt: skip
        children = [subprocess.Popen(command) for command in commands]
        self.stdout.write(
            self.style.SUCCESS(f"ResumeOpt is running at http://{host}:{port}/ (Ctrl-C stops it)")
        )

        def stop(*_):
            for child in children:
                if child.poll() is None:
                    child.send_signal(signal.SIGTERM)
            deadline = time.monotonic() + 10
            for child in children:
                try:
                    child.wait(timeout=max(0.1, deadline - time.monotonic()))
                except subprocess.TimeoutExpired:
                    child.kill()

        signal.signal(signal.SIGTERM, lambda *_: (stop(), sys.exit(0)))
        try:
            while all(child.poll() is None for child in children):
                time.sleep(0.5)
            self.stderr.write("A process stopped; shutting down the other.")
        except KeyboardInterrupt:
            pass
        finally:
            stop()
