// AIGC platform console: plain JavaScript against the gateway's public API, no build step.
'use strict';

const VERTICALS = ['games', 'marketing', 'media', 'ecommerce', 'health', 'finance'];
const KEY = 'aigc.apiKey';
const $ = (id) => document.getElementById(id);
let tasks = [];

function apiKey() { return sessionStorage.getItem(KEY); }

async function api(path, options = {}) {
  const headers = Object.assign({ Authorization: 'Bearer ' + apiKey() }, options.headers || {});
  const response = await fetch(path, Object.assign({}, options, { headers }));
  if (response.status === 401) { signOut('Your key was refused (revoked or invalid).'); }
  const type = response.headers.get('content-type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const detail = body && body.detail ? body.detail : response.statusText;
    const fields = body && body.errors ? ' — ' + body.errors.map((e) => e.field + ': ' + e.message).join('; ') : '';
    throw new Error(response.status + ' ' + detail + fields);
  }
  return body;
}

function text(tag, content, attrs = {}) {
  const element = document.createElement(tag);
  element.textContent = content == null ? '' : String(content);
  Object.entries(attrs).forEach(([k, v]) => element.setAttribute(k, v));
  return element;
}

// ---- pages and sign-in ----
function show(page) {
  document.querySelectorAll('.page').forEach((p) => { p.hidden = p.id !== 'page-' + page; });
  document.querySelectorAll('nav a[data-page]').forEach((a) => a.classList.toggle('active', a.dataset.page === page));
}

function route() {
  if (!apiKey()) { $('nav').hidden = true; show('signin'); return; }
  $('nav').hidden = false;
  const page = (location.hash.replace('#/', '') || 'try');
  show(page);
  if (page === 'jobs') loadJobs().catch((e) => alert(e.message));
  if (page === 'usage') loadUsage().catch((e) => { $('usage-total').textContent = e.message; });
}

function signOut(message) {
  sessionStorage.removeItem(KEY);
  $('signin-error').textContent = message || '';
  location.hash = '';
  route();
}

$('signin-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  sessionStorage.setItem(KEY, $('api-key').value.trim());
  try {
    await api('/api/v1/jobs?limit=1');
    $('signin-error').textContent = '';
    $('api-key').value = '';
    location.hash = '#/try';
    route();
    loadTasks();
  } catch (e) {
    signOut('Sign-in failed: ' + e.message);
  }
});
$('sign-out').addEventListener('click', () => signOut());
window.addEventListener('hashchange', route);

// ---- tasks and the form generated from the input schema ----
// Only the latest load renders (an earlier, slower answer must not replace the form the user is filling in), and the
// form is marked aria-busy while a load is in flight.
let taskLoads = 0;
let tasksVertical = null;

async function loadTasks() {
  const vertical = $('vertical').value;
  const load = ++taskLoads;
  tasksVertical = vertical;
  $('task-form').setAttribute('aria-busy', 'true');
  $('try-error').textContent = '';
  let loaded;
  try {
    loaded = await api('/api/v1/' + vertical + '/tasks');
  } catch (e) {
    loaded = [];
    if (load === taskLoads) {
      $('try-error').textContent = 'Could not load tasks: ' + e.message;
      tasksVertical = null; // selecting the industry again tries again
    }
  }
  if (load !== taskLoads) return;
  tasks = loaded;
  $('task').replaceChildren(...tasks.map((t) => text('option', t.name, { value: t.name })));
  renderForm();
  $('task-form').removeAttribute('aria-busy');
}

function renderForm() {
  const task = tasks.find((t) => t.name === $('task').value);
  $('task-description').textContent = task ? task.description || '' : '';
  const schema = (task && task.inputSchema) || { properties: {} };
  const required = new Set(schema.required || []);
  const fields = Object.entries(schema.properties || {}).map(([name, prop]) => field(name, prop, required.has(name)));
  $('fields').replaceChildren(...fields);
}

