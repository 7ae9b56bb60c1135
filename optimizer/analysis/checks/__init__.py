"""The check families; importing this package registers every check."""

from optimizer.analysis.checks import ats, consistency, content, impact, length

__all__ = ["ats", "consistency", "content", "impact", "length"]
