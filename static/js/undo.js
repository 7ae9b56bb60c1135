// Undo and redo on the resume page: Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes,
// by pressing the Undo and Redo buttons of the versions panel. While the cursor
// is in a text field the browser's own undo applies to the text instead.
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.repeat) return;
    var target = event.target;
    if (target.closest && target.closest("input, textarea, select, [contenteditable]")) return;
    var key = event.key.toLowerCase();
    var id = (key === "z" && event.shiftKey) || (key === "y" && !event.shiftKey) ? "redo-button"
      : key === "z" ? "undo-button" : null;
    if (!id) return;
    var button = document.getElementById(id);
    if (!button) return;
    // The shortcut is ours even when there is nothing to undo: the browser's
    // page-level undo would do nothing useful here.
    event.preventDefault();
    if (!button.disabled) button.click();
  });
})();
