"""Daphne and the workers prepare at start what requests would otherwise build (issue #22)."""

from resumeopt.platform.startup import compile_templates


def test_start_up_compiles_every_template_the_project_ships():
    """A template that does not compile stops a process at its start, not in a user's
    request."""
    compile_templates()  # raises TemplateSyntaxError for a template that does not compile
