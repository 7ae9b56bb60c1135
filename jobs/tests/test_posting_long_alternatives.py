"""A posting that lists thousands of skills in one sentence reads in a fraction of a second."""

import time

from jobs.extraction import extract_requirements, prepare


def test_a_sentence_of_16000_alternatives_reads_quickly_and_keeps_the_skill():
    prepare()
    posting = "Backend Developer\nRequirements:\nExperience with " + "Go or " * 16_000 + "Python."
    started = time.process_time()
    requirements = extract_requirements(posting)
    assert time.process_time() - started < 1  # 2 s before: each term checked against all
    assert "Go" in {skill.name for skill in requirements.skills}
