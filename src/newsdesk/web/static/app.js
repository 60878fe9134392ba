// newsdesk reader: keyboard navigation and in-place read/star toggles.
// Loaded with the page's CSP nonce; every action also works without JavaScript.
"use strict";
(function () {
  const csrf = document.querySelector('meta[name="csrf-token"]')?.content || "";

  // Tell the server the browser's time zone (used unless the user chose one).
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    // IANA names are plain cookie characters; the server reads the value as it is sent
    if (zone && /^[A-Za-z0-9_+\/-]+$/.test(zone) && !document.cookie.split("; ").includes("nd_tz=" + zone)) {
      document.cookie = "nd_tz=" + zone + "; path=/; SameSite=Lax; max-age=31536000";
    }
  } catch (e) { /* no Intl: the server falls back to UTC */ }

  const items = () => Array.from(document.querySelectorAll(".river > .item, article.item"));
  let current = -1;

  function select(index) {
    const list = items();
    if (!list.length) return;
    current = Math.max(0, Math.min(list.length - 1, index));
    list.forEach((el, i) => el.classList.toggle("selected", i === current));
    const el = list[current];
    el.setAttribute("tabindex", "-1");
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: "nearest" });
  }

  function selected() {
    const list = items();
    if (current < 0 && list.length === 1) current = 0;
    return list[current] || null;
  }

  async function setState(item, name, value) {
    const body = new URLSearchParams({ csrf: csrf, [name]: value ? "1" : "0" });
    const resp = await fetch("/article/" + item.dataset.id + "/state", {
      method: "POST",
      headers: { "Accept": "application/json", "X-CSRF-Token": csrf },
      body: body,
      credentials: "same-origin",
    });
    if (!resp.ok) return;
    const state = await resp.json();
    item.dataset.read = state.read ? "1" : "0";
    item.dataset.starred = state.starred ? "1" : "0";
    item.classList.toggle("read", state.read);
    const readButton = item.querySelector(".toggle-read");
    if (readButton) {
      readButton.value = state.read ? "0" : "1";
      readButton.textContent = state.read ? readButton.dataset.unreadLabel : readButton.dataset.readLabel;
    }
    const starButton = item.querySelector(".toggle-star");
    if (starButton) {
      starButton.value = state.starred ? "0" : "1";
      starButton.setAttribute("aria-pressed", state.starred ? "true" : "false");
      starButton.textContent = state.starred ? starButton.dataset.unstarLabel : starButton.dataset.starLabel;
    }
  }

  // Buttons keep both labels so toggling needs no translation in JavaScript.
  document.querySelectorAll(".toggle-read, .toggle-star").forEach((b) => {
    const form = b.closest("form");
    if (!form) return;
    const labels = JSON.parse(form.dataset.labels || "{}");
    Object.assign(b.dataset, labels);
    b.addEventListener("click", (event) => {
      const item = b.closest(".item");
      if (!item) return;
      event.preventDefault();
      const name = b.classList.contains("toggle-read") ? "read" : "starred";
      setState(item, name, b.value === "1");
    });
  });

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const tag = (event.target.tagName || "").toLowerCase();
    if (["input", "textarea", "select"].includes(tag) || event.target.isContentEditable) return;
    const item = selected();
    switch (event.key) {
      case "j": select(current + 1); break;
      case "k": select(current - 1); break;
      case "o": case "Enter": {
        // Enter on a focused link or button keeps its own meaning (skip link, actions)
        if (event.key === "Enter" && event.target.closest("a, button, summary")) return;
        const link = item?.querySelector("a.title") || item?.querySelector(".original a");
        if (link) window.location.href = link.href;
        else return;
        break;
      }
      case "m": if (item) setState(item, "read", item.dataset.read !== "1"); break;
      case "s": if (item) setState(item, "starred", item.dataset.starred !== "1"); break;
      case "/": document.getElementById("q")?.focus(); break;
      case "?": document.getElementById("help")?.showModal(); break;
      default: return;
    }
    event.preventDefault();
  });
})();
