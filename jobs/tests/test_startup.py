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
