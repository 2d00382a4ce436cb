// Search with Pagefind on a static host. The bundle is found next to this
// script, so the site works under any path prefix. Pagefind returns
// meta.title unescaped and excerpts as HTML: both are rendered as text
// (only <mark> is kept, rebuilt as an element), never through innerHTML.
const base = new URL("./", import.meta.url);
const form = document.getElementById("search");
const input = document.getElementById("q");
const status = document.getElementById("search-status");
const list = document.getElementById("results");
const filterBox = document.getElementById("filters");
const FILTERS = [["topic", "Topic"], ["place", "Place"], ["person", "Person"], ["year", "Year"]];

let pagefind;
try {
  // A big archive is indexed in shards (src/site/search-index.ts): the list
  // names each bundle; the first is loaded and the others merged into it.
  const bundles = await fetch(new URL("pagefind-shards.json", base)).then((r) => (r.ok ? r.json() : ["pagefind/"]), () => ["pagefind/"]);
  pagefind = await import(new URL(`${bundles[0]}pagefind.js`, base).href);
  await pagefind.options({ baseUrl: base.pathname });
  await pagefind.init();
  for (const bundle of bundles.slice(1)) await pagefind.mergeIndex(new URL(bundle, base).pathname, { baseUrl: base.pathname });
} catch {
  status.textContent = "Search is not available on this copy of the site (its index was not built).";
}

const params = new URLSearchParams(location.search);
if (pagefind) {
  await buildFilters(await pagefind.filters());
  input.value = params.get("q") ?? "";
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run(true);
  });
  filterBox.addEventListener("change", () => run(true));
  if (input.value || FILTERS.some(([key]) => params.get(key))) run(false);
}

async function buildFilters(available) {
  for (const [key, label] of [...FILTERS, ["sort", "Order"]]) {
    const values = key === "sort" ? null : Object.keys(available[key] ?? {}).sort((a, b) => (key === "year" ? b.localeCompare(a) : a.localeCompare(b)));
    if (values && !values.length) continue;
    const wrap = document.createElement("label");
    wrap.append(label);
    const select = document.createElement("select");
    select.name = key;
    const options = key === "sort" ? [["", "Most relevant"], ["desc", "Newest first"], ["asc", "Oldest first"]] : [["", `Any ${label.toLowerCase()}`], ...values.map((v) => [v, `${v} (${available[key][v]})`])];
    for (const [value, text] of options) {
      const option = document.createElement("option");
      option.value = value;
      option.textContent = text;
      if (params.get(key) === value && value) option.selected = true;
      select.append(option);
    }
    wrap.append(select);
    filterBox.append(wrap);
  }
  filterBox.hidden = false;
}

async function run(push) {
  const query = input.value.trim();
  const filters = {};
  const state = new URLSearchParams();
  if (query) state.set("q", query);
  let sort;
  for (const select of filterBox.querySelectorAll("select")) {
    if (!select.value) continue;
    state.set(select.name, select.value);
    if (select.name === "sort") sort = { date: select.value };
    else filters[select.name] = select.value;
  }
  if (push) history.replaceState(null, "", `?${state}`);
  if (!query && !Object.keys(filters).length) {
    list.replaceChildren();
    status.textContent = "";
    return;
  }
  status.textContent = "Searching…";
  const search = await pagefind.search(query || null, { filters, ...(sort ? { sort } : {}) });
  const results = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
  list.replaceChildren(...results.map(renderResult));
  const n = search.results.length;
  status.textContent = n ? `${n} ${n === 1 ? "article" : "articles"} found${n > 30 ? "; showing the first 30" : ""}.` : "No article matches.";
}

function renderResult(data) {
  const li = document.createElement("li");
  const h = document.createElement("h3");
  const a = document.createElement("a");
  a.href = data.url;
  a.textContent = data.meta?.title ?? data.url;
  h.append(a);
  const p = document.createElement("p");
  p.className = "summary";
  p.append(...excerptNodes(data.excerpt ?? ""));
  li.append(h, p);
  return li;
}

/** Excerpt HTML → text nodes and <mark> elements only. */
function excerptNodes(html) {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  const out = [];
  for (const node of doc.body.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      out.push(mark);
    } else {
      out.push(document.createTextNode(node.textContent ?? ""));
    }
  }
  return out;
}
