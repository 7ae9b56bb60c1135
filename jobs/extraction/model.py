"""What extraction returns: the skills and requirements read from a posting."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

MAX_POSTING_CHARACTERS = 100_000


class PostingError(ValueError):
    """The text cannot be read as a job posting; str() says why."""


# Its own __init__ (init=False): a posting makes dozens of skills and a stored posting is
# read back skill by skill, and a frozen dataclass's __init__ sets each field through
# object.__setattr__, three times the cost of writing the instance's dict.
@dataclass(frozen=True, init=False)
class ExtractedSkill:
    name: str
    text: str
    start: int
    end: int
    type: str  # tool | hard | soft | certification | language | domain
    required: bool = True
    # "llm" for skills a model added, "posting" for a name the taxonomy lacks that a
    # requirement asks for ("Experience with CargoWise"; see extraction.names)
    source: str = "taxonomy"
    form: str = "knowledge"  # knowledge or ability (what SkillSpan calls knowledge and skill)
    mention: bool = False  # named about the company or its benefits, not asked of the candidate
    group: int = 0  # >0: one of alternatives ("MySQL or PostgreSQL"); any member meets the group

    def __init__(
        self,
        name: str,
        text: str,
        start: int,
        end: int,
        type: str,
        required: bool = True,
        source: str = "taxonomy",
        form: str = "knowledge",
        mention: bool = False,
        group: int = 0,
    ):
        values = self.__dict__
        values["name"] = name
        values["text"] = text
        values["start"] = start
        values["end"] = end
        values["type"] = type
        values["required"] = required
        values["source"] = source
        values["form"] = form
        values["mention"] = mention
        values["group"] = group

    def to_dict(self) -> dict[str, Any]:
        # What dataclasses.asdict gives, without its deep copy of every string (all fields
        # are immutable): a posting has dozens of skills, and a batch thousands of postings.
        return {name: getattr(self, name) for name in _SKILL_FIELDS}

    @property
    def level(self) -> str:
        """required, preferred or mention: how the posting asks for it."""
        return "mention" if self.mention else "required" if self.required else "preferred"


@dataclass
class Requirements:
    title: str = ""
    company: str = ""
    seniority: str = ""
    years_min: int | None = None
    years_max: int | None = None
    # "New graduates welcome": the years asked are no floor for someone just qualified (the
    # level stays what the title says: the post takes experienced people too).
    new_graduates_welcome: bool = False
    education_level: str = ""
    education_rank: float = 0  # 3.5: a postgraduate diploma, between a Bachelor's and a Master's
    education_field: str = ""
    education_required: bool = True
    employment_type: str = ""
    location: str = ""
    remote_policy: str = ""
    skills: list[ExtractedSkill] = field(default_factory=list)
    required: list[str] = field(default_factory=list)  # qualification lines
    preferred: list[str] = field(default_factory=list)
    duties: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)  # domain and industry terms
    # Content words around each skill in the posting, to find the resume bullet it belongs in.
    skill_context: dict[str, list[str]] = field(default_factory=dict)
    enriched_by: str = ""  # the model that added skills, when an LLM pass ran
    # One entry per qualification or duty clause:
    # {"text", "level", "role", "skills", "groups", "years", "due"};
    # "groups" lists alternatives ("one of Python, Perl, PHP") of which any one meets the item;
    # "due" says when a condition is met after hire ("within 6 months of hire"), else "".
    items: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A plain copy (as dataclasses.asdict makes, many times faster): lists and dicts
        are new, so changing it leaves the requirements alone."""
        data = {item.name: _copied(getattr(self, item.name)) for item in fields(self)}
        data["skills"] = [skill.to_dict() for skill in self.skills]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Requirements:
        known = {item.name for item in fields(cls)}
        skill_fields = {item.name for item in fields(ExtractedSkill)}
        values = {key: value for key, value in (data or {}).items() if key in known}
        values["skills"] = [
            ExtractedSkill(**{k: v for k, v in skill.items() if k in skill_fields})
            for skill in values.get("skills", [])
        ]
        return cls(**values)

    def unique_skills(
        self, *, types: tuple[str, ...] | None = None, mentions: bool = True
    ) -> dict[str, ExtractedSkill]:
        """One entry per canonical skill (its strongest
        mention: required, then preferred), in order."""
        rank = {"required": 0, "preferred": 1, "mention": 2}
        unique: dict[str, ExtractedSkill] = {}
        for skill in self.skills:
            if (types and skill.type not in types) or (skill.mention and not mentions):
                continue
            if skill.name not in unique or rank[skill.level] < rank[unique[skill.name].level]:
                unique[skill.name] = skill
        return unique


_SKILL_FIELDS = tuple(item.name for item in fields(ExtractedSkill))


def _copied(value: Any) -> Any:
    """Lists, tuples and dicts copied all the way down; anything else (str, int, None) as is."""
    if isinstance(value, list):
        return [_copied(item) for item in value]
    if isinstance(value, dict):
        return {key: _copied(item) for key, item in value.items()}
    if isinstance(value, tuple):
        return tuple(_copied(item) for item in value)
    return value


def check_posting(text: str) -> str:
    """The posting's text, or PostingError if it is empty or too long."""
    if not isinstance(text, str) or not text.strip():
        raise PostingError("The posting is empty. Paste the job description's text.")
    if len(text) > MAX_POSTING_CHARACTERS:
        raise PostingError(
            f"The posting has {len(text):,} characters; the limit is {MAX_POSTING_CHARACTERS:,}. "
            "Paste only the job description."
        )
    return text
