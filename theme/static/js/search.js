// Pagefind search UI, started with the query from ?q= when there is one.

// Excerpts are page text, where a formula is its TeX source: each formula
// (whole, or cut by the excerpt's start or end) is shown as an ellipsis.
var FORMULA = /\\\[[\s\S]*?\\\]|\\\([\s\S]*?\\\)|\$\$[\s\S]*?\$\$/g;
function withoutTex(excerpt) {
  return excerpt
    .replace(FORMULA, "…")
    .replace(/^[\s\S]*?(\\\)|\\\]|\$\$)/, "…")
    .replace(/(\\\(|\\\[|\$\$)[\s\S]*$/, "…");
}
function readable(result) {
  result.excerpt = withoutTex(result.excerpt || "");
  (result.sub_results || []).forEach(function (sub) {
    sub.excerpt = withoutTex(sub.excerpt || "");
  });
  return result;
}

// The index is in bundles (pagefind/<n>/), listed in pagefind/bundles.json
// beside this UI's script: the first is searched, the others merged in.
function start(root, bundles) {
  var ui = new PagefindUI({
    element: "#search", showSubResults: true, showImages: false, resetStyles: false,
    processResult: readable,
    bundlePath: root + bundles[0] + "/",
    mergeIndex: bundles.slice(1).map(function (name) {
      return { bundlePath: root + name + "/" };
    }),
  });
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
}

window.addEventListener("DOMContentLoaded", function () {
  var script = document.querySelector('script[src$="pagefind/pagefind-ui.js"]');
  if (typeof PagefindUI === "undefined" || !script) return;
  var root = script.src.replace(/pagefind-ui\.js$/, "");
  fetch(root + "bundles.json")
    .then(function (response) { return response.json(); })
    .then(function (listing) {
      if (listing.bundles && listing.bundles.length) start(root, listing.bundles);
    })
    .catch(function () {});
});
