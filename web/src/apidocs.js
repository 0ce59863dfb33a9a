// The API reference, rendered from the server's OpenAPI spec (Swagger UI would need a CDN).
import { t } from "./strings.js";
import { h } from "./dom.js";
import { get } from "./api.js";

function schemaText(sc) {
  if (!sc) return "";
  if (sc.anyOf) return sc.anyOf.map(schemaText).filter((x) => x && x !== "null").join(" | ");
  if (sc.enum) return sc.enum.join(" | ");
  const bits = [sc.format || sc.type || ""];
  if (sc.pattern) bits.push(`/${sc.pattern}/`);
  if (sc.minimum != null || sc.maximum != null) bits.push(`${sc.minimum ?? ""}..${sc.maximum ?? ""}`);
  if (sc.maxLength != null) bits.push(`≤${sc.maxLength} chars`);
  return bits.filter(Boolean).join(" ");
}

export async function apiDocs(main) {
  const spec = await get("/api/openapi.json");
  const items = [];
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      items.push(h("section", { class: "endpoint" },
        h("h3", {}, h("code", {}, `${method.toUpperCase()} ${path}`)),
        h("p", {}, op.summary || ""),
        (op.parameters || []).length ? h("table", { class: "list" },
          h("thead", {}, h("tr", {}, h("th", {}, t.params), h("th", {}, "in"), h("th", {}, "type"), h("th", {}, ""))),
          h("tbody", {}, op.parameters.map((p) => h("tr", {},
            h("td", {}, h("code", {}, p.name)), h("td", {}, p.in), h("td", {}, schemaText(p.schema)),
            h("td", {}, [p.required ? t.required : "", p.description || p.schema?.description || ""].filter(Boolean).join(" — ")))))) : null));
    }
  }
  main.replaceChildren(h("h1", {}, t.apiTitle),
    h("p", {}, t.apiIntro, " ", h("a", { href: "/api/openapi.json" }, "/api/openapi.json")), ...items);
}