function field(name, prop, required) {
  const label = text('label', prop.title || name);
  if (required) label.classList.add('required');
  let input;
  if (Array.isArray(prop.enum)) {
    input = document.createElement('select');
    prop.enum.forEach((v) => input.append(text('option', v, { value: v })));
  } else if (prop.type === 'boolean') {
    input = document.createElement('input');
    input.type = 'checkbox';
  } else if (prop.type === 'integer' || prop.type === 'number') {
    input = document.createElement('input');
    input.type = 'number';
    if (prop.minimum != null) input.min = prop.minimum;
    if (prop.maximum != null) input.max = prop.maximum;
    if (prop.type === 'number') input.step = 'any';
  } else if (prop.type === 'string' && (prop.maxLength || 1000) <= 120) {
    input = document.createElement('input');
    if (prop.maxLength) input.maxLength = prop.maxLength;
  } else {
    input = document.createElement('textarea');
    input.placeholder = prop.type === 'string' ? '' : 'JSON, e.g. ' + (prop.type === 'array' ? '["a", "b"]' : '{}');
  }
  input.name = name;
  input.dataset.type = prop.type || 'string';
  input.required = required && prop.type !== 'boolean';
  if (prop.description) input.title = prop.description;
  if (prop.default != null) input.value = prop.default;
  label.append(input);
  return label;
}

function formInput() {
  const input = {};
  $('fields').querySelectorAll('[name]').forEach((el) => {
    const type = el.dataset.type;
    if (type === 'boolean') { input[el.name] = el.checked; return; }
    if (el.value === '') return;
    if (type === 'integer' || type === 'number') input[el.name] = Number(el.value);
    else if (type === 'string') input[el.name] = el.value;
    else input[el.name] = JSON.parse(el.value);
  });
  return input;
}

$('vertical').replaceChildren(...VERTICALS.map((v) => text('option', v, { value: v })));
// a change event for the industry already shown (scripts, some assistive tools) keeps the form as it is
$('vertical').addEventListener('change', () => { if ($('vertical').value !== tasksVertical) loadTasks(); });
$('task').addEventListener('change', renderForm);

// ---- submit, then watch the job's event stream (fetch, so the key travels in a header) ----
$('task-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('try-error').textContent = '';
  let body;
  try {
    body = { task: $('task').value, input: formInput(), options: { locale: $('locale').value || undefined, stream: true } };
  } catch (e) {
    $('try-error').textContent = 'A field holds invalid JSON: ' + e.message;
    return;
  }
  try {
    const job = await api('/api/v1/' + $('vertical').value + '/generations', {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify(body),
    });
    showJob(job);
    $('job-output').textContent = '';
    watch(job.id).catch(() => poll(job.id));
  } catch (e) {
    $('try-error').textContent = e.message;
  }
});

async function watch(id) {
  const response = await fetch('/api/v1/jobs/' + id + '/events', {
    headers: { Authorization: 'Bearer ' + apiKey(), Accept: 'text/event-stream' },
  });
  if (!response.ok || !response.body) throw new Error('no stream');
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let finished = false;
  while (!finished) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const raw = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const name = (raw.match(/^event:\s*(.*)$/m) || [])[1] || 'message';
      const data = raw.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trimStart()).join('\n');
      if (name === 'chunk') $('job-output').textContent += JSON.parse(data).delta || '';
      if (name === 'status' || name === 'result') showJob(JSON.parse(data));
      if (name === 'result') finished = true;
      if (finished) break;
      if (name === 'error') throw new Error(JSON.parse(data).detail);
    }
  }
  if (!finished) throw new Error('stream ended early');
  // the result is the last event: do not depend on how soon the server's end of the stream arrives
  reader.cancel().catch(() => {});
  showCostWhenMetered(id);
}

// The metered cost is on the job resource, not in the stream, and the usage event may be recorded after the result:
// refresh until it shows (a job whose result carries token usage always gets a cost), for at most half a minute.
async function showCostWhenMetered(id) {
  for (let attempt = 0; attempt < 30; attempt++) {
    await new Promise((r) => setTimeout(r, 1000));
    const job = await api('/api/v1/jobs/' + id).catch(() => null);
    // the stream's result comes from this replica's waiter, the stored job from the shared results consumer, which
    // may lag behind: a job still PENDING here is not shown (it would turn the page back) and is asked again
    if (!job || job.status === 'PENDING') continue;
    showJob(job);
    if (job.cost != null || !job.result || !job.result.usage) return;
  }
}

