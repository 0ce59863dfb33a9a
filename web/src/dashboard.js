// Map and incident list. The filters live in the URL's query string, so a view can be shared.
import { t } from "./strings.js";
import { h, lbh } from "./dom.js";
import { get } from "./api.js";
import { IncidentMap } from "./map.js";

const FILTERS = ["country", "since", "until", "type", "lang", "min_killed"];

export function currentFilters() {
  const q = new URLSearchParams(location.search);
  const out = {};
  for (const k of FILTERS) {
    const v = (q.get(k) || "").trim();
    if (v) out[k] = v;
  }
  return out;
}

function select(name, label, anyLabel, options, value) {
  return h("label", {}, label,
    h("select", { name },
      h("option", { value: "" }, anyLabel),
      options.map(([v, text]) => h("option", { value: v, selected: v === value }, text))));
}

function filterForm(facets, f, onApply) {
  const countries = Object.entries(facets.countries).map(([c, n]) => [c, `${c} (${n})`]);
  const types = Object.entries(facets.event_types).map(([c, n]) => [c, `${c} (${n})`]);
  const langs = Object.entries(facets.languages).map(([c, n]) => [c, `${c} (${n})`]);
  const form = h("form", { class: "filters", id: "filters" },
    select("country", t.country, t.anyCountry, countries, f.country || ""),
    h("label", {}, t.since, h("input", { type: "date", name: "since", value: f.since || "" })),
    h("label", {}, t.until, h("input", { type: "date", name: "until", value: f.until || "" })),
    select("type", t.type, t.anyType, types, f.type || ""),
    select("lang", t.language, t.anyLanguage, langs, f.lang || ""),
    h("label", {}, t.minKilled,
      h("input", { type: "number", name: "min_killed", min: 0, step: 1, value: f.min_killed || "", class: "narrow" })),
    h("button", { type: "submit" }, t.apply),
    h("button", { type: "button", class: "secondary", onclick: () => { form.reset(); for (const el of form.elements) if (el.name) el.value = ""; onApply({}); } }, t.reset),
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const out = {};
    for (const el of form.elements) if (el.name && el.value.trim()) out[el.name] = el.value.trim();
    onApply(out);
  });
  // a choice in a list applies at once; dates and numbers on submit or change
  form.addEventListener("change", (ev) => {
    if (ev.target.tagName === "SELECT" || ev.target.type === "date" || ev.target.type === "number") form.requestSubmit();
  });
  return form;
}

function exportLinks(f) {
  const qs = new URLSearchParams(f).toString();
  return h("p", { class: "exports" }, t.exportAs, " ",
    ["csv", "geojson", "jsonl", "parquet"].map((fmt) =>
      [h("a", { href: `/api/export/${fmt}${qs ? "?" + qs : ""}`, download: `incidents.${fmt}`, class: "export" }, fmt), " "]));
}

function row(inc) {
  const link = h("a", { href: `/incidents/${inc.id}` }, inc.location || `#${inc.id}`);
  return h("tr", { dataset: { id: inc.id } },
    h("td", {}, inc.event_date || ""),
    h("td", {}, inc.sub_event_type || inc.event_type || ""),
    h("td", {}, link),
    h("td", {}, inc.country || ""),
    h("td", { class: "num" }, lbh(inc.killed_low, inc.killed_best, inc.killed_high)),
    h("td", { class: "num" }, lbh(inc.injured_low, inc.injured_best, inc.injured_high)),
    h("td", { class: "num" }, inc.n_documents),
    h("td", {}, (inc.languages || []).join(", ")));
}

async function fillList(box, f) {
  const tbody = h("tbody", { id: "incident-rows" });
  const count = h("span", { class: "muted", id: "incident-count" }, t.loading);
  const more = h("button", { type: "button", class: "secondary", hidden: true }, t.more);
  box.replaceChildren(
    h("h2", {}, t.incidents, " ", count),
    exportLinks(f),
    h("table", { class: "list" },
      h("thead", {}, h("tr", {}, [t.colDate, t.colType, t.colPlace, t.colCountry, t.colKilled, t.colInjured, t.colDocs, t.colLangs].map((c) => h("th", {}, c)))),
      tbody),
    more);
  let cursor = null;
  async function page() {
    const params = { ...f, limit: 100 };
    if (cursor) params.cursor = cursor;
    const body = await get("/api/incidents", params);
    count.textContent = t.nIncidents(body.total);
    tbody.append(...body.items.map(row));
    if (!body.total) tbody.append(h("tr", {}, h("td", { colspan: 8, class: "muted" }, t.noIncidents)));
    cursor = body.next_cursor;
    more.hidden = !cursor;
  }
  more.addEventListener("click", page);
  await page();
}

export async function dashboard(main) {
  const facetsP = get("/api/facets"); // in parallel with the map's data
  const mapEl = h("div", { id: "map", class: "map" });
  const mapNote = h("p", { class: "muted", id: "map-note" });
  const listBox = h("section", { id: "list" });
  const formBox = h("div", { id: "filters-box" });
  let f = currentFilters();
  const map = new IncidentMap(mapEl);
  const refresh = async () => {
    await Promise.all([map.load(f, mapNote), fillList(listBox, f)]);
  };
  const apply = async (nf) => {
    f = nf;
    const qs = new URLSearchParams(f).toString();
    history.pushState(null, "", "/" + (qs ? "?" + qs : ""));
    await refresh();
  };
  main.replaceChildren(formBox, h("section", { class: "mapbox" }, mapEl, mapNote), listBox);
  map.init();
  const loaded = refresh();
  formBox.replaceChildren(filterForm(await facetsP, f, apply));
  await loaded;
}
