"""URL converters for resume section paths."""

from resumeopt.jsonresume import LIST_SECTIONS


class UnitPathConverter:
    """'basics' or '<list section>/<index>', e.g. 'work/0'."""

    regex = rf"basics|(?:{'|'.join(LIST_SECTIONS)})/\d+"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


class SectionConverter:
    regex = "|".join(LIST_SECTIONS)

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value
