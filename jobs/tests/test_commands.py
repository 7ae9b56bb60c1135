"""analyze_job and rank_jobs: the exact contracts scripts rely on."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from jobs.extraction import extract_requirements
from jobs.matching import rank
from resumeopt.importers import import_path

POSTING = "Backend Engineer\nRequirements\n- Python and Kubernetes.\n- Kafka is a plus.\n"


def test_analyze_job_json_for_one_file(tmp_path, capsys):
    path = tmp_path / "posting.txt"
    path.write_text(POSTING)
    call_command("analyze_job", str(path), "--json")
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "Backend Engineer"
    assert {"name", "text", "start", "end", "type"} <= set(data["skills"][0])


def test_analyze_job_jsonl_gives_offsets_into_each_input_text(capsys, monkeypatch):
    lines = [
        {"id": 1, "text": "We need Go and k8s."},
        {"id": "x", "text": "Fluent German; SQL a plus."},
    ]
    monkeypatch.setattr(
        "sys.stdin", io.StringIO("\n".join(json.dumps(line) for line in lines) + "\n")
    )
    call_command("analyze_job", "--jsonl")
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["id"] for o in out] == [1, "x"]
    for given, result in zip(lines, out, strict=True):
        for skill in result["skills"]:
            assert given["text"][skill["start"] : skill["end"]] == skill["text"]
    assert [s["name"] for s in out[0]["skills"]] == ["Go", "Kubernetes"]


def test_analyze_job_jsonl_reports_bad_lines_and_exits_1(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO('not json\n{"id": 2, "text": ""}\n'))
    with pytest.raises(SystemExit) as exit_info:
        call_command("analyze_job", "--jsonl")
    assert exit_info.value.code == 1
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert "error" in out[0] and out[1]["id"] == 2 and "empty" in out[1]["error"]


def _resume_file(tmp_path, sample_document):
    path = tmp_path / "resume.json"
    path.write_text(json.dumps(sample_document))
    return path


@pytest.mark.parametrize("kind", ["folder", "csv", "jsonl"])
def test_rank_jobs_reads_folders_csv_and_jsonl_and_prints_best_first(
    tmp_path, capsys, sample_document, kind
):
    jobs = {
        "backend": "Backend Engineer\nPython, Go, Redis and PostgreSQL.",
        "design": "Product Designer\nFigma, Sketch and user research.",
    }
    if kind == "folder":
        source = tmp_path / "jobs"
        source.mkdir()
        for name, text in jobs.items():
            (source / f"{name}.txt").write_text(text)
    elif kind == "csv":
        source = tmp_path / "jobs.csv"
        source.write_text(
            "id,job_title,job_description\n"
            + "".join(f'{k},{v.splitlines()[0]},"{v}"\n' for k, v in jobs.items())
        )
    else:
        source = tmp_path / "jobs.jsonl"
        source.write_text(
            "".join(
                json.dumps({"id": k, "text": v, "title": v.splitlines()[0]}) + "\n"
                for k, v in jobs.items()
            )
        )
    call_command(
        "rank_jobs",
        "--resume",
        str(_resume_file(tmp_path, sample_document)),
        "--jobs",
        str(source),
        "--json",
    )
    ranked = json.loads(capsys.readouterr().out)
    assert [row["id"] for row in ranked] == ["backend", "design"]
    # The contract's fields stay; company and explanation were added after it.
    assert set(ranked[0]) == {
        "id",
        "title",
        "score",
        "matched",
        "missing",
        "company",
        "explanation",
    }
    assert "must-haves" in ranked[0]["explanation"]
    assert ranked[0]["title"] == "Backend Engineer" and "Python" in ranked[0]["matched"]
    assert ranked[0]["score"] > ranked[1]["score"]


def test_analyze_job_jsonl_skills_have_exactly_the_promised_keys(capsys, monkeypatch):
    line = {"id": "a", "text": "Requirements\n- Python and k8s.\n- Kafka is a plus.\n"}
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(line) + "\n"))
    call_command("analyze_job", "--jsonl")
    [out] = [json.loads(text) for text in capsys.readouterr().out.splitlines()]
    assert out["id"] == "a"
    assert all(set(skill) == {"name", "text", "start", "end", "type"} for skill in out["skills"])
    assert out["skills"][1] == {
        "name": "Kubernetes",
        "text": "k8s",
        "start": 26,
        "end": 29,
        "type": "tool",
    }
    assert (out["required_skills"], out["preferred_skills"]) == (
        ["Python", "Kubernetes"],
        ["Kafka"],
    )


def test_analyze_job_jsonl_reads_utf8_whatever_the_locale_says(capsys, monkeypatch):
    text = "Entwickler (m/w/d) – Python und SQL, fließend Deutsch"
    raw = json.dumps({"id": 1, "text": text}, ensure_ascii=False).encode("utf-8") + b"\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="ascii"))
    call_command("analyze_job", "--jsonl")
    [out] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [skill["name"] for skill in out["skills"]] == ["Python", "SQL"]
    assert all(text[s["start"] : s["end"]] == s["text"] for s in out["skills"])


def test_analyze_job_on_a_missing_or_binary_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("analyze_job", str(tmp_path / "nope.txt"))
    blob = tmp_path / "blob.bin"
    blob.write_bytes(bytes(range(256)) * 10)
    with pytest.raises(CommandError, match="not a text, PDF, Word or HTML file"):
        call_command("analyze_job", str(blob))


def test_rank_jobs_keeps_jsonl_ids_as_given_and_reports_unreadable_postings(
    tmp_path, capsys, sample_document
):
    source = tmp_path / "jobs.jsonl"
    source.write_text(
        json.dumps({"id": 7, "text": "Backend Engineer\nPython and PostgreSQL."})
        + "\n"
        + json.dumps({"id": 8, "text": ""})
        + "\n"
        + json.dumps({"id": 9, "text": "Designer\nFigma."})
        + "\n"
    )
    resume = _resume_file(tmp_path, sample_document)
    with pytest.raises(SystemExit) as exit_info:
        call_command("rank_jobs", "--resume", str(resume), "--jobs", str(source), "--json")
    assert exit_info.value.code == 1
    captured = capsys.readouterr()
    assert [row["id"] for row in json.loads(captured.out)] == [7, 9]
    assert "8: The posting is empty" in captured.err


def test_rank_jobs_refuses_a_csv_without_a_text_column(tmp_path, sample_document):
    source = tmp_path / "jobs.csv"
    source.write_text("id,summary\n1,Python\n")
    resume = _resume_file(tmp_path, sample_document)
    with pytest.raises(CommandError, match="no text column"):
        call_command("rank_jobs", "--resume", str(resume), "--jobs", str(source), "--json")


def test_rank_jobs_output_is_the_ranking_of_the_matching_module(tmp_path, capsys, sample_document):
    """Streaming the postings through extraction changes nothing: ids, titles, scores,
    skills and the order (ties in input order) are those of jobs.matching.rank."""
    texts = [
        "Backend Engineer\nRequirements\n- Python, Go, Redis and PostgreSQL.\n- Kafka is a plus.",
        "Product Designer\nFigma, Sketch and user research.",
        "Data Analyst\nWe need SQL, Tableau and Excel; Python is a plus.",
        "Backend Engineer\nRequirements\n- Python, Go, Redis and PostgreSQL.\n- Kafka is a plus.",
        "Registered Nurse\nBLS certification and patient care experience.",
        "Product Designer\nFigma, Sketch and user research.",
    ]
    source = tmp_path / "jobs.jsonl"
    source.write_text(
        "".join(json.dumps({"id": f"j{i}", "text": t}) + "\n" for i, t in enumerate(texts))
    )
    resume = _resume_file(tmp_path, sample_document)
    expected = [
        {
            "id": f"j{key}",
            "title": extract_requirements(texts[int(key)]).title,
            "score": result.score,
            "matched": [m["name"] for m in result.matched],
            "missing": [m["name"] for m in result.missing],
            "company": extract_requirements(texts[int(key)]).company,
            "explanation": result.explanation,
        }
        for key, result in rank(
            import_path(resume).document,
            [(str(i), extract_requirements(text)) for i, text in enumerate(texts)],
            advice=False,
        )
    ]
    call_command("rank_jobs", "--resume", str(resume), "--jobs", str(source), "--json")
    assert json.loads(capsys.readouterr().out) == expected
    call_command("rank_jobs", "--resume", str(resume), "--jobs", str(source))
    lines = capsys.readouterr().out.splitlines()
    listed = [line for line in lines if not line.startswith("        missing: ")]
    assert listed == [
        f"{n:>3}. {row['score']:>3}  {row['id']}  {row['title']}"
        for n, row in enumerate(expected, start=1)
    ]
