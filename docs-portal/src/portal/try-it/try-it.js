// "Try it" for the FaceID sandbox: builds a form for each operation of the contract the page is served with
// (faceid-openapi.json beside it), fills it from the operation's named request examples, and sends it to the
// sandbox serving the page (same origin only; the Content-Security-Policy allows nothing else).
'use strict';

const EXAMPLE_KEY = 'example-api-key';
const EXAMPLE_SECRET = 'example-api-secret';
const $ = (id) => document.getElementById(id);
let spec;
let photos = [];          // [{label, url}]: the sandbox's documented test photos
let current;              // the operation shown: {method, path, op, fields, groups}

function resolve(node) {
  let n = node;
  while (n && n.$ref) n = n.$ref.replace(/^#\//, '').split('/').reduce((o, k) => o[k.replace(/~1/g, '/')], spec);
  return n;
}

function operations() {
  const list = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (op.operationId) list.push({ method: method.toUpperCase(), path, op });
    }
  }
  return list;
}

// Fields of a form body: every property of the request schema, and the variant groups (the schema's oneOf and
// each oneOf inside its allOf), each alternative with the field that selects it and the fields it reads.
function formModel(op) {
  const schema = resolve(op.requestBody.content['multipart/form-data'].schema);
  const fields = Object.entries(schema.properties).map(([name, p]) => {
    const s = resolve(p);
    return { name, schema: s, file: s.format === 'binary', required: (schema.required || []).includes(name) };
  });
  const groups = [schema.oneOf, ...(schema.allOf || []).map((m) => m.oneOf)].filter(Boolean).map((alternatives) =>
    alternatives.map(resolve).map((alt) => {
      const selector = Object.entries(alt.properties).find(([n, p]) => (resolve(p).enum || []).length === 1
        && (alt.required || []).includes(n));
      return { title: alt.title, selector: selector[0], value: resolve(selector[1]).enum[0],
        reads: Object.keys(alt.properties), requires: alt.required || [] };
    }));
  return { fields, groups };
}

function queryModel(op) {
  return { fields: (op.parameters || []).map(resolve).filter((p) => p.in === 'query').map((p) => ({
    name: p.name, schema: resolve(p.schema), file: false, required: !!p.required, description: p.description,
    example: p.example !== undefined ? p.example : Object.values(p.examples || {}).map((e) => resolve(e).value)[0],
  })), groups: [] };
}

function examplesOf(op) {
  if (op.requestBody) {
    const examples = op.requestBody.content['multipart/form-data'].examples || {};
    return Object.entries(examples).map(([name, e]) => ({ name, summary: resolve(e).summary, value: resolve(e).value }));
  }
  const value = {};
  current.fields.forEach((f) => { if (f.example !== undefined) value[f.name] = String(f.example); });
  return [{ name: 'documented', summary: 'The documented parameter examples', value }];
}

function row(field) {
  const label = document.createElement('label');
  label.className = 'row';
  label.dataset.field = field.name;
  const send = document.createElement('input');
  send.type = 'checkbox';
  send.className = 'send';
  send.title = 'send this field';
  const name = document.createElement('span');
  name.className = 'name';
  name.textContent = field.name;
  let input;
  if (field.file) {
    input = document.createElement('div');
    input.className = 'file';
    const photo = document.createElement('select');
    photo.className = 'photo';
    photos.forEach((p) => photo.add(new Option(p.label, p.url)));
    photo.add(new Option('(a file of my own, right)', ''));
    const upload = document.createElement('input');
    upload.type = 'file';
    upload.className = 'upload';
    input.append(photo, upload);
  } else if (field.schema.enum) {
    input = document.createElement('select');
    input.className = 'value';
    field.schema.enum.forEach((v) => input.add(new Option(String(v), String(v))));
  } else {
    input = document.createElement('input');
    input.type = 'text';
    input.className = 'value';
    input.placeholder = field.schema.default !== undefined ? `default ${field.schema.default}` : '';
  }
  input.addEventListener('change', () => { send.checked = true; markRead(); });
  input.addEventListener('input', () => { send.checked = true; });
  const note = document.createElement('span');
  note.className = 'note';
  const description = (field.description || field.schema.description || '').split('\n')[0];
  note.innerHTML = '<span class="req"></span> ';
  note.append(description.slice(0, 200));
  label.append(send, name, input, note);
  return label;
}

function fieldRow(name) {
  return document.querySelector(`#fields [data-field="${name}"]`);
}

function valueOf(name) {
  const r = fieldRow(name);
  const v = r && r.querySelector('.value');
  return r && r.querySelector('.send').checked && v ? v.value : undefined;
}

function setValue(name, value) {
  const r = fieldRow(name);
  if (!r) return;
  r.querySelector('.send').checked = value !== undefined;
  const v = r.querySelector('.value');
  if (v && value !== undefined) v.value = value;
  if (!v && value !== undefined) r.querySelector('.note').dataset.example = value;
}

