"""Read one PDF from stdin under resource limits; print its lines as JSON.

    python -m resumeopt.importers.pdf_child SECONDS MEMORY_BYTES < file.pdf

Run by `pdf.lines_from_pdf`, never by hand. The limits are set on this process
before pdfminer is imported: its address space (a decompression bomb ends in a
MemoryError, reported by exit status) and its CPU time (a backstop; the parent
also kills it at the wall-clock limit). Output: {"lines": [[text, heading], ...]}
or {"error": message} for a file that is damaged, encrypted or scanned.
"""

from __future__ import annotations

import json
import resource
import sys


def main() -> int:
    seconds, memory = int(sys.argv[1]), int(sys.argv[2])
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (seconds + 1, seconds + 2))
    data = sys.stdin.buffer.read()

    from resumeopt.importers.errors import ResumeImportError
    from resumeopt.importers.pdf import OUT_OF_MEMORY_EXIT, read_lines

    try:
        lines = read_lines(data)
    except ResumeImportError as error:
        result = {"error": str(error)}
    except MemoryError:
        return OUT_OF_MEMORY_EXIT
    else:
        result = {"lines": [[line.text, line.heading] for line in lines]}
    sys.stdout.write(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
