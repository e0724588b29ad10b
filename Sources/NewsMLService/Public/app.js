// The NewsMLKit page: sends the pasted or dropped article to POST /preview and shows the result.
"use strict";

const article = document.getElementById("article");
const convertButton = document.getElementById("convert");
const statusLine = document.getElementById("status");
const tokenField = document.getElementById("token");

tokenField.value = localStorage.getItem("newsml-token") || "";

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// Text with entity mentions wrapped in spans; offsets are UTF-16, as JavaScript strings index.
function highlighted(block) {
  const paragraph = element("p", "block " + block.kind);
  let position = 0;
  for (const span of block.spans) {
    if (span.start < position) continue;
    paragraph.append(block.text.slice(position, span.start));
    const mark = element("span", "entity " + span.kind, block.text.slice(span.start, span.start + span.length));
    mark.title = span.kind + ": " + span.name;
    mark.dataset.kind = span.kind;
    paragraph.append(mark);
    position = span.start + span.length;
  }
  paragraph.append(block.text.slice(position));
  return paragraph;
}

function showVerdict(id, output) {
  const node = document.getElementById(id);
  node.textContent = output.valid ? "✓ valid" : "✗ not valid";
  node.className = "verdict " + (output.valid ? "valid" : "invalid");
}

function render(result) {
  document.getElementById("results").hidden = false;
  const text = document.getElementById("entities-text");
  text.replaceChildren(...(result.blocks || []).map(highlighted));

  const credits = document.getElementById("picture-credits");
  const pictures = result.pictures || [];
  credits.replaceChildren(...(pictures.length ? pictures.map((picture) => {
    const item = element("li", "picture");
    item.append(element("span", "caption", picture.caption || "(no caption)"));
    item.append(" — credit: ");
    item.append(element("strong", "credit", picture.creditline || "(none)"));
    return item;
  }) : [element("li", "none", "No picture found.")]));

  const entities = document.getElementById("entity-list");
  entities.replaceChildren(...(result.entities || []).map((entity) => {
    const item = element("li", "entity-entry");
    item.append(element("span", "entity " + entity.kind, entity.name));
    item.append(" " + entity.kind + (entity.uri ? " · " : ""));
    if (entity.uri) {
      const link = element("a", null, entity.uri);
      link.href = entity.uri;
      link.target = "_blank";
      link.rel = "noopener";
      item.append(link);
    }
    return item;
  }));

  document.getElementById("newsml-output").textContent = result.newsml.content || "(no output)";
  document.getElementById("ninjs-output").textContent = result.ninjs.content || "(no output)";
  showVerdict("newsml-verdict", result.newsml);
  showVerdict("ninjs-verdict", result.ninjs);

  const validation = document.getElementById("validation");
  const lines = [];
  for (const [name, output] of [["NewsML-G2", result.newsml], ["ninjs", result.ninjs]]) {
    lines.push(element("li", output.valid ? "ok" : "error", name + ": " + (output.valid ? "valid" : "not valid") + (output.schema ? " against " + output.schema : "")));
    for (const problem of output.errors || []) lines.push(element("li", "error", name + ": " + problem.message));
  }
  for (const problem of result.diagnostics || []) {
    lines.push(element("li", problem.severity, "input" + (problem.line ? " line " + problem.line : "") + ": " + problem.message));
  }
  validation.replaceChildren(...lines);
}

async function convert() {
  const body = article.value;
  if (!body.trim()) { statusLine.textContent = "Paste an article first."; return; }
  localStorage.setItem("newsml-token", tokenField.value);
  convertButton.disabled = true;
  statusLine.textContent = "Converting…";
  const headers = { "Content-Type": "text/plain; charset=utf-8" };
  if (tokenField.value) headers["Authorization"] = "Bearer " + tokenField.value;
  const version = document.getElementById("ninjs-version").value;
  try {
    const response = await fetch("/preview?ninjs-version=" + encodeURIComponent(version), { method: "POST", headers, body });
    if (!response.ok) throw new Error("the service answered " + response.status + " " + (await response.text()).slice(0, 200));
    render(await response.json());
    statusLine.textContent = "Done.";
  } catch (error) {
    statusLine.textContent = "Failed: " + error.message;
  } finally {
    convertButton.disabled = false;
  }
}

convertButton.addEventListener("click", convert);
article.addEventListener("keydown", (event) => { if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) convert(); });
article.addEventListener("dragover", (event) => { event.preventDefault(); article.classList.add("dragging"); });
article.addEventListener("dragleave", () => article.classList.remove("dragging"));
article.addEventListener("drop", async (event) => {
  event.preventDefault();
  article.classList.remove("dragging");
  const file = event.dataTransfer.files[0];
  if (!file) return;
  article.value = await file.text();
  convert();
});
