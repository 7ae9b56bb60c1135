// Undo and redo on the resume page: Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y),
// except while typing in a field, where the browser's own undo applies.
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    if (!(event.ctrlKey || event.metaKey)) return;
    var target = event.target;
    if (target.closest && target.closest("input, textarea, select, [contenteditable]")) return;
    var key = event.key.toLowerCase();
    var id = (key === "z" && event.shiftKey) || key === "y" ? "redo-button" : key === "z" ? "undo-button" : null;
    var button = id && document.getElementById(id);
    if (button && !button.disabled) {
      event.preventDefault();
      button.click();
    }
  });
})();
