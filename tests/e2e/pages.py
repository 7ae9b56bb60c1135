"""What browser tests ask of a page: that it has settled, that its controls are labelled."""

from __future__ import annotations

from tests.e2e.live_server import ROOT

# Screenshots of failed tests, and the pictures some tests save on purpose.
ARTIFACTS = ROOT / "test-artifacts"


def settled(page) -> None:
    """Wait until the page a click brought has run its scripts, as a person's eyes would.

    Playwright acts on a control as soon as it is visible, which can be while the rest of a
    long page is still parsing and before htmx (a deferred script) has bound anything; the
    click then gets the no-JavaScript fallback. Call this once the new page is known to be
    there (its heading or toast is visible), before using its htmx controls.
    """
    page.wait_for_load_state("load")


def unlabelled_controls(page) -> list[str]:
    """Form controls on the page that no label names (accessibility basics)."""
    return page.evaluate(
        """() => [...document.querySelectorAll('input, select, textarea')]
            .filter(el => el.type !== 'hidden' && el.offsetParent !== null)
            .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
                && !el.getAttribute('aria-labelledby'))
            .map(el => el.outerHTML.slice(0, 120))"""
    )
