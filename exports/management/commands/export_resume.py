"""Export a resume file to another format from the command line.

    manage.py export_resume PATH --format pdf|docx|md|txt|html|json [--template NAME] -o OUT
    manage.py export_resume --list-templates

PATH is any file the importers read (PDF, DOCX, HTML, TXT, Markdown, JSON Resume).
OUT "-" writes to standard output. Also: --page-size letter|a4, --font sans|serif,
--accent '#2f5bd3', --margins MM, --sections work,education,... (which, in order).
Errors (unreadable file, unknown format or template) go to stderr with exit status 1.
"""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from exports.renderers import FORMATS, ExportError, ExportOptions, render, templates
from exports.renderers.content import DEFAULT_ORDER
from resumeopt.importers import ResumeImportError, import_path


class Command(BaseCommand):
    help = (
        "Export a resume file (PDF, DOCX, HTML, TXT, Markdown, JSON Resume) to PDF, DOCX, "
        "Markdown, text, HTML or JSON Resume."
    )

    # Files in, JSON out, no database: the project's system checks (which import every
    # view to check the URLs) are `manage.py check`'s job, not a cost on every run.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", metavar="PATH", help="The resume file to read.")
        parser.add_argument(
            "--format", "-f", dest="fmt", metavar="FORMAT", help=f"One of: {', '.join(FORMATS)}."
        )
        parser.add_argument(
            "--template",
            "-t",
            default="classic",
            metavar="NAME",
            help="PDF and DOCX template (see --list-templates); default classic.",
        )
        parser.add_argument(
            "-o", "--output", metavar="OUT", help="File to write; '-' for standard output."
        )
        parser.add_argument(
            "--list-templates", action="store_true", help="List the templates and exit."
        )
        parser.add_argument("--page-size", default="letter", help="letter (default) or a4.")
        parser.add_argument("--font", default="", help="sans or serif; default the template's.")
        parser.add_argument(
            "--accent", default="", help="Accent colour like #2f5bd3; default the template's."
        )
        parser.add_argument(
            "--margins",
            type=float,
            default=18.0,
            metavar="MM",
            help="Page margins in mm (8 to 40); default 18.",
        )
        parser.add_argument(
            "--sections",
            default=",".join(DEFAULT_ORDER),
            help="Sections to include, in order, comma-separated; default all.",
        )

    def handle(self, *args, path, fmt, template, output, list_templates, **options):
        if list_templates:
            for name, spec in templates().items():
                self.stdout.write(f"{name:<10} {spec['label']}: {spec['description']}")
            return
        if not path:
            raise CommandError("Give the resume file to export (PATH), or --list-templates.")
        if not fmt:
            raise CommandError(f"Give --format, one of: {', '.join(FORMATS)}.")
        if not output:
            raise CommandError("Give -o OUT, the file to write ('-' for standard output).")
        try:
            export_options = ExportOptions(
                template=template,
                font=options["font"],
                accent=options["accent"],
                margins_mm=options["margins"],
                page_size=options["page_size"],
                sections=[name.strip() for name in options["sections"].split(",") if name.strip()],
            )
            document = import_path(path).document
            data = render(document, fmt, export_options)
        except ResumeImportError as error:
            raise CommandError(f"{path}: {error}") from None
        except ExportError as error:
            raise CommandError(str(error)) from None
        if output == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
            return
        try:
            Path(output).write_bytes(data)
        except OSError as error:
            raise CommandError(f"Cannot write {output}: {error.strerror or error}.") from None
        self.stderr.write(f"Wrote {output} ({FORMATS[fmt].label}, {len(data):,} bytes).")