async function poll(id) {
  for (let i = 0; i < 120; i++) {
    const job = await api('/api/v1/jobs/' + id);
    showJob(job);
    if (job.status !== 'PENDING') {
      if (job.cost == null) showCostWhenMetered(id);
      return;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

function showJob(job) {
  $('job').hidden = false;
  $('job-id').textContent = job.id;
  $('job-status').textContent = job.status;
  const result = job.result;
  if (!result) return;
  if (result.content != null) $('job-output').textContent = result.content;
  else if (result.output != null) $('job-output').textContent = JSON.stringify(result.output, null, 2);
  const details = [];
  const add = (k, v) => { if (v != null && v !== '') details.push(text('dt', k), text('dd', v)); };
  add('Model', result.model);
  add('Template version', result.templateVersion);
  if (result.usage) add('Tokens', result.usage.promptTokens + ' prompt + ' + result.usage.completionTokens + ' completion');
  add('Cost', job.cost != null ? job.cost : null);
  if (result.labels) add('AI label', result.labels.explicit || JSON.stringify(result.labels));
  add('Error', result.errorCode ? result.errorCode + ' ' + (result.reason || '') : null);
  $('job-details').replaceChildren(...details);
  const findings = result.findings || [];
  $('job-findings').hidden = findings.length === 0;
  $('job-findings').querySelector('tbody').replaceChildren(...findings.map((f) => {
    const row = document.createElement('tr');
    row.append(text('td', f.ruleId), text('td', f.action), text('td', f.message), text('td', f.source));
    return row;
  }));
}

// ---- jobs ----
async function loadJobs() {
  const list = await api('/api/v1/jobs?limit=50');
  $('jobs-table').querySelector('tbody').replaceChildren(...list.items.map((j) => {
    const row = document.createElement('tr');
    row.append(text('td', new Date(j.createdAt).toLocaleString()), text('td', j.vertical), text('td', j.task),
      text('td', j.status), text('td', j.id));
    return row;
  }));
}

// ---- usage, with an inline SVG bar chart of cost ----
async function loadUsage() {
  const report = await api('/api/v1/usage?groupBy=' + $('group-by').value);
  const items = report.items;
  $('usage-table').querySelector('tbody').replaceChildren(...items.map((i) => {
    const row = document.createElement('tr');
    row.append(text('td', i.key), text('td', i.calls), text('td', i.totalTokens), text('td', i.cost + ' ' + i.currency));
    return row;
  }));
  $('usage-total').textContent = report.totals.map((t) => 'Total: ' + t.cost + ' ' + t.currency + ', '
    + t.totalTokens + ' tokens in ' + t.calls + ' calls').join(' · ') || 'No usage in this period yet.';
  $('chart').replaceChildren(chart(items));
}

function chart(items) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 600 220');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'cost by ' + $('group-by').value);
  const max = Math.max(...items.map((i) => Number(i.cost)), 0) || 1;
  const width = items.length ? Math.min(60, 560 / items.length) : 0;
  items.forEach((item, n) => {
    const height = Math.max(1, (Number(item.cost) / max) * 170);
    const x = 20 + n * width;
    const bar = document.createElementNS(ns, 'rect');
    bar.setAttribute('x', x + 2); bar.setAttribute('y', 190 - height);
    bar.setAttribute('width', Math.max(2, width - 4)); bar.setAttribute('height', height);
    const tip = document.createElementNS(ns, 'title');
    tip.textContent = item.key + ': ' + item.cost + ' ' + item.currency;
    bar.append(tip);
    const label = document.createElementNS(ns, 'text');
    label.setAttribute('x', x + 2); label.setAttribute('y', 205);
    label.textContent = item.key.length > 10 ? item.key.slice(-5) : item.key;
    svg.append(bar, label);
  });
  return svg;
}

$('group-by').addEventListener('change', () => loadUsage().catch((e) => { $('usage-total').textContent = e.message; }));
$('csv').addEventListener('click', async () => {
  const response = await fetch('/api/v1/usage?format=csv&groupBy=' + $('group-by').value,
    { headers: { Authorization: 'Bearer ' + apiKey() } });
  const url = URL.createObjectURL(await response.blob());
  const link = text('a', '', { href: url, download: 'usage.csv' });
  link.click();
  URL.revokeObjectURL(url);
});

route();
if (apiKey()) loadTasks();
