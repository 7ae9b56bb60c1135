// Findings and live feedback on the resume page.
// - "Use" puts a suggested rewrite into the open form's field; the change fires
//   an input event, so the draft is checked again at once.
// - A finding's line (in the live feedback or the findings panel) selects that
//   line in the open editor, or scrolls to it and marks it in the resume.
// - Applying a suggestion from the panel never replaces a section that is open
//   in an editor, so nothing typed there is lost.
(function () {
  "use strict";

  function selectText(field, text) {
    field.focus();
    var start = text ? field.value.indexOf(text) : -1;
    if (start === -1) return false;
    field.setSelectionRange(start, start + text.length);
    // Scroll a long textarea to the selected line.
    var lines = field.value.slice(0, start).split("\n").length - 1;
    var lineHeight = parseFloat(getComputedStyle(field).lineHeight) || 20;
    field.scrollTop = Math.max(0, lines * lineHeight - field.clientHeight / 2);
    return true;
  }

  function mark(element) {
    element.scrollIntoView({ block: "center", behavior: "smooth" });
    element.classList.add("finding-target");
    setTimeout(function () { element.classList.remove("finding-target"); }, 2500);
  }

  function showLine(unitId, line, text) {
    var unit = document.getElementById(unitId);
    if (!unit) return false;
    if (unit.tagName === "FORM") {
      var name = unitId + "-" + (line.split("/")[0] || "");
      var field = unit.elements.namedItem(name);
      if (field && selectText(field, text)) return true;
      mark(unit);
      return true;
    }
    var target = unit;
    var parts = line.split("/");
    if (parts[0] === "highlights" && parts.length > 1) {
      var items = unit.querySelectorAll("ul.highlights > li");
      target = items[parseInt(parts[1], 10)] || unit;
    }
    mark(target);
    return true;
  }

  document.addEventListener("click", function (event) {
    var fill = event.target.closest("[data-fill-field]");
    if (fill) {
      var form = fill.closest("form");
      var field = form && form.elements.namedItem(fill.dataset.fillField);
      if (!field) return;
      var find = fill.dataset.fillFind;
      if (field.value.indexOf(find) === -1) {
        window.ResumeOpt.showToast("warning", "That text has changed in the form; the suggestion no longer applies.");
        return;
      }
      field.value = field.value.replace(find, fill.dataset.fillPut);
      field.dispatchEvent(new Event("input", { bubbles: true }));
      selectText(field, fill.dataset.fillPut);
      return;
    }
    var quote = event.target.closest("[data-select-field]");
    if (quote) {
      var owner = quote.closest("form");
      var input = owner && owner.elements.namedItem(quote.dataset.selectField);
      if (input) selectText(input, quote.dataset.selectText);
      return;
    }
    var link = event.target.closest("[data-finding-unit]");
    if (link && showLine(link.dataset.findingUnit, link.dataset.findingLine || "", link.dataset.findingText || "")) {
      event.preventDefault();
    }
  });

  document.body.addEventListener("htmx:oobBeforeSwap", function (event) {
    var target = event.detail.target;
    if (target && target.matches && target.matches("form.unit-form")) {
      event.detail.shouldSwap = false;
      window.ResumeOpt.showToast("info", "Applied and saved. The section you are editing still shows your draft; reopen it to see the change.");
    }
  });
})();
