// DOM helpers: elements are built with createElement / textContent only, never innerHTML,
// because every string from the API may come from an untrusted report.
const SVGNS = "http://www.w3.org/2000/svg";

function fill(el, attrs, kids) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.setAttribute("class", v);
    else if (k === "dataset") Object.assign(el.dataset, v);
    else if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const kid of kids.flat(Infinity)) {
    if (kid === null || kid === undefined || kid === false) continue;
    el.append(kid instanceof Node ? kid : document.createTextNode(String(kid)));
  }
  return el;
}

export const h = (tag, attrs, ...kids) => fill(document.createElement(tag), attrs, kids);
export const s = (tag, attrs, ...kids) => fill(document.createElementNS(SVGNS, tag), attrs, kids);

// An outside link only for http(s) URLs: a `javascript:` or `data:` URL stays plain text.
export function safeLink(url, label) {
  try {
    const u = new URL(url, location.origin);
    if (u.protocol === "http:" || u.protocol === "https:") {
      return h("a", { href: u.href, rel: "noopener noreferrer nofollow", target: "_blank" }, label ?? url);
    }
  } catch (e) { /* not a URL */ }
  return h("span", { class: "muted" }, label ?? url);
}

export const fig = (v) => (v === null || v === undefined ? "?" : String(v));
export const lbh = (lo, best, hi) =>
  lo == null && best == null && hi == null ? "" : `${fig(lo)} / ${fig(best)} / ${fig(hi)}`;
export const when = (iso) => (iso ? iso.replace("T", " ").replace(/:00Z$/, "Z") : "");
