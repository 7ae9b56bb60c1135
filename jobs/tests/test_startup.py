"""Long-running processes load the taxonomy at start and freeze it out of the collector."""

import gc

from resumeopt.platform.startup import warm_up_and_freeze


def test_start_up_loads_the_taxonomy_and_freezes_what_it_allocated():
    from jobs.taxonomy import taxonomy

    taxonomy.cache_clear()
    try:
        warm_up_and_freeze()
        assert taxonomy.cache_info().currsize == 1  # loaded before any request asked
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_start_up_ranks_the_sample_posting_so_no_batch_pays_for_first_use():
    """The sample posting a process extracts as it starts is a real one: it reads its title,
    its required skills and its nice-to-haves (what a first batch would otherwise build)."""
    from jobs.extraction import extract_requirements
    from jobs.scoring import SAMPLE_POSTING

    requirements = extract_requirements(SAMPLE_POSTING.read_text("utf-8"))
    skills = {skill.name: skill.required for skill in requirements.skills}
    assert requirements.title == "Senior Data Engineer"
    assert skills["Python"] and skills["SQL"]
    assert skills["Kubernetes"] is False
