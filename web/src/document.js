// One document: its text with every mention highlighted by kind; a click on a claim scrolls
// to its words and shows its qualifier, certainty and source. Offsets are code points.
import { t } from "./strings.js";
import { h, fig, safeLink, when } from "./dom.js";
import { get } from "./api.js";
import { CERTAINTY_CLASS } from "./chart.js";

const KINDS = ["quantity", "place", "person", "org", "actor", "date"];

// Cut the text at every span edge; each piece knows the mentions and claims that cover it.
function segments(chars, mentions, claims) {
  const cuts = new Set([0, chars.length]);
  const spans = [
    ...mentions.map((m) => ({ start: m.start, end: m.end, mention: m })),
    ...claims.map((c) => ({ start: c.evidence.start, end: c.evidence.end, claim: c })),
  ].filter((x) => x.start >= 0 && x.end <= chars.length && x.start < x.end);
  spans.forEach((x) => { cuts.add(x.start); cuts.add(x.end); });
  const edges = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const a = edges[i], b = edges[i + 1];
    const cover = spans.filter((x) => x.start <= a && x.end >= b);
    const ms = cover.filter((x) => x.mention).sort((p, q) => (p.end - p.start) - (q.end - q.start));
    out.push({ text: chars.slice(a, b).join(""), kind: ms.length ? ms[0].mention.kind : null,
      mention: ms.length ? ms[0].mention : null, claims: cover.filter((x) => x.claim).map((x) => x.claim.id) });
  }
  return out;
}

function textView(rep) {
  const chars = Array.from(rep.document.text || "");
  const box = h("div", { class: "doc-text", id: "doc-text", lang: rep.document.lang || "" });
  for (const seg of segments(chars, rep.mentions || [], rep.claims || [])) {
    if (!seg.kind && !seg.claims.length) { box.append(seg.text); continue; }
    const cls = [seg.kind ? `m m-${seg.kind}` : "", seg.claims.length ? "ev" : ""].filter(Boolean).join(" ");
    const el = h("span", { class: cls, dataset: { claims: seg.claims.join(" ") } }, seg.text);
    if (seg.mention) el.title = `${t.kinds[seg.mention.kind] || seg.mention.kind}${seg.mention.norm ? ": " + seg.mention.norm : ""}`;
    box.append(el);
  }
  return box;
}

function claimDetail(c) {
  const row = (k, v) => (v == null || v === "" ? null : h("div", {}, h("span", { class: "muted" }, `${k}: `), String(v)));
  return h("div", { class: "claim-detail", id: "claim-detail" },
    h("strong", {}, `${t.claimDetail} ${c.id}: ${c.kind} ${Array.isArray(c.value) ? c.value.join("–") : fig(c.value)}`),
    row(t.qualifier, c.qualifier), row(t.certainty, c.certainty), row(t.source, c.source && c.source.name),
    row(t.range, `${fig(c.low)} – ${fig(c.high)}`), row(t.perpetrator, c.perpetrator),
    row(t.words, `“${c.evidence.text}”`));
}

export async function documentPage(main, docId) {
  const body = await get(`/api/documents/${encodeURIComponent(docId)}`);
  const meta = body.document, rep = body.report;
  document.title = `${meta.title || meta.id} · sitrep`;
  const head = [
    h("h1", {}, meta.title || `${t.document} ${meta.id}`),
    h("p", { class: "meta" },
      [meta.outlet, meta.published || when(meta.published_at), meta.lang].filter(Boolean).join(" · "),
      meta.url ? [" · ", safeLink(meta.url, meta.url)] : null),
  ];
  if (!rep) {
    main.replaceChildren(...head, h("p", { class: "error" }, t.failedDoc, " ", meta.error || ""));
    return;
  }
  const quality = rep.document.quality || [];
  const detail = h("div", { id: "claim-detail-box" });
  const text = textView(rep);
  const select = (c, scroll = true) => {
    for (const el of text.querySelectorAll(".ev.active")) el.classList.remove("active");
    const parts = [...text.querySelectorAll(".ev")].filter((el) => el.dataset.claims.split(" ").includes(c.id));
    parts.forEach((el) => el.classList.add("active"));
    for (const b of document.querySelectorAll(".claim-btn")) b.classList.toggle("active", b.dataset.claim === c.id);
    detail.replaceChildren(claimDetail(c));
    if (scroll && parts.length) parts[0].scrollIntoView({ block: "center", behavior: "smooth" });
  };
  const claims = rep.claims || [];
  const claimList = claims.length
    ? h("ul", { class: "claims" }, claims.map((c) => h("li", {},
        h("button", { type: "button", class: `claim-btn ${CERTAINTY_CLASS[c.certainty] || ""}`, dataset: { claim: c.id }, onclick: () => select(c) },
          `${c.kind} ${Array.isArray(c.value) ? c.value.join("–") : fig(c.value)}`, h("span", { class: "muted" }, ` ${c.qualifier} · ${c.certainty}`)))))
    : h("p", { class: "muted" }, t.noClaims);
  const events = (rep.events || []).map((e) => h("li", {},
    `${e.event_type}${e.sub_event_type ? " / " + e.sub_event_type : ""}`,
    h("span", { class: "muted" }, ` ${[e.date && e.date.iso, e.location && e.location.name].filter(Boolean).join(" · ")}`)));
  main.replaceChildren(...head,
    h("p", { class: "legend-inline" }, t.highlight, " ", KINDS.map((k) => h("span", { class: `m m-${k}` }, t.kinds[k]))),
    h("div", { class: "doc-layout" },
      h("article", {}, h("h2", {}, t.textTitle), text),
      h("aside", {},
        h("h2", {}, t.claims), claimList, detail,
        h("h2", {}, t.events), h("ul", {}, events),
        h("h2", {}, t.partOf), h("p", {}, body.incidents.map((i) => [h("a", { href: `/incidents/${i}` }, `#${i}`), " "])),
        h("h2", {}, t.quality),
        quality.length ? h("ul", {}, quality.map((q) => h("li", {}, q.flag, q.detail ? h("span", { class: "muted" }, ` ${q.detail}`) : null))) : h("p", { class: "muted" }, t.noQuality))));
  const m = location.hash.match(/^#claim-(.+)$/);
  if (m) {
    const c = claims.find((x) => x.id === decodeURIComponent(m[1]));
    if (c) select(c);
  }
}
