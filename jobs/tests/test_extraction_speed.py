"""Speed-ups of extraction that must read exactly as before (issue #22)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st


def test_prepare_leaves_nothing_for_a_posting_to_build():
    """After `prepare`, no posting registers a pattern (which rebuilt the needles' automaton,
    some 60 ms in a posting's middle): a degree with its alternative, an item due after hire."""
    from jobs.extraction import extract_requirements, prefilter, prepare

    prepare()
    registered = prefilter._registry.count
    extract_requirements(
        "Payroll Officer\nRequirements:\n- Bachelor's degree in Accounting or equivalent "
        "experience\n- CPP certification within 12 months of hire\n- Excel, SAP\n"
        "Benefits: dental, pension. We are an equal opportunity employer."
    )
    assert prefilter._registry.count == registered
    assert prefilter._registry.automaton is not None


def _filled_caches() -> set[str]:
    """The functions of the extraction package and the taxonomy whose cache holds something."""
    import importlib
    import pkgutil

    import jobs.extraction

    names = ["jobs.taxonomy", "jobs.extraction"] + [
        f"jobs.extraction.{module.name}"
        for module in pkgutil.iter_modules(jobs.extraction.__path__)
    ]
    filled = set()
    for name in names:
        module = importlib.import_module(name)
        for attribute, value in vars(module).items():
            cached = getattr(value, "__module__", None) == name and hasattr(value, "cache_info")
            if cached and value.cache_info().currsize:
                filled.add(f"{name}.{attribute}")
    return filled


def test_prepare_leaves_no_table_for_a_first_posting_to_load():
    """After `prepare`, a 4 KB posting and one pasted as one paragraph load no word table and
    compile no pattern: a process's first posting paid 10-40 ms for them."""
    from bench.vacancies import vacancy
    from jobs.extraction import extract_requirements, prepare

    prepare()
    before = _filled_caches()
    extract_requirements(vacancy(3, 4096))
    extract_requirements(" ".join(vacancy(4, 4096).split()))
    assert _filled_caches() - before <= {"jobs.extraction.prefilter.present"}


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="ab \t\n\r\x0b\u2028.", max_size=16),
    st.text(alphabet="ab .", max_size=4).map(str.strip),
)
def test_a_line_alone_is_found_as_the_multiline_pattern_finds_it(posting, text):
    from jobs.extraction.title import _alone_on_a_line

    pattern = rf"^[ \t]*{re.escape(text)}[ \t]*$"
    expected = re.search(pattern, posting, re.MULTILINE) is not None
    assert _alone_on_a_line(text, posting) == expected
