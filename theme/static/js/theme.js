// Light/dark toggle: follows the system until the reader chooses, then remembers.
(function () {
  var button = document.querySelector(".theme-toggle");
  if (!button) return;
  var root = document.documentElement;
  var dark = window.matchMedia("(prefers-color-scheme: dark)");
  function current() {
    return root.dataset.theme || (dark.matches ? "dark" : "light");
  }
  function label() {
    var next = current() === "dark" ? "light" : "dark";
    button.setAttribute("aria-label", "Switch to " + next + " theme");
    button.setAttribute("aria-pressed", current() === "dark" ? "true" : "false");
  }
  button.hidden = false;
  label();
  button.addEventListener("click", function () {
    root.dataset.theme = current() === "dark" ? "light" : "dark";
    try { localStorage.setItem("theme", root.dataset.theme); } catch (e) {}
    label();
  });
})();
