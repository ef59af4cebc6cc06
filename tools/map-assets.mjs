#!/usr/bin/env node
// Builds the map's shipped files from the npm packages pinned in package.json: Leaflet, its marker
// clusters, topojson-client, and the boundaries (es-atlas: municipalities of Spain from the IGN, keeping
// Catalonia's 947 with comarques and provinces merged from them; world-atlas: Natural Earth's countries).
// The results are committed in portal-web, so that building the portal needs only Maven.
//   node tools/map-assets.mjs          writes them
//   node tools/map-assets.mjs --check  fails when a committed file differs from what npm gives (bin/test)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const modules = path.join(root, 'node_modules');
const out = path.join(root, 'portal-web/src/main/webapp/resources');
const check = process.argv.includes('--check');
const { topology } = require('topojson-server');
const { feature, mergeArcs, quantize } = require('topojson-client');

const files = new Map();
const text = (p) => fs.readFileSync(path.join(modules, p), 'utf8');
// source maps are not shipped: drop the comment that points to them
const script = (p) => text(p).replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');

files.set('vendor/leaflet/leaflet.js', script('leaflet/dist/leaflet.js'));
files.set('vendor/leaflet/leaflet.css', text('leaflet/dist/leaflet.css'));
files.set('vendor/leaflet/LICENSE', text('leaflet/LICENSE'));
files.set('vendor/leaflet.markercluster/leaflet.markercluster.js', script('leaflet.markercluster/dist/leaflet.markercluster.js'));
files.set('vendor/leaflet.markercluster/MarkerCluster.css', text('leaflet.markercluster/dist/MarkerCluster.css'));
files.set('vendor/leaflet.markercluster/LICENSE', text('leaflet.markercluster/MIT-LICENCE.txt'));
files.set('vendor/topojson-client/topojson-client.min.js', script('topojson-client/dist/topojson-client.min.js'));
files.set('vendor/topojson-client/LICENSE', text('topojson-client/LICENSE'));

// municipality -> comarca and province, from the portal's own reference data (Idescat)
const comarcaOf = new Map();
const csv = fs.readFileSync(path.join(root, 'portal-ejb/src/main/resources/reference/municipis_catalunya.csv'), 'utf8');
for (const line of csv.trim().split('\n').slice(1)) {
  const c = [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]);
  comarcaOf.set(c[0], { comarca: c[5], province: c[7] });
}

const es = JSON.parse(text('es-atlas/es/municipalities.json'));
const all = feature(es, es.objects.municipalities);
const catalan = all.features.filter((f) => comarcaOf.has(f.id));
if (catalan.length !== comarcaOf.size) {
  throw new Error(`es-atlas has ${catalan.length} of the ${comarcaOf.size} municipalities of Catalonia`);
}
let topo = topology({
  municipalities: {
    type: 'FeatureCollection',
    features: catalan.map((f) => ({ type: 'Feature', id: f.id, properties: { name: f.properties.name }, geometry: f.geometry })),
  },
});
// es-atlas is already simplified; a grid of 10,000 steps (about 25 m here) keeps the file small
topo = quantize(topo, 1e4);
const geometries = topo.objects.municipalities.geometries;
const merged = (key) => {
  const groups = new Map();
  for (const g of geometries) {
    const k = comarcaOf.get(g.id)[key];
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(g);
  }
  return {
    type: 'GeometryCollection',
    geometries: [...groups.keys()].sort().map((k) => ({ ...mergeArcs(topo, groups.get(k)), id: k })),
  };
};
topo.objects.comarques = merged('comarca');
topo.objects.provinces = merged('province');
for (const g of geometries) {
  g.properties = { name: g.properties.name };
}
files.set('map/catalonia.json', JSON.stringify(topo));

const world = JSON.parse(text('world-atlas/countries-110m.json'));
files.set('map/world.json', JSON.stringify(world));

// Drawings for the small "where it is" maps of sheet and body pages, drawn without JavaScript: the page puts a
// dot on them at x = (lon - west) * k * cos(middle latitude), y = (north - lat) * k, as data-projection says.
function svg(features, west, north, east, south, width, className) {
  const cos = Math.cos(((north + south) / 2) * Math.PI / 180);
  const k = width / ((east - west) * cos);
  const height = Math.round((north - south) * k);
  const point = ([lon, lat]) => `${((lon - west) * k * cos).toFixed(1)} ${((north - lat) * k).toFixed(1)}`;
  // a ring across the antimeridian (Russia, Fiji) is drawn east of it, where the view cuts it
  const ring = (r) => {
    const across = r.some((c, i) => i > 0 && Math.abs(c[0] - r[i - 1][0]) > 180);
    return 'M' + r.map(([lon, lat]) => point([across && lon < 0 ? lon + 360 : lon, lat])).join('L') + 'Z';
  };
  const paths = features.map((f) => {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    return `<path d="${polys.map((p) => p.map(ring).join('')).join('')}"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"`
    + ` data-projection="${west} ${north} ${k} ${cos}">`
    + `<g class="${className}" fill="#eef1f4" stroke="#5d6b7a" stroke-width="${className === 'world' ? 0.3 : 0.6}" stroke-linejoin="round">`
    + paths.join('') + '</g></svg>\n';
}
files.set('map/catalonia.svg', svg(feature(topo, topo.objects.comarques).features, 0.1, 42.9, 3.4, 40.5, 320, 'catalonia'));
files.set('map/world.svg', svg(feature(world, world.objects.countries).features.filter((f) => f.id !== '010'), -180, 84, 180, -60, 720, 'world'));
files.set('map/ATTRIBUTION.txt', [
  'Boundaries shipped with the portal',
  '',
  'catalonia.json: the 947 municipalities of Catalonia, from es-atlas ' + version('es-atlas') + ' (npm),',
  'made from the Instituto Geográfico Nacional (IGN), CNIG, Equipamiento Geográfico de Referencia Nacional,',
  'licence CC BY 4.0 (scne.es / ign.es). Quantised, with comarques and provinces merged from the municipalities',
  'by the portal (tools/map-assets.mjs) after Idescat\'s municipality codes.',
  '',
  'world.json: countries at 1:110m from world-atlas ' + version('world-atlas') + ' (npm), made from Natural Earth',
  '(public domain).',
  '',
].join('\n'));

function version(pkg) {
  return JSON.parse(text(pkg + '/package.json')).version;
}


let differs = 0;
for (const [name, content] of files) {
  const target = path.join(out, name);
  if (check) {
    if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== content) {
      console.error(`differs from the npm packages: ${path.relative(root, target)} (run: node tools/map-assets.mjs)`);
      differs++;
    }
  } else {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
    console.log(`${path.relative(root, target)}: ${content.length} bytes`);
  }
}
if (differs) {
  process.exit(1);
}
