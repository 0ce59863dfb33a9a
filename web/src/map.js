// The incident map: Leaflet over Natural Earth country boundaries (no tile server, no network),
// circle markers sized by killed (best) and coloured by event type, clustered at low zoom.
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import "leaflet.markercluster";
import "leaflet.markercluster/dist/MarkerCluster.css";
import "leaflet.markercluster/dist/MarkerCluster.Default.css";
import { feature, mesh } from "topojson-client";
import { t } from "./strings.js";
import { h } from "./dom.js";
import { get } from "./api.js";

export const TYPE_COLOURS = {
  "Protests": "#2b7bba",
  "Riots": "#e08214",
  "Battles": "#b2182b",
  "Explosions/Remote violence": "#7b3294",
  "Violence against civilians": "#d6604d",
  "Strategic developments": "#4d9221",
};
const OTHER = "#666666";
export const colour = (type) => TYPE_COLOURS[type] || OTHER;
export const radius = (killed) => Math.min(28, 6 + 2.5 * Math.sqrt(Math.max(0, killed || 0)));

// Natural Earth boundaries: 1:110m countries first (small, quick to draw); 1:50m countries and
// the admin-1 lines (states, provinces, oblasts) once zoomed in
const boundaries = {};
async function topo(file) {
  boundaries[file] = boundaries[file] || fetch(`/static/${file}.json`).then((r) => r.json());
  return boundaries[file];
}

export class IncidentMap {
  constructor(el) { this.el = el; }

  init() {
    this.map = L.map(this.el, { worldCopyJump: true, minZoom: 1, maxZoom: 12, attributionControl: true })
      .setView([45, 50], 3);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution("Boundaries: Natural Earth");
    this.cluster = L.markerClusterGroup({ chunkedLoading: true, chunkInterval: 5000, chunkDelay: 0, showCoverageOnHover: false, maxClusterRadius: 45 });
    this.map.addLayer(this.cluster);
    this.legend();
    this.basemap();
  }

  async basemap() {
    const draw = async (scale) => {
      const world = await topo(`countries-${scale}`);
      const layer = L.geoJSON(feature(world, world.objects.countries), {
        interactive: false,
        renderer: this.canvas, // thousands of vertices: canvas, not SVG nodes
        style: { color: "#9aa7b4", weight: 0.7, fillColor: "#f3f0e8", fillOpacity: 1 },
      });
      if (this.base) this.map.removeLayer(this.base);
      this.base = layer.addTo(this.map);
      this.base.bringToBack();
      this.el.dataset.basemap = scale;
    };
    this.canvas = L.canvas({ padding: 0.2 });
    try {
      await draw("110m");
      const finer = async () => {
        if (this.map.getZoom() < 4 || this.fine) return;
        this.fine = true;
        this.map.off("zoomend", finer);
        await draw("50m");
        await this.admin1();
      };
      this.map.on("zoomend", finer);
      finer();
    } catch (e) { /* the markers still work without a basemap */ }
  }

  // internal admin-1 borders only (a mesh), so coasts and country borders are not drawn twice
  async admin1() {
    const units = await topo("admin1-10m");
    const lines = mesh(units, units.objects.admin1, (a, b) => a !== b);
    this.adminLayer = L.geoJSON(lines, {
      interactive: false,
      renderer: this.canvas,
      style: { color: "#8a96a3", weight: 0.8, dashArray: "3 3", fill: false },
    }).addTo(this.map);
    this.el.dataset.admin1 = String(units.objects.admin1.geometries.length);
  }

  legend() {
    const legend = L.control({ position: "bottomleft" });
    legend.onAdd = () => h("div", { class: "legend" },
      h("strong", {}, t.legend),
      Object.entries(TYPE_COLOURS).map(([type, c]) =>
        h("div", {}, h("span", { class: "swatch", dataset: { colour: c } }), type)),
      h("div", { class: "muted" }, t.sizeNote));
    legend.addTo(this.map);
    // colours set through the CSSOM (CSP forbids style attributes, not style properties)
    for (const sw of this.el.querySelectorAll(".swatch")) sw.style.background = sw.dataset.colour;
  }

  async load(filters, note) {
    this.el.dataset.ready = "";
    const body = await get("/api/map", filters);
    const col = Object.fromEntries(body.columns.map((c, i) => [c, i]));
    this.cluster.clearLayers();
    const markers = body.rows.map((r) => {
      const m = L.circleMarker([r[col.lat], r[col.lon]], {
        radius: radius(r[col.killed]), color: "#ffffff", weight: 1, fillColor: colour(r[col.event_type]),
        fillOpacity: 0.85, className: "incident-marker",
      });
      m.bindPopup(() => popup(r, col));
      return m;
    });
    if (markers.length) {
      const b = L.latLngBounds(body.rows.map((r) => [r[col.lat], r[col.lon]]));
      this.map.fitBounds(b.pad(0.3), { maxZoom: 6, animate: false });
    }
    // chunked loading: the map stays responsive; ready once the last chunk is in
    await new Promise((resolve) => {
      this.cluster.options.chunkProgress = (done, total) => { if (done >= total) resolve(); };
      this.cluster.addLayers(markers);
      if (!markers.length) resolve();
    });
    this.el.dataset.markers = String(markers.length);
    this.el.dataset.ready = "1";
    note.textContent = t.onMap(markers.length, body.unplaced);
  }
}

function popup(r, col) {
  const killed = r[col.killed];
  return h("div", { class: "popup" },
    h("strong", {}, r[col.event_type] || ""), h("br"),
    `${r[col.location] || ""} ${r[col.country] ? "(" + r[col.country] + ")" : ""}`, h("br"),
    r[col.event_date] || "", killed != null ? ` · ${killed} ${t.killed}` : "", h("br"),
    h("a", { href: `/incidents/${r[col.id]}` }, t.openIncident));
}
