// Loads a post's comments from their provider only when the reader reaches
// them (or presses the button): until then the page asks nothing of it.
(function () {
  var section = document.querySelector(".comments[data-provider]");
  if (!section) return;
  var loaded = false;
  function script(src, attributes) {
    var tag = document.createElement("script");
    tag.src = src;
    tag.async = true;
    tag.crossOrigin = "anonymous";
    Object.keys(attributes).forEach(function (name) { tag.setAttribute(name, attributes[name]); });
    section.querySelector(".comments__thread").appendChild(tag);
  }
  function load() {
    if (loaded) return;
    loaded = true;
    var d = section.dataset;
    var dark = document.documentElement.dataset.theme === "dark" ||
      (!document.documentElement.dataset.theme && matchMedia("(prefers-color-scheme: dark)").matches);
    if (d.provider === "giscus") {
      script("https://giscus.app/client.js", {
        "data-repo": d.repo, "data-repo-id": d.repoId, "data-category": d.category,
        "data-category-id": d.categoryId, "data-mapping": d.term,
        "data-reactions-enabled": d.reactions, "data-theme": dark ? "dark" : "light",
        "data-loading": "lazy"
      });
    } else if (d.provider === "utterances") {
      script("https://utteranc.es/client.js", {
        "repo": d.repo, "issue-term": d.term, "theme": dark ? "github-dark" : "github-light"
      });
    } else if (d.provider === "disqus") {
      window.disqus_config = function () { this.page.url = d.url; this.page.identifier = d.id; };
      var thread = section.querySelector(".comments__thread");
      thread.id = "disqus_thread";
      script("https://" + d.shortname + ".disqus.com/embed.js", { "data-timestamp": String(Date.now()) });
    }
    var button = section.querySelector(".comments__load");
    if (button) button.disabled = true;
  }
  section.querySelector(".comments__load").addEventListener("click", load);
  if ("IntersectionObserver" in window) {
    new IntersectionObserver(function (entries, observer) {
      if (entries.some(function (e) { return e.isIntersecting; })) { observer.disconnect(); load(); }
    }, { rootMargin: "200px" }).observe(section);
  }
})();
