// ResumeOpt page behaviour: toasts and the connection state of the page's sockets.
// Loaded on every page, after htmx. No inline scripts anywhere (CSP).
(function () {
  "use strict";

  // Parts of the page that only make sense with (or without) JavaScript.
  document.documentElement.classList.add("js");

  var TOAST_MS = 6000;

  function region() {
    return document.getElementById("toasts");
  }

  function armToast(toast) {
    if (toast.dataset.armed) return;
    toast.dataset.armed = "1";
    var close = toast.querySelector("[data-dismiss]");
    if (close) close.addEventListener("click", function () { toast.remove(); });
    if (!toast.classList.contains("error")) {
      setTimeout(function () { toast.remove(); }, TOAST_MS);
    }
  }

  function showToast(level, message) {
    var box = region();
    if (!box) return;
    var toast = document.createElement("div");
    toast.className = "toast " + (level || "info");
    toast.setAttribute("role", level === "error" ? "alert" : "status");
    var text = document.createElement("span");
    text.textContent = message; // messages are text, never HTML
    var close = document.createElement("button");
    close.type = "button";
    close.setAttribute("aria-label", "Dismiss");
    close.setAttribute("data-dismiss", "");
    close.textContent = "×";
    toast.appendChild(text);
    toast.appendChild(close);
    box.appendChild(toast);
    armToast(toast);
  }
  window.ResumeOpt = { showToast: showToast };

  // Django messages sent with an htmx response (HX-Trigger: {"toast": {...}}).
  document.body.addEventListener("toast", function (event) {
    var detail = event.detail || {};
    (detail.messages || [detail]).forEach(function (item) {
      if (item && item.message) showToast(item.level, item.message);
    });
  });

  // A failed request that htmx does not swap still tells the user.
  document.body.addEventListener("htmx:responseError", function (event) {
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    if (status === 409 || status === 422) return; // swapped in place with their own message
    var message = status === 404 ? "That item no longer exists. Reload the page."
      : status === 403 ? "You are not allowed to do that."
      : status === 429 ? "Too many requests. Wait a moment and try again."
      : "Something went wrong (" + status + "). Your changes were not saved; try again.";
    showToast("error", message);
  });
  document.body.addEventListener("htmx:sendError", function () {
    showToast("error", "The server could not be reached. Check your connection and try again.");
  });

  // Toasts rendered with the page or swapped in over a socket.
  function armAll(root) {
    (root || document).querySelectorAll(".toast").forEach(armToast);
  }
  document.addEventListener("DOMContentLoaded", function () { armAll(document); });
  document.body.addEventListener("htmx:load", function (event) { armAll(event.detail.elt.parentNode || document); });

  // Plain forms that need a confirmation (htmx forms use hx-confirm).
  document.addEventListener("submit", function (event) {
    var button = event.submitter;
    var message = (button && button.dataset.confirm) || event.target.dataset.confirm;
    if (message && !window.confirm(message)) event.preventDefault();
  });

  // Sockets: htmx's ws extension reconnects with backoff and queues what was
  // sent meanwhile; we show a quiet "reconnecting" state until it is back.
  var closedSockets = new Set();
  function refreshState() {
    document.body.classList.toggle("socket-reconnecting", closedSockets.size > 0);
  }
  document.body.addEventListener("htmx:wsClose", function (event) {
    closedSockets.add(event.target);
    refreshState();
  });
  document.body.addEventListener("htmx:wsOpen", function (event) {
    closedSockets.delete(event.target);
    refreshState();
  });
})();
