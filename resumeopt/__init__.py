"""ResumeOpt: the project package and the core resume domain.

The Celery app lives in resumeopt/celery.py (`celery -A resumeopt` finds it there) and is
imported by the tasks modules that use it, not here: management commands and web
processes that enqueue nothing start without loading Celery.
"""
