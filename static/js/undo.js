// Undo and redo on the resume page: Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes,
// by pressing the Undo and Redo buttons of the versions panel. While the cursor
// is in a text field the browser's own undo applies to the text instead.
// The buttons submit plain forms and the page reloads with the result; focus then
// goes back to the button pressed (or the other one, when nothing is left to undo),
// so the next Ctrl+Z or Tab carries on from there instead of from the top of the page.
(function () {
  "use strict";
  var FOCUS_KEY = "resumeopt:focus-after-step";
  var STEP_BUTTONS = ["undo-button", "redo-button"];

  function remember(id) {
    // With the time, so only a page loaded after the press restores it: a panel
    // refresh landing on this page before it unloads must not take the key.
    var value = JSON.stringify({ id: id, at: Date.now() });
    try { sessionStorage.setItem(FOCUS_KEY, value); } catch (error) { /* storage off: focus stays default */ }
  }

  function restoreFocus() {
    var stored;
    try { stored = JSON.parse(sessionStorage.getItem(FOCUS_KEY) || "null"); } catch (error) { return; }
    if (!stored || stored.at > performance.timeOrigin) return; // pressed on this very page
    var id = stored.id;
    if (!document.getElementById(id)) return; // the panel has not loaded yet
    try { sessionStorage.removeItem(FOCUS_KEY); } catch (error) { /* nothing to undo */ }
    var order = [id].concat(STEP_BUTTONS.filter(function (other) { return other !== id; }));
    for (var i = 0; i < order.length; i++) {
      var button = document.getElementById(order[i]);
      if (button && !button.disabled) { button.focus(); return; }
    }
    var panel = document.getElementById("version-controls");
    if (panel) {
      panel.setAttribute("tabindex", "-1");
      panel.focus();
    }
  }

  document.addEventListener("submit", function (event) {
    var button = event.submitter;
    if (button && STEP_BUTTONS.indexOf(button.id) !== -1) remember(button.id);
  });
  document.addEventListener("DOMContentLoaded", restoreFocus);
  // The versions panel loads after the page (hx-trigger="load").
  document.addEventListener("htmx:load", restoreFocus);

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
