// Light/dark toggle: follows the system until the reader chooses, then remembers.
(function () {
  var button = document.querySelector(".theme-toggle");
  if (!button) return;
  var root = document.documentElement;
  var dark = window.matchMedia("(prefers-color-scheme: dark)");
  function current() {
    return root.dataset.theme || (dark.matches ? "dark" : "light");
  }
  var text = button.querySelector(".theme-toggle__label");
  function label() {
    var next = current() === "dark" ? "light" : "dark";
    button.setAttribute("aria-label", "Switch to " + next + " theme");
    if (text) text.textContent = next === "dark" ? "Dark" : "Light";
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

// A "Copy" button on each code block, where the browser can copy (without
// script, or without the clipboard, the code is there to select as ever).
(function () {
  if (!navigator.clipboard) return;
  document.querySelectorAll(".content .highlight").forEach(function (block) {
    var pre = block.querySelector("pre:not(.linenos pre)") || block.querySelector("pre");
    if (!pre) return;
    var code = block.querySelector("td.code pre") || pre;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-code";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy the code");
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(code.innerText.replace(/\n$/, "")).then(function () {
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = "Copy"; }, 1500);
      });
    });
    block.classList.add("has-copy");
    block.insertBefore(button, block.firstChild);
  });
})();

// Keyboard readers reach what scrolls sideways (a long code line, a wide
// table), and each task-list checkbox is named by its task.
(function () {
  function focusable() {
    document.querySelectorAll("main pre, main table").forEach(function (box) {
      if (box.hasAttribute("tabindex") && !box.hasAttribute("data-scrolls")) return;
      if (box.scrollWidth > box.clientWidth + 1) {
        box.setAttribute("tabindex", "0");
        box.setAttribute("data-scrolls", "");
      } else {
        box.removeAttribute("tabindex");
        box.removeAttribute("data-scrolls");
      }
    });
  }
  focusable();
  var pending;
  window.addEventListener("resize", function () {
    clearTimeout(pending);
    pending = setTimeout(focusable, 150);
  });
  document.querySelectorAll("input.task-list-item-checkbox:not([aria-label])").forEach(function (box) {
    var item = box.closest("li");
    if (item) box.setAttribute("aria-label", item.textContent.trim().slice(0, 120));
  });
})();

// A menu of links opens within the screen: moved left or right as far as
// it would cross an edge (on a phone it spans the links' width already).
(function () {
  document.querySelectorAll(".site-nav li").forEach(function (item) {
    var menu = item.querySelector(":scope > .site-nav__children");
    if (!menu) return;
    function fit() {
      menu.style.left = "";
      var box = menu.getBoundingClientRect();
      var room = document.documentElement.clientWidth;
      var shift = 0;
      if (box.right > room - 8) shift = room - 8 - box.right;
      if (box.left + shift < 8) shift = 8 - box.left;
      if (shift) menu.style.left = (parseFloat(getComputedStyle(menu).left) || 0) + shift + "px";
    }
    item.addEventListener("mouseenter", fit);
    item.addEventListener("focusin", fit);
  });
})();
