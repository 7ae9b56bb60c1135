#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import gc
import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeopt.settings")
    # Setting Django up makes some 200,000 objects (modules, classes, models) that live as
    # long as the process: collecting while they are made finds no garbage and took 50-75 ms
    # of every command's start. The collector is back on, with them frozen out of its sight,
    # once the apps are ready (resumeopt.platform.startup.collect_from_now_on).
    gc.disable()
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