// Marks what each field is with the alternatives chosen: required, required by a choice, or not read at all.
function markRead() {
  const chosen = current.groups.map((g) => g.find((alt) => valueOf(alt.selector) === alt.value)).filter(Boolean);
  for (const field of current.fields) {
    const r = fieldRow(field.name);
    const readers = current.groups.flat().filter((alt) => alt.reads.includes(field.name) && alt.selector !== field.name);
    const requiredBy = chosen.find((alt) => alt.requires.includes(field.name) && alt.selector !== field.name);
    const unread = readers.length > 0 && !readers.some((alt) => chosen.includes(alt));
    r.classList.toggle('unread', unread);
    r.querySelector('.req').textContent = field.required ? 'required'
      : requiredBy ? `required for ${requiredBy.selector}=${requiredBy.value}`
        : unread ? `only read for ${readers.map((a) => `${a.selector}=${a.value}`).join(' or ')}` : 'optional';
  }
}

function showOperation() {
  const [method, path] = $('operation').value.split(' ');
  const found = operations().find((o) => o.method === method && o.path === path);
  current = { ...found, ...(found.op.requestBody ? formModel(found.op) : queryModel(found.op)) };
  $('fields').replaceChildren(...current.fields.map(row));
  $('sign').hidden = !current.fields.some((f) => f.name === 'sign');
  const example = $('example');
  example.replaceChildren(new Option('(empty form)', ''));
  examplesOf(current.op).forEach((e) => example.add(new Option(`${e.name}: ${e.summary || ''}`, e.name)));
  example.selectedIndex = example.options.length > 1 ? 1 : 0;
  applyExample();
}

async function applyExample() {
  const chosen = examplesOf(current.op).find((e) => e.name === $('example').value);
  $('summary').textContent = chosen ? (chosen.summary || '') : 'Empty form: tick the fields to send.';
  for (const field of current.fields) setValue(field.name, chosen ? chosen.value[field.name] : undefined);
  if (!chosen) {
    setValue('api_key', fieldRow('api_key') ? EXAMPLE_KEY : undefined);
    setValue('api_secret', fieldRow('api_secret') ? EXAMPLE_SECRET : undefined);
  }
  if (fieldRow('sign')) {
    setValue('sign_version', 'hmac_sha1');
    await computeSign();
  }
  markRead();
}

// The sign of the vendor's app authentication guide (see the portal's signing guide).
async function computeSign() {
  const key = $('signKey').value, secret = $('signSecret').value;
  const now = Math.floor(Date.now() / 1000);
  const random = String(Math.floor(Math.random() * 4294967295));
  const raw = `a=${key}&b=${now + 300}&c=${now}&d=${random}`;
  const hmacKey = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret),
    { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', hmacKey, new TextEncoder().encode(raw)));
  const bytes = new Uint8Array([...mac, ...new TextEncoder().encode(raw)]);
  setValue('sign', btoa(String.fromCharCode(...bytes)));
  $('signRaw').textContent = `raw: ${raw}`;
}

async function send() {
  $('status').textContent = 'sending…';
  $('headers').textContent = '';
  $('body').textContent = '';
  const init = { method: current.method };
  let url = current.path;
  const chosen = current.fields.filter((f) => fieldRow(f.name).querySelector('.send').checked);
  if (current.method === 'GET') {
    const query = new URLSearchParams();
    chosen.forEach((f) => query.append(f.name, fieldRow(f.name).querySelector('.value').value));
    url += `?${query}`;
  } else {
    const form = new FormData();
    for (const f of chosen) {
      const r = fieldRow(f.name);
      if (f.file) {
        const upload = r.querySelector('.upload').files[0];
        const photo = r.querySelector('.photo').value;
        if (upload) form.append(f.name, upload, upload.name);
        else if (photo) form.append(f.name, await (await fetch(photo)).blob(), photo.split('/').pop());
      } else {
        form.append(f.name, r.querySelector('.value').value);
      }
    }
    init.body = form;
  }
  try {
    const response = await fetch(url, init);
    const text = await response.text();
    $('status').textContent = `${response.status} ${response.statusText}`.trim();
    $('headers').textContent = [...response.headers].map(([k, v]) => `${k}: ${v}`).join('\n');
    try { $('body').textContent = JSON.stringify(JSON.parse(text), null, 2); } catch { $('body').textContent = text; }
  } catch (e) {
    $('status').textContent = `not sent: ${e.message}`;
  }
}

function offline() {
  $('offline').style.display = 'block';
  $('send').disabled = true;
}

async function start() {
  $('origin').textContent = location.origin;
  $('signKey').value = EXAMPLE_KEY;
  $('signSecret').value = EXAMPLE_SECRET;
  if (location.protocol === 'file:') { offline(); return; }
  try {
    spec = await (await fetch('faceid-openapi.json')).json();
    const fixtures = await (await fetch('/sandbox/fixtures')).json();
    photos = [...fixtures.identities.map((i) => ({ label: `portrait of ${i.idcard_name} (${i.data_source})`, url: i.photo })),
      ...fixtures.test_images.map((t) => ({ label: `test image: ${t.meaning}`, url: t.image }))];
  } catch (e) {
    offline();
    return;
  }
  operations().forEach((o) => $('operation').add(new Option(`${o.method} ${o.path} (${o.op.operationId})`,
    `${o.method} ${o.path}`)));
  $('operation').addEventListener('change', showOperation);
  $('example').addEventListener('change', applyExample);
  $('computeSign').addEventListener('click', computeSign);
  $('send').addEventListener('click', send);
  showOperation();
}

start();
