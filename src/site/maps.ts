/**
 * Maps drawn at build time as SVG numbers (no tiles, nothing from the
 * network): a world overview of every located place, and a locator globe per
 * place. World outline: Natural Earth 1:110m via world-atlas (public domain).
 * The templates print the names (escaped); this module only makes geometry.
 */
import { createRequire } from "node:module";
import { geoEqualEarth, geoGraticule10, geoOrthographic, geoPath, type GeoProjection } from "d3-geo";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export interface MapMarker {
  name: string;
  url: string;
  x: number;
  y: number;
  r: number;
  count: number;
}

export interface MapView {
  id: string;
  title: string;
  width: number;
  height: number;
  sphere: string;
  land: string;
  borders: string;
  graticule: string;
  markers: MapMarker[];
}

interface Located {
  name: string;
  url: string;
  lat: number;
  lon: number;
  count: number;
}

const require = createRequire(import.meta.url);
let world: { land: GeoJSON.FeatureCollection | GeoJSON.Feature; borders: GeoJSON.MultiLineString } | null = null;

function loadWorld() {
  if (!world) {
    const topo = require("world-atlas/countries-110m.json") as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
    world = {
      land: feature(topo, topo.objects.land),
      borders: mesh(topo, topo.objects.countries, (a, b) => a !== b),
    };
  }
  return world;
}

const round = (n: number) => Math.round(n * 10) / 10;

function draw(projection: GeoProjection, id: string, title: string, width: number, height: number, places: Located[], radius: (p: Located) => number, detail = { digits: 1, borders: true }): MapView {
  const { land, borders } = loadWorld();
  const path = geoPath(projection).digits(detail.digits);
  const markers: MapMarker[] = [];
  for (const p of places) {
    const xy = projection([p.lon, p.lat]);
    // A point on the far side of a globe is clipped: no marker for it.
    if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) continue;
    if (projection.clipAngle() && path({ type: "Point", coordinates: [p.lon, p.lat] }) == null) continue;
    markers.push({ name: p.name, url: p.url, x: round(xy[0]), y: round(xy[1]), r: round(radius(p)), count: p.count });
  }
  // Bigger dots first, so small ones stay visible and clickable on top.
  markers.sort((a, b) => b.r - a.r);
  return { id, title, width, height, sphere: path({ type: "Sphere" }) ?? "", land: path(land) ?? "", borders: detail.borders ? (path(borders) ?? "") : "", graticule: path(geoGraticule10()) ?? "", markers };
}

/** Every located place on one Equal Earth world map; dot area grows with the article count. */
export function overviewMap(places: Located[]): MapView {
  const width = 960;
  const height = 470;
  const projection = geoEqualEarth().fitExtent([[8, 8], [width - 8, height - 8]], { type: "Sphere" });
  const most = Math.max(1, ...places.map((p) => p.count));
  return draw(projection, "overview-map", `Map of ${places.length} places in the archive`, width, height, places, (p) => 3 + 9 * Math.sqrt(p.count / most));
}

/** A globe turned to face one place, with its marker. */
export function locatorMap(place: Located, id = "locator-map"): MapView {
  const size = 320;
  const projection = geoOrthographic().rotate([-place.lon, -place.lat]).fitExtent([[6, 6], [size - 6, size - 6]], { type: "Sphere" });
  // Whole pixels and no borders: a locator repeats on every place page, so it is kept small.
  return draw(projection, id, `Globe showing where ${place.name} lies`, size, size, [place], () => 6, { digits: 0, borders: false });
}
