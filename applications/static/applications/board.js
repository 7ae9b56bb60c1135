// Drag a card to another column: sets the card's own "Move to" menu and submits it,
// so dragging and the keyboard menu are one and the same request (htmx swaps the board).
(function () {
  "use strict";
  let dragged = null;

  document.addEventListener("dragstart", function (event) {
    const card = event.target.closest && event.target.closest(".board-card");
    if (!card) return;
    dragged = card;
    card.classList.add("dragging");
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", card.dataset.application);
  });

  document.addEventListener("dragend", function () {
    if (dragged) dragged.classList.remove("dragging");
    dragged = null;
    document.querySelectorAll(".board-column.drop-target").forEach(function (column) {
      column.classList.remove("drop-target");
    });
  });

  document.addEventListener("dragover", function (event) {
    const column = dragged && event.target.closest && event.target.closest(".board-column");
    if (!column) return;
    event.preventDefault();
    column.classList.add("drop-target");
  });

  document.addEventListener("dragleave", function (event) {
    const column = event.target.closest && event.target.closest(".board-column");
    if (column && !column.contains(event.relatedTarget)) column.classList.remove("drop-target");
  });

  document.addEventListener("drop", function (event) {
    const column = dragged && event.target.closest && event.target.closest(".board-column");
    if (!column) return;
    event.preventDefault();
    const form = dragged.querySelector("form.board-move");
    const select = form && form.querySelector("select[name=stage]");
    if (!select || select.value === column.dataset.stage) return;
    select.value = column.dataset.stage;
    form.requestSubmit();
  });
})();
