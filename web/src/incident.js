// One incident: estimates and the claims behind them, the band over time, members and why.
import { t } from "./strings.js";
import { h, fig, when } from "./dom.js";
import { get } from "./api.js";
import { bandChart, makeTooltip, CERTAINTY_CLASS } from "./chart.js";

const claimLink = (id) => {
  const [doc, claim] = id.split(":");
  return h("a", { href: `/documents/${encodeURIComponent(doc)}#claim-${encodeURIComponent(claim)}`, class: "claim-ref" }, id);
};

function estimatesTable(est) {
  const kinds = Object.keys(est);
  if (!kinds.length) return h("p", { class: "muted" }, t.noFigures);
  return h("table", { class: "list estimates" },
    h("thead", {}, h("tr", {}, [t.kind, t.low, t.best, t.high, t.claimsBehind].map((c) => h("th", {}, c)))),
    h("tbody", {}, kinds.map((k) => {
      const e = est[k];
      const ids = [...new Set([...(e.low_claims || []), ...(e.best_claims || []), ...(e.high_claims || [])])];
      return h("tr", {},
        h("td", {}, k), h("td", { class: "num" }, fig(e.low)), h("td", { class: "num strong" }, fig(e.best)), h("td", { class: "num" }, fig(e.high)),
        h("td", {}, ids.map((id) => [claimLink(id), " "]), e.note ? h("div", { class: "note" }, e.note) : null));
    })));
}

function whyText(m) {
  const w = m.why || {};
  if (!w.matched) return t.first;
  const parts = [w.place, w.date, w.type];
  if (w.distance_km != null) parts.push(`${w.distance_km} km`);
  if ((w.shared_actors || []).length) parts.push(`actors: ${w.shared_actors.join(", ")}`);
  if ((w.shared_persons || []).length) parts.push(`persons: ${w.shared_persons.join(", ")}`);
  return `${w.reason || "joined"} ${w.matched} — ${parts.filter(Boolean).join("; ")}`;
}

function bandSection(inc) {
  const kinds = Object.keys(inc.band || {});
  if (!kinds.length) return h("p", { class: "muted" }, t.noFigures);
  const tooltip = makeTooltip();
  const holder = h("div", { id: "band" });
  const tabs = h("div", { class: "tabs" });
  const show = (kind) => {
    for (const b of tabs.children) b.classList.toggle("active", b.dataset.kind === kind);
    const pts = inc.timeline.filter((p) => p.kind === kind);
    holder.replaceChildren(bandChart(inc.band[kind], pts, tooltip));
    holder.dataset.kind = kind;
  };
  kinds.forEach((k) => tabs.append(h("button", { type: "button", class: "tab", dataset: { kind: k }, onclick: () => show(k) }, k)));
  show(kinds.includes("killed") ? "killed" : kinds[0]);
  const legend = h("p", { class: "muted legend-inline" }, t.bandNote, " ",
    Object.keys(CERTAINTY_CLASS).map((c) => h("span", { class: `dot ${CERTAINTY_CLASS[c]}` }, t.certaintyNames[c])));
  return h("div", {}, tabs, holder, legend, tooltip.el);
}

export async function incidentPage(main, id) {
  const inc = await get(`/api/incidents/${id}`);
  const title = `${inc.sub_event_type || inc.event_type || t.incident} — ${inc.location || t.unknown}`;
  document.title = `${title} · sitrep`;
  main.replaceChildren(
    h("h1", {}, `${t.incident} #${inc.id}: `, title),
    h("p", { class: "meta" },
      [inc.date_start === inc.date_end ? inc.date_start : `${inc.date_start} – ${inc.date_end}`,
        [inc.location, inc.admin1, inc.country].filter(Boolean).join(", "),
        (inc.event_types || []).join(", "), (inc.languages || []).join(", "),
        `${inc.n_documents} ${t.colDocs.toLowerCase()}`].filter(Boolean).join(" · ")),
    h("section", {}, h("h2", {}, t.band), bandSection(inc)),
    h("section", {}, h("h2", {}, t.estimates), estimatesTable(inc.estimates || {})),
    h("section", {}, h("h2", {}, t.members),
      h("table", { class: "list members" },
        h("thead", {}, h("tr", {}, [t.colDocument, t.colOutlet, t.colLang, t.colTime, t.colType, t.score, t.why].map((c) => h("th", {}, c)))),
        h("tbody", {}, inc.members.map((m) => h("tr", {},
          h("td", {}, h("a", { href: `/documents/${encodeURIComponent(m.doc_id)}` }, m.title || m.doc_id)),
          h("td", {}, m.outlet || ""), h("td", {}, m.lang || ""), h("td", {}, when(m.published_at)),
          h("td", {}, m.event_type || ""), h("td", { class: "num" }, m.score != null ? m.score.toFixed(2) : ""),
          h("td", { class: "why" }, whyText(m))))))),
    h("section", {}, h("h2", {}, t.timeline),
      h("table", { class: "list timeline" },
        h("thead", {}, h("tr", {}, [t.colTime, t.kind, t.colValue, t.colQualifier, t.colCertainty, t.colSource, t.colLang, t.colOutlet, t.colWords].map((c) => h("th", {}, c)))),
        h("tbody", {}, inc.timeline.map((p) => h("tr", {},
          h("td", {}, when(p.published_at)), h("td", {}, p.kind), h("td", { class: "num" }, Array.isArray(p.value) ? p.value.join("–") : fig(p.value)),
          h("td", {}, p.qualifier), h("td", {}, h("span", { class: `dot ${CERTAINTY_CLASS[p.certainty] || ""}` }, p.certainty)),
          h("td", {}, p.source || ""), h("td", {}, p.lang || ""), h("td", {}, p.outlet || ""),
          h("td", {}, h("a", { href: `/documents/${encodeURIComponent(p.doc_id)}#claim-${encodeURIComponent(p.id.split(":")[1])}` }, p.evidence || ""))))))),
  );
}
