// Live feedback: "Use this" puts a suggested rewrite into the open form's field.
// The change fires an input event, so the draft is checked again at once.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-fill-field]");
    if (!button) return;
    var form = button.closest("form");
    var field = form && form.elements.namedItem(button.dataset.fillField);
    if (!field) return;
    var find = button.dataset.fillFind;
    if (field.value.indexOf(find) === -1) {
      window.ResumeOpt.showToast("warning", "That text has changed in the form; the suggestion no longer applies.");
      return;
    }
    field.value = field.value.replace(find, button.dataset.fillPut);
    field.dispatchEvent(new Event("input", { bubbles: true }));
    field.focus();
  });
})();
