// Pagefind search UI, started with the query from ?q= when there is one.
window.addEventListener("DOMContentLoaded", function () {
  if (typeof PagefindUI === "undefined") return;
  var ui = new PagefindUI({ element: "#search", showSubResults: true, showImages: false, resetStyles: false });
  // Pagefind's field has only a placeholder: give it a visible label.
  var input = document.querySelector("#search input");
  if (input) {
    input.id = "search-input";
    var label = document.createElement("label");
    label.htmlFor = "search-input";
    label.className = "search-label";
    label.textContent = "Search terms";
    var form = input.closest("form") || input.parentNode;
    form.parentNode.insertBefore(label, form);
  }
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
});
