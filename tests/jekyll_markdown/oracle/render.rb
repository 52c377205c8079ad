# Render Markdown documents with real kramdown as Jekyll 4.3 configures it.
#
# Reads a JSON object {name: markdown} on stdin, writes {name: html} on
# stdout. Options: Jekyll's defaults (input GFM, auto_ids, hard_wrap off,
# mathjax, rouge, smart quotes, entities as characters).
require "json"
require "kramdown"
require "kramdown-parser-gfm"

OPTIONS = {
  input: "GFM", hard_wrap: false, auto_ids: true, footnote_nr: 1,
  entity_output: "as_char", toc_levels: (1..6).to_a,
  smart_quotes: "lsquo,rsquo,ldquo,rdquo", math_engine: "mathjax",
  syntax_highlighter: "rouge"
}.freeze

documents = JSON.parse($stdin.read)
rendered = documents.to_h do |name, text|
  [name, Kramdown::Document.new(text, OPTIONS).to_html]
rescue StandardError => e
  [name, "kramdown failed: #{e.class}: #{e.message}"]
end
$stdout.write(JSON.generate(rendered))
