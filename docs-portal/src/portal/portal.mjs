// Build steps of the FaceID documentation portal, run by docs-portal/pom.xml with the machine's Node.js.
// No npm dependencies: it reads and writes the JSON form of the bundled contract.
//
//   node portal.mjs spec --contract <faceid-openapi jar or classes dir> --jar-tool <JDK jar> --pages <dir>
//                        [--include <page-slug>=<file>]... --root <repo root> --site <dir> --out <portal spec>
//       Takes the bundle out of the contract's jar (with the JDK's jar tool, into a folder beside --out),
//       copies it unmodified (yaml, json) into the site folder and writes a portal-only copy of it:
//       every docs-portal/pages/NN-<slug>.md becomes a Redoc tag with x-traitTag (title: the page's first
//       "# " line), grouped before the API tags with x-tagGroups (Guides / API). An --include replaces the
//       body of page <slug> by the file's content when that file exists (the page itself is the fallback).
//       Display only: where a request schema combines independent variant groups (a oneOf and a oneOf in
//       allOf, D-53),
//       Redoc offers their combinations under the last group's names alone ("VerifyMegLiveImage (5)"), so
//       the copy spells the combinations out, each titled "<group 1 title> + <group 2 title>".
//       The copy's first server is the sandbox serving the page (a relative URL), marked as the sandbox.
//
//   node portal.mjs finish --html <index.html>
//       Redoc 3 loads its "API docs by Redocly" logo from cdn.redoc.ly; the page must load nothing from the
//       network, so the logo URLs in the inlined script are replaced by an inline SVG of the same wordmark.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const BUNDLE_ENTRY = 'META-INF/faceid/openapi/faceid-openapi';

function fail(message) {
  console.error(`portal: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const args = { include: [] };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    const value = argv[i + 1];
    if (value === undefined) fail(`missing value after ${argv[i]}`);
    if (key === 'include') args.include.push(value);
    else args[key] = value;
  }
  return args;
}

// The contract arrives as the faceid-openapi dependency: its jar, or its classes directory when the reactor
// has not packaged it yet (e.g. `mvnw test`). Returns the directory that holds faceid-openapi.{json,yaml}.
function contractDir(contract, jarTool, work) {
  if (!fs.existsSync(contract)) fail(`contract not found: ${contract}`);
  if (fs.statSync(contract).isDirectory()) return path.join(contract, path.dirname(BUNDLE_ENTRY));
  fs.mkdirSync(work, { recursive: true });
  execFileSync(jarTool, ['xf', path.resolve(contract), `${BUNDLE_ENTRY}.json`, `${BUNDLE_ENTRY}.yaml`],
    { cwd: work, stdio: 'inherit' });
  return path.join(work, path.dirname(BUNDLE_ENTRY));
}

function readPages(dir, includes, root) {
  const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((file) => {
    const slug = file.replace(/^\d+-/, '').replace(/\.md$/, '');
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const match = text.match(/^# (.+)\r?\n/);
    if (!match) fail(`${file} must start with a "# Title" line`);
    return { slug, title: match[1].trim(), body: text.slice(match[0].length).trim() };
  });
  for (const include of includes) {
    const [slug, file] = include.split(/=(.*)/s);
    const page = pages.find((p) => p.slug === slug);
    if (!page) fail(`--include ${slug}: no page ${slug} in ${dir}`);
    if (!fs.existsSync(file)) {
      console.log(`portal: ${file} does not exist; page "${page.title}" keeps its own text`);
      continue;
    }
    const included = fs.readFileSync(file, 'utf8').replace(/^# .+\r?\n/, '').trim();
    const shown = path.relative(root, file).split(path.sep).join('/');
    page.body = `*Included at build time from \`${shown}\`.*\n\n${included}`;
    console.log(`portal: page "${page.title}" includes ${shown}`);
  }
  return pages;
}

function addGuides(spec, pages) {
  const apiTags = (spec.tags ?? []).map((t) => t.name);
  for (const page of pages) {
    if (apiTags.includes(page.slug)) fail(`page ${page.slug} has the name of an API tag`);
  }
  spec.tags = [
    ...pages.map((p) => ({ name: p.slug, 'x-displayName': p.title, 'x-traitTag': true, description: p.body })),
    ...(spec.tags ?? []),
  ];
  spec['x-tagGroups'] = [
    { name: 'Guides', tags: pages.map((p) => p.slug) },
    ...(spec['x-tagGroups'] ?? [{ name: 'API', tags: apiTags }]),
  ];
}

