// The low/best/high band of one figure over time, in plain SVG: a step band from low to high
// after each report, the best line, and every reported figure as a point (hover for the words).
import { t } from "./strings.js";
import { h, s, when } from "./dom.js";

const W = 760, H = 280, PAD = { l: 56, r: 20, t: 16, b: 40 };
export const CERTAINTY_CLASS = { confirmed: "c-confirmed", reported: "c-reported", unconfirmed: "c-unconfirmed", denied: "c-denied" };

const ms = (iso) => (iso ? Date.parse(iso) : NaN);
const pointValue = (p) => (p.qualifier === "at_most" || p.qualifier === "less_than") && p.high != null ? p.high : (p.low ?? p.high);

export function bandChart(steps, points, tooltip) {
  const times = [...steps.map((x) => ms(x.time)), ...points.map((p) => ms(p.published_at))].filter((x) => !isNaN(x));
  let t0 = Math.min(...times), t1 = Math.max(...times);
  if (!times.length) { t0 = 0; t1 = 1; }
  const span = Math.max(t1 - t0, 6 * 3600e3);
  t0 -= span * 0.08; t1 = t0 + span * 1.16;
  const values = [
    ...steps.flatMap((x) => [x.low, x.best, x.high]),
    ...points.flatMap((p) => [p.low, p.high]),
  ].filter((v) => v != null);
  const vmax = Math.max(1, ...values) * 1.12;
  const x = (tm) => PAD.l + ((tm - t0) / (t1 - t0)) * (W - PAD.l - PAD.r);
  const y = (v) => H - PAD.b - (v / vmax) * (H - PAD.t - PAD.b);

  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "band-chart", role: "img" });
  // axes and ticks
  svg.append(s("line", { x1: PAD.l, y1: H - PAD.b, x2: W - PAD.r, y2: H - PAD.b, class: "axis" }));
  svg.append(s("line", { x1: PAD.l, y1: PAD.t, x2: PAD.l, y2: H - PAD.b, class: "axis" }));
  for (let i = 0; i <= 4; i++) {
    const v = Math.round((vmax / 1.12) * (i / 4));
    svg.append(s("line", { x1: PAD.l - 4, y1: y(v), x2: W - PAD.r, y2: y(v), class: "grid" }));
    svg.append(s("text", { x: PAD.l - 8, y: y(v) + 4, class: "tick", "text-anchor": "end" }, String(v)));
  }
  const ticks = [...new Set(steps.map((x) => x.time).filter(Boolean))];
  ticks.forEach((tm) => svg.append(s("text", { x: x(ms(tm)), y: H - PAD.b + 16, class: "tick", "text-anchor": "middle" }, when(tm).slice(5, 16))));

  // the band: a step area from each report's time to the next (the last runs to the edge)
  const st = steps.filter((x) => x.time);
  if (st.length) {
    const top = [], bottom = [];
    st.forEach((cur, i) => {
      const xa = x(ms(cur.time)), xb = i + 1 < st.length ? x(ms(st[i + 1].time)) : W - PAD.r;
      const hi = cur.high ?? cur.best ?? cur.low ?? 0, lo = cur.low ?? 0;
      top.push([xa, y(hi)], [xb, y(hi)]);
      bottom.push([xa, y(lo)], [xb, y(lo)]);
    });
    const pts = [...top, ...bottom.reverse()].map((p) => p.join(",")).join(" ");
    svg.append(s("polygon", { points: pts, class: "band" }));
    const best = [];
    st.forEach((cur, i) => {
      if (cur.best == null) return;
      const xa = x(ms(cur.time)), xb = i + 1 < st.length ? x(ms(st[i + 1].time)) : W - PAD.r;
      best.push(`${xa},${y(cur.best)}`, `${xb},${y(cur.best)}`);
    });
    if (best.length) svg.append(s("polyline", { points: best.join(" "), class: "best" }));
  }

  // the points: one per reported figure; a range is a vertical bar
  points.forEach((p, i) => {
    const v = pointValue(p);
    if (v == null || isNaN(ms(p.published_at))) return;
    const px = x(ms(p.published_at)) + ((i % 3) - 1) * 5; // same time: spread a little
    const g = s("g", { class: `point ${CERTAINTY_CLASS[p.certainty] || ""}`, tabindex: 0, dataset: { claim: p.id } });
    if (p.high != null && p.low != null && p.high !== p.low) g.append(s("line", { x1: px, x2: px, y1: y(p.low), y2: y(p.high), class: "range" }));
    g.append(s("circle", { cx: px, cy: y(v), r: 6 }));
    g.append(s("text", { x: px + 8, y: y(v) - 8, class: "plabel" }, p.lang || ""));
    g.append(s("title", {}, `${p.value ?? v} (${p.qualifier}) · ${p.certainty} · ${p.source || ""} · ${p.lang || ""}\n${p.evidence || ""}`));
    const show = () => tooltip.show(p, g);
    g.addEventListener("mouseenter", show);
    g.addEventListener("focus", show);
    g.addEventListener("mouseleave", () => tooltip.hide());
    g.addEventListener("blur", () => tooltip.hide());
    svg.append(g);
  });
  return svg;
}

export function makeTooltip() {
  const el = h("div", { class: "tooltip", hidden: true, id: "chart-tooltip" });
  return {
    el,
    show(p, target) {
      el.replaceChildren(
        h("div", { class: "words" }, `“${p.evidence || ""}”`),
        h("div", {}, `${p.kind}: ${p.value ?? ""} (${p.qualifier})`),
        h("div", {}, `${t.certainty}: ${p.certainty} · ${t.source}: ${p.source || t.unknown}`),
        h("div", { class: "muted" }, `${p.lang || ""} · ${p.outlet || ""} · ${when(p.published_at)}`),
      );
      el.hidden = false;
      const box = target.getBoundingClientRect();
      el.style.left = `${window.scrollX + box.right + 8}px`;
      el.style.top = `${window.scrollY + box.top - 8}px`;
    },
    hide() { el.hidden = true; },
  };
}
