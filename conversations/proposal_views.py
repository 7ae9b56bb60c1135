"""The proposal card's buttons (apply, edit then apply, reject, undo), for every kind of proposal.

A resume's proposals (this app) and a letter's (letters) are shown by the same card,
conversations/chat.html#proposal, and its buttons mean the same on both: only a pending
proposal is applied or rejected, only an applied one is undone, and a text changed
since the proposal was made answers 409 with why. What differs is the domain call that
saves the change and the page that answers; a subclass gives those.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.views import View

from conversations.forms import ApplyProposalForm
from conversations.models import ProposalBase


class ProposalDecisionView(View):
    """Apply, reject or undo one of the user's proposals; `action` is set in the URLconf."""

    http_method_names = ["post"]
    action = ""  # "apply", "reject" or "undo"
    model: type[ProposalBase]
    related: tuple[str, ...] = ()  # what `respond` reads, fetched with the proposal
    conflicts: tuple[type[Exception], ...] = ()  # the text changed since the proposal: 409
    invalid: tuple[type[Exception], ...] = ()  # the change would break the document: 422

    def apply(self, proposal: ProposalBase, replacement: str | None) -> None:
        raise NotImplementedError

    def reject(self, proposal: ProposalBase) -> None:
        raise NotImplementedError

    def undo(self, proposal: ProposalBase) -> None:
        raise NotImplementedError

    def respond(self, proposal: ProposalBase, *, status: int = 200) -> HttpResponse:
        raise NotImplementedError

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        proposal = get_object_or_404(
            self.model.objects.select_related(*self.related), pk=pk, owner=request.user
        )
        decide = {"apply": self._apply, "reject": self._reject, "undo": self._undo}[self.action]
        return decide(proposal)

    def _apply(self, proposal: ProposalBase) -> HttpResponse:
        if proposal.status != proposal.Status.PENDING:
            messages.info(self.request, "This proposal was already dealt with.")
            return self.respond(proposal)
        try:
            self.apply(proposal, ApplyProposalForm(self.request.POST).replacement_or_none())
        except self.conflicts as conflict:
            messages.error(self.request, str(conflict))
            return self.respond(proposal, status=409)
        except self.invalid as invalid:
            messages.error(self.request, f"Not applied: {invalid}")
            return self.respond(proposal, status=422)
        messages.success(self.request, "Applied. You can undo it from this card.")
        return self.respond(proposal)

    def _reject(self, proposal: ProposalBase) -> HttpResponse:
        if proposal.status == proposal.Status.PENDING:
            self.reject(proposal)
        return self.respond(proposal)

    def _undo(self, proposal: ProposalBase) -> HttpResponse:
        if proposal.status != proposal.Status.APPLIED:
            messages.info(self.request, "Only an applied proposal can be undone.")
            return self.respond(proposal)
        try:
            self.undo(proposal)
        except self.conflicts as conflict:
            messages.error(self.request, f"Not undone: {conflict}")
            return self.respond(proposal, status=409)
        messages.success(self.request, "Undone: the original text is back.")
        return self.respond(proposal)
