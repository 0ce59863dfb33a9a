// The dashboard: one small page router over the API. Pages live in their own modules.
import { t } from "./strings.js";
import { h } from "./dom.js";
import { dashboard } from "./dashboard.js";
import { incidentPage } from "./incident.js";
import { documentPage } from "./document.js";
import { apiDocs } from "./apidocs.js";
import "./style.css"; // last: our rules override the libraries' CSS

function header() {
  const top = document.getElementById("top");
  top.replaceChildren(
    h("a", { href: "/", class: "brand" }, t.appName),
    h("nav", {}, h("a", { href: "/" }, t.navMap), h("a", { href: "/api-docs" }, t.navApi)),
  );
}

export async function route() {
  const main = document.getElementById("main");
  const path = location.pathname;
  let m;
  main.replaceChildren(h("p", { class: "muted" }, t.loading));
  try {
    if (path === "/" || path === "") await dashboard(main);
    else if ((m = path.match(/^\/incidents\/(\d+)$/))) await incidentPage(main, Number(m[1]));
    else if ((m = path.match(/^\/documents\/([^/]+)$/))) await documentPage(main, decodeURIComponent(m[1]));
    else if (path === "/api-docs") await apiDocs(main);
    else main.replaceChildren(h("p", { class: "error" }, t.notFound));
  } catch (e) {
    main.replaceChildren(h("p", { class: "error" }, `${t.error}: ${e.message}`));
  }
  document.body.dataset.ready = "1";
}

header();
window.addEventListener("popstate", route);
route();
