// Chat page: clear the box after a message goes out, keep the newest message in view,
// and send with Ctrl+Enter (or Cmd+Enter).
(function () {
  "use strict";
  document.body.addEventListener("htmx:wsAfterSend", function (event) {
    var form = event.target.closest && event.target.closest("form[data-reset-after-send]");
    if (form) {
      form.reset();
      var empty = document.getElementById("chat-empty");
      if (empty) empty.remove();
    }
  });
  document.body.addEventListener("htmx:oobAfterSwap", function () {
    var messages = document.getElementById("messages");
    if (messages) messages.lastElementChild && messages.lastElementChild.scrollIntoView({ block: "end", behavior: "smooth" });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && event.target.id === "chat-message") {
      event.preventDefault();
      event.target.form.requestSubmit();
    }
  });
})();