// oneOf: A, allOf: [{oneOf: B}, ...rest] (D-53), or allOf: [{oneOf: A}, {oneOf: B}, ...rest]
//   ->  allOf: [...rest], oneOf: [A1+B1, A1+B2, ...]: the same set of valid documents, with one titled
// alternative per combination.
function spellOutVariantCombinations(spec) {
  const resolve = (s) => (s.$ref ? spec.components.schemas[s.$ref.split('/').pop()] : s);
  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
    const isGroup = (m) => Array.isArray(m.oneOf) && Object.keys(m).length === 1;
    const groups = [...(schema.oneOf ? [schema.oneOf] : []), ...(schema.allOf ?? []).filter(isGroup).map((m) => m.oneOf)];
    if (groups.length < 2) continue;
    let combinations = [[]];
    for (const group of groups) combinations = combinations.flatMap((c) => group.map((v) => [...c, v]));
    schema.oneOf = combinations.map((variants) => ({
      title: variants.map((v) => resolve(v).title ?? '?').join(' + '),
      description: variants.map((v) => resolve(v).description ?? '').filter(Boolean).join('\n\n'),
      allOf: variants,
    }));
    schema.allOf = schema.allOf.filter((m) => !isGroup(m));
    if (schema.allOf.length === 0) delete schema.allOf;
    console.log(`portal: ${name}: ${groups.map((g) => g.length).join(' x ')} variants shown as ${combinations.length} combinations`);
  }
}

// The portal is served by the sandbox (/docs/), so its first server is the sandbox serving the page: a URL
// relative to the page, which Redoc resolves against the page's own origin.
const SANDBOX_SERVER = {
  url: '/',
  description: 'FaceID sandbox serving this page: this toolkit\'s test server, with synthetic answers; not the FaceID'
    + ' service. (Opened as a file, the page has no sandbox behind it: start one with the README\'s run command.)',
};

function addSandboxServer(spec) {
  spec.servers = [SANDBOX_SERVER, ...(spec.servers ?? [])];
  spec.info.description = '**Try it**: [try-it.html](try-it.html) sends any documented example, edited or not, files'
    + ' included, to the FaceID sandbox serving this page (a test server with synthetic answers, not the FaceID'
    + ' service).\n\n' + (spec.info.description ?? '');
}

function spec(args) {
  const dir = contractDir(args.contract, args['jar-tool'], path.join(path.dirname(args.out), 'contract'));
  fs.mkdirSync(args.site, { recursive: true });
  for (const ext of ['json', 'yaml']) {
    fs.copyFileSync(path.join(dir, `faceid-openapi.${ext}`), path.join(args.site, `faceid-openapi.${ext}`));
  }
  const doc = JSON.parse(fs.readFileSync(path.join(dir, 'faceid-openapi.json'), 'utf8'));
  // The "try it" page and its script, beside the reference (served by the sandbox at /docs/try-it.html).
  const tryIt = new URL('./try-it/', import.meta.url);
  for (const file of ['try-it.html', 'try-it.js']) {
    fs.copyFileSync(new URL(file, tryIt), path.join(args.site, file));
  }
  addGuides(doc, readPages(args.pages, args.include, args.root));
  spellOutVariantCombinations(doc);
  addSandboxServer(doc);
  fs.mkdirSync(path.dirname(args.out), { recursive: true });
  fs.writeFileSync(args.out, JSON.stringify(doc, null, 2));
  console.log(`portal: wrote ${args.out}`);
}

const LOGO_URLS = ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', 'https://cdn.redoc.ly/redoc/logo-mini.svg'];
// Percent-encoded SVG: safe inside the JavaScript template literal that held the URL (no backtick, no "${").
const LOGO_SVG = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='52' height='14'%3E"
  + "%3Ctext x='0' y='11' font-family='sans-serif' font-size='11' font-weight='bold' fill='%23555'%3ERedocly"
  + '%3C/text%3E%3C/svg%3E';

function finish(args) {
  let html = fs.readFileSync(args.html, 'utf8');
  for (const url of LOGO_URLS) {
    const count = html.split(url).length - 1;
    if (count !== 1) fail(`expected ${url} once in ${args.html}, found it ${count} times: check this step against the Redoc version`);
    html = html.replace(url, LOGO_SVG);
  }
  fs.writeFileSync(args.html, html);
  console.log(`portal: ${args.html}: Redocly logo inlined`);
}

const [command, ...rest] = process.argv.slice(2);
const steps = { spec, finish };
if (!steps[command]) fail(`usage: node portal.mjs spec|finish --option value ...`);
steps[command](parseArgs(rest));
