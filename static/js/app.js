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
    var trigger = event.detail.xhr ? event.detail.xhr.getResponseHeader("HX-Trigger") || "" : "";
    if (trigger.indexOf('"toast"') !== -1) return; // the server's own toast says what happened (a 429's wait)
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

  // Focus after a swap the user asked for (a click, a key, a submit): a form opens on
  // its first field (or its first error), anything else takes focus itself, so keyboard
  // and screen-reader users land on what just changed instead of the top of the page.
  // Polling and pushed updates never move focus.
  var USER_EVENTS = ["click", "submit", "keydown", "keyup", "change"];
  function focusSpot(root) {
    var error = root.querySelector(".has-error input, .has-error textarea, .has-error select, [aria-invalid='true']");
    if (error) return error;
    var explicit = root.matches("[data-autofocus]") ? root : root.querySelector("[data-autofocus]");
    if (explicit) return explicit;
    if (root.tagName === "FORM") {
      var field = root.querySelector("input:not([type=hidden]):not([disabled]), textarea, select");
      if (field) return field;
    }
    if (!root.hasAttribute("tabindex")) root.setAttribute("tabindex", "-1");
    return root;
  }
  document.body.addEventListener("htmx:afterSettle", function (event) {
    var detail = event.detail || {};
    var trigger = detail.requestConfig && detail.requestConfig.triggeringEvent;
    if (!trigger || USER_EVENTS.indexOf(trigger.type) === -1) return;
    var target = detail.target;
    var root = target && target.isConnected ? target : target && target.id ? document.getElementById(target.id) : null;
    if (!root) return;
    var spot = focusSpot(root);
    var active = document.activeElement;
    var kept = active && active !== document.body && active.isConnected; // htmx keeps focus on a same-id field
    // A field in error always wins, so the message is read and fixed first.
    if (kept && !(spot.matches("[aria-invalid='true'], .has-error *") && active !== spot)) return;
    spot.focus({ preventScroll: false });
  });

  // The account menu (a <details> in the header): Escape closes it and gives focus back to
  // its button; a click anywhere else closes it too.
  function openMenus() {
    return document.querySelectorAll("details.account-menu[open]");
  }
  document.addEventListener("click", function (event) {
    openMenus().forEach(function (menu) {
      if (!menu.contains(event.target)) menu.open = false;
    });
  });

  // Escape closes what is open: the account menu first, else the section form being
  // edited (its Cancel, so the entry comes back as saved and takes the focus).
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || event.defaultPrevented || event.isComposing) return;
    var menus = openMenus();
    if (menus.length) {
      menus.forEach(function (menu) {
        var hadFocus = menu.contains(document.activeElement);
        menu.open = false;
        if (hadFocus || document.activeElement === document.body) menu.querySelector("summary").focus();
      });
      event.preventDefault();
      return;
    }
    var form = event.target.closest && event.target.closest("form.unit-form");
    var cancel = form && form.querySelector("[data-cancel]");
    if (cancel) {
      event.preventDefault();
      cancel.click();
    }
  });

  // Enter in a field of an entry under review checks that entry's fixes in place (its
  // "Check my fixes"), instead of the whole review form being submitted.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || event.defaultPrevented || event.isComposing) return;
    if (!event.target.matches || !event.target.matches("input")) return;
    var unit = event.target.closest(".check-unit");
    var check = unit && unit.querySelector("button[name=check]");
    if (check) {
      event.preventDefault();
      check.click();
    }
  });

  // The sticky header's height, for scroll-padding-top (app.css): it wraps to two
  // lines on a phone, so links to an entry land below it at every width.
  var header = document.querySelector(".site-header");
  if (header) {
    var setHeaderHeight = function () {
      document.documentElement.style.setProperty("--header-height", header.offsetHeight + "px");
    };
    setHeaderHeight();
    if (window.ResizeObserver) new ResizeObserver(setHeaderHeight).observe(header);
  }

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
