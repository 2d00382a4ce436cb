/**
 * Maps drawn at build time as SVG numbers (no tiles, nothing from the
 * network): a world overview of every located place, and a locator per place.
 * World outline: Natural Earth 1:110m via world-atlas (public domain).
 * The templates print the names (escaped); this module only makes geometry.
 *
 * The world is projected once (Equal Earth). A place page does not repeat
 * it: its locator is a window (viewBox) onto the shared /assets/world.svg,
 * referenced with <use>, plus one marker. Drawing a globe per place cost
 * milliseconds and ~10 KB of path data per page, and most of the build's
 * memory on archives with thousands of places.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { geoEqualEarth, geoGraticule10, geoPath, type GeoProjection } from "d3-geo";
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

function draw(projection: GeoProjection, id: string, title: string, width: number, height: number, places: Located[], radius: (p: Located) => number): MapView {
  const { land, borders } = loadWorld();
  const path = geoPath(projection).digits(1);
  const markers: MapMarker[] = [];
  for (const p of places) {
    const xy = projection([p.lon, p.lat]);
    if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) continue;
    markers.push({ name: p.name, url: p.url, x: round(xy[0]), y: round(xy[1]), r: round(radius(p)), count: p.count });
  }
  // Bigger dots first, so small ones stay visible and clickable on top.
  markers.sort((a, b) => b.r - a.r);
  return { id, title, width, height, sphere: path({ type: "Sphere" }) ?? "", land: path(land) ?? "", borders: path(borders) ?? "", graticule: path(geoGraticule10()) ?? "", markers };
}

/** Every located place on one Equal Earth world map; dot area grows with the article count. */
export function overviewMap(places: Located[]): MapView {
  const { width, height } = WORLD;
  const projection = projectWorld();
  const most = Math.max(1, ...places.map((p) => p.count));
  return draw(projection, "overview-map", `Map of ${places.length} places in the archive`, width, height, places, (p) => 3 + 9 * Math.sqrt(p.count / most));
}

/** The shared world: one projection for the overview, the locators and /assets/world.svg. */
const WORLD = { width: 960, height: 470 };
let worldProjection: GeoProjection | null = null;
function projectWorld(): GeoProjection {
  worldProjection ??= geoEqualEarth().fitExtent([[8, 8], [WORLD.width - 8, WORLD.height - 8]], { type: "Sphere" });
  return worldProjection;
}

/** Where the shared world drawing is published, under the site root. */
export const WORLD_ASSET = "/assets/world.svg";

export interface LocatorView {
  id: string;
  title: string;
  /** A window onto the shared world, centred on the place where the edges allow. */
  viewBox: string;
  width: number;
  height: number;
  marker: { x: number; y: number; r: number };
}

/** A window of the shared world map around one place, with its marker. */
export function locatorMap(place: Located, id = "locator-map"): LocatorView | null {
  const xy = projectWorld()([place.lon, place.lat]);
  if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) return null;
  const width = 320;
  const height = 200;
  const clamp = (v: number, max: number) => Math.min(Math.max(v, 0), max);
  const x = clamp(xy[0] - width / 2, WORLD.width - width);
  const y = clamp(xy[1] - height / 2, WORLD.height - height);
  return { id, title: `Map showing where ${place.name} lies`, viewBox: `${round(x)} ${round(y)} ${width} ${height}`, width, height, marker: { x: round(xy[0]), y: round(xy[1]), r: 5 } };
}

/**
 * The shared world as a standalone SVG. Its colours are CSS custom
 * properties with fallbacks: they inherit from the page through <use>, so
 * the dark theme reaches the map.
 */
export function worldSvg(): string {
  const { land, borders } = loadWorld();
  const p = geoPath(projectWorld()).digits(1);
  const style = ".sea{fill:var(--sea,#dde8f0)}.graticule{fill:none;stroke:var(--fg,#222);stroke-opacity:.08;stroke-width:.5}.land{fill:var(--land,#c9c4b8)}.borders{fill:none;stroke:var(--bg,#fff);stroke-width:.4}";
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WORLD.width} ${WORLD.height}"><style>${style}</style><g id="world"><path class="sea" d="${p({ type: "Sphere" })}"/><path class="graticule" d="${p(geoGraticule10())}"/><path class="land" d="${p(land)}"/><path class="borders" d="${p(borders)}"/></g></svg>\n`;
}

export async function writeWorldAsset(outDir: string): Promise<void> {
  const file = path.join(outDir, WORLD_ASSET.slice(1));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, worldSvg());
}
