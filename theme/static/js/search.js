// Pagefind search UI, started with the query from ?q= when there is one.
window.addEventListener("DOMContentLoaded", function () {
  if (typeof PagefindUI === "undefined") return;
  var ui = new PagefindUI({ element: "#search", showSubResults: true, resetStyles: false });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
});
