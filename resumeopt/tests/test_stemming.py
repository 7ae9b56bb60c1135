"""One stemmer: the forms of a word meet, different words stay apart."""

from concurrent.futures import ThreadPoolExecutor

from resumeopt.stemming import stem


def test_forms_of_a_word_meet():
    for forms in [
        ("mentoring", "mentor", "mentored"),
        ("engineers", "engineering", "engineer"),
        ("APIs", "API", "api."),
        ("roadmapping", "roadmap"),
        ("services", "service"),
        ("deploying", "deployed", "deploys"),
    ]:
        assert len({stem(form) for form in forms}) == 1, forms


def test_different_words_stay_apart():
    assert stem("python") != stem("pytorch")
    assert stem("design") != stem("desk")


def test_threads_stemming_at_once_get_the_same_stems():
    bases, endings = ("deploy", "mentor", "lead", "build"), ("", "s", "ing", "ed", "er", "ers")
    words = [base + ending for base in bases for ending in endings] * 50
    expected = [stem(word) for word in words]
    stem.cache_clear()
    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(stem, words)) == expected
