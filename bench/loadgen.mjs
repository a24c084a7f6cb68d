// Closed-loop load client of the benchmarks (plain Node, no dependencies): N virtual users, each sends its next
// request as soon as its previous one is answered, so exactly N requests are in flight. Keep-alive connections, one
// event loop: no thread per request (a Java HttpClient version cost ~0.6 ms CPU and ~4 ms latency per request here,
// which would have been charged to the gateways).
//
// One invocation = one step (one target at one concurrency): warm-up, then a measured window. A request counts when
// it STARTED inside the window (its latency is kept even if it ends after the window); throughput = successful
// answers that ENDED inside the window / window length. CPU and RSS of the given processes are sampled from /proc
// every second during the window. Appends one JSON line to --out.
//
//   node bench/loadgen.mjs --label=pipeline --kind=pipeline --url=http://127.0.0.1:8080/api/v1/games/generations \
//     --header='Authorization: Bearer KEY' --concurrency=100 --warmup=5 --seconds=15 --fixed-ms=50 \
//     --procs=gateway:123,games:456 --out=bench/out/results.jsonl
//
// kinds: chat (OpenAI chat completion, expects 200; with --stream=true streamed, expects the body to end with
// `data: [DONE]`) and pipeline (industry generation with `Prefer: wait=60`, expects
// 200 with status COMPLETED; a 202 is polled to the final state and counted as "polled"). --series=FILE also writes
// one line per --sample-every seconds with each process's RSS (kB) and CPU ticks (the soak).
import http from 'node:http';
import fs from 'node:fs';

const opt = {};
const headers = {};
for (const a of process.argv.slice(2)) {
  const m = /^--([a-z-]+)=(.*)$/s.exec(a);
  if (!m) throw new Error(`expected --name=value: ${a}`);
  if (m[1] === 'header') {
    const i = m[2].indexOf(':');
    headers[m[2].slice(0, i).trim()] = m[2].slice(i + 1).trim();
  } else {
    opt[m[1]] = m[2];
  }
}
const kind = opt.kind ?? 'chat';
const url = new URL(opt.url ?? (() => { throw new Error('--url is required'); })());
const concurrency = Number(opt.concurrency ?? 1);
const fixedMs = Number(opt['fixed-ms'] ?? 0);
const warmup = Number(opt.warmup ?? 3);
const seconds = Number(opt.seconds ?? 10);
const drainSeconds = Number(opt.drain ?? 120);
const label = opt.label ?? kind;
const procs = {};
// name:pid, or name:pid+pid+... for a process group (PostgreSQL: postmaster + backends; RSS is then the sum of PSS, so
// shared buffers are not counted once per backend)
for (const p of (opt.procs ?? '').split(',').filter((s) => s.includes(':'))) {
  const [name, pids] = p.split(':');
  procs[name] = pids.split('+').map(Number).filter((n) => n > 0);
}
procs.loadgen = [process.pid];

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity, keepAliveMsecs: 30_000 });
const now = () => Number(process.hrtime.bigint()) / 1e6; // ms, monotonic
// wall clock in microseconds, for comparing with the services' timestamps (same machine)
const wallOrigin = Date.now() * 1000 - now() * 1000;
const wallMicros = (t) => wallOrigin + t * 1000;

let stop = false;
let windowStart = Infinity;
let windowEnd = Infinity;
let seq = 0;
let inFlight = 0;
let endedInWindow = 0;
let polled = 0;
let slowAll = 0; // requests over 5 s, warm-up included (a hint of connection trouble)
const latencies = [];
const stages = {};
const errors = {};

function send(method, path, body, extraHeaders, onDone) {
  const h = { ...headers, ...extraHeaders };
  if (body) {
    h['content-type'] = 'application/json';
    h['content-length'] = Buffer.byteLength(body);
  }
  const req = http.request({ host: url.hostname, port: url.port, path, method, agent, headers: h }, (res) => {
    const parts = [];
    res.on('data', (c) => parts.push(c));
    res.on('end', () => onDone(null, res.statusCode, Buffer.concat(parts).toString('utf8')));
    res.on('error', (e) => onDone(e));
  });
  req.setTimeout(90_000, () => req.destroy(new Error('timeout')));
  req.on('error', (e) => onDone(e));
  req.end(body);
}

function next(user) {
  if (stop) return;
  const n = ++seq;
  let body;
  const extra = {};
  if (kind === 'chat') {
    body = JSON.stringify({
      model: opt.model ?? 'default',
      messages: [{ role: 'user', content: `Greet the traveller in one sentence, please. (request ${n})` }],
      max_tokens: 100,
      ...(opt.stream === 'true' ? { stream: true } : {}),
    });
  } else {
    extra.Prefer = 'wait=60';
    body = JSON.stringify({
      task: 'npc-dialogue',
      input: { characterName: 'Mira', persona: 'A wary herbalist in a mountain village',
        utterance: `Do you sell healing potions? (visit ${n})` },
      options: { maxTokens: 100 },
    });
  }
  inFlight++;
  const t0 = now();
  send('POST', url.pathname, body, extra, (err, status, text) => {
    if (!err && status === 202 && kind === 'pipeline') {
      polled++;
      poll(user, t0, text);
    } else {
      done(user, t0, err, status, text);
    }
  });
}

// a job not answered within the wait is polled until final, so its latency still ends at the final state
function poll(user, t0, accepted) {
  const id = /"id"\s*:\s*"([^"]+)"/.exec(accepted ?? '');
  if (!id) return done(user, t0, new Error('no job id'), 202);
  setTimeout(() => send('GET', `/api/v1/jobs/${id[1]}`, null, {}, (err, status, text) => {
    if (!err && status === 200 && /"status"\s*:\s*"PENDING"/.test(text)) return poll(user, t0, accepted);
    done(user, t0, err, status, text);
  }), 100);
}

function record(name, value) {
  if (Number.isFinite(value)) (stages[name] ??= []).push(value);
}

function done(user, t0, err, status, text) {
  const t1 = now();
  inFlight--;
  if (user.first) {
    user.first = false;
    firstOpen--;
    warmedUsers++;
    pump();
  }
  if (t1 - t0 > 5000) slowAll++;
  let error = err ? (err.code ?? err.message) : status !== 200 ? `HTTP ${status}` : null;
  let job = null;
  // a stream counts when it ended with [DONE] (its latency is to the last byte)
  if (!error && kind === 'chat' && opt.stream === 'true' && !/data: \[DONE\]\s*$/.test(text)) error = 'stream without [DONE]';
  if (!error && kind !== 'chat') {
    try { job = JSON.parse(text); } catch { error = 'bad json'; }
    if (job && job.status !== 'COMPLETED') error = `job ${job.status}`;
  }
  if (t0 >= windowStart && t0 < windowEnd) {
    if (error) {
      errors[error] = (errors[error] ?? 0) + 1;
    } else {
      latencies.push(t1 - t0);
      if (job) hops(job, t0, t1);
    }
  }
  if (!error && t1 >= windowStart && t1 < windowEnd) endedInWindow++;
  if (!stop) next(user);
}

// Where a pipeline request's time went, from the job's own timestamps (same machine, same clock): client to the job
// row, job row to the industry service's start, the industry span without the model call, the model call inside the
// generation service minus the fixed latency, and the result event back to the client. Every `timings` entry of the
// result is kept too (t.<name>).
function hops(job, t0, t1) {
  const t = job.result?.timings ?? {};
  for (const [k, v] of Object.entries(t)) record(`t.${k}`, v);
  if (!job.createdAt || !job.completedAt || t.total == null || t.model == null) return;
  const created = isoMicros(job.createdAt);
  const completed = isoMicros(job.completedAt);
  record('gatewayIn', (created - wallMicros(t0)) / 1000);
  record('toIndustry', (completed - created) / 1000 - t.total);
  if (t.prepare != null && t.modelRoundTrip != null && t.finish != null) {
    // vertical-core with per-stage timings: the industry service's own steps and the round trip to the generation
    // service (commit, outbox, Kafka both ways, its consumer) apart
    record('industrySteps', t.prepare + t.finish);
    record('toGenerationAndBack', t.modelRoundTrip - t.model);
  } else {
    record('industry', t.total - t.model);
  }
  record('modelCall', t.model - fixedMs);
  record('back', (wallMicros(t1) - completed) / 1000);
}

// ISO-8601 with up to nanoseconds -> epoch microseconds (Date.parse keeps only milliseconds)
function isoMicros(iso) {
  const m = /^(.*T\d\d:\d\d:\d\d)(?:\.(\d+))?Z$/.exec(iso);
  if (!m) return NaN;
  const frac = (m[2] ?? '').padEnd(6, '0').slice(0, 6);
  return Date.parse(`${m[1]}Z`) * 1000 + Number(frac);
}

const pct = (sorted, p) => (sorted.length ? sorted[Math.max(0, Math.min(sorted.length - 1,
  Math.ceil((p / 100) * sorted.length) - 1))] : null);

// --- /proc sampling --------------------------------------------------------------------------------------------------
const TICKS = 100; // USER_HZ
function cpuTicks(pids) {
  return pids.reduce((sum, pid) => sum + cpuTicksOf(pid), 0);
}
function rssKb(pids) {
  if (pids.length === 1) return rssOf(pids[0]);
  return pids.reduce((sum, pid) => sum + (pssOf(pid) || 0), 0);
}
function pssOf(pid) {
  try {
    const m = /^Pss:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) : NaN;
  } catch { return NaN; }
}
function cpuTicksOf(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(f[11]) + Number(f[12]); // utime + stime
  } catch { return NaN; }
}
function rssOf(pid) {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : NaN;
  } catch { return NaN; }
}
const rssMax = {};
const rssLast = {};
let cpuBegin = {};
let cpuEnd = {};
let sampleTimer = null;
const seriesStart = now();
function sample() {
  let line = ((now() - seriesStart) / 1000).toFixed(1);
  for (const [name, pid] of Object.entries(procs)) {
    const rss = rssKb(pid);
    rssLast[name] = rss;
    rssMax[name] = Math.max(rssMax[name] ?? 0, rss || 0);
    line += `,${name}=${rss}:${cpuTicks(pid)}`;
  }
  if (opt.series) fs.appendFileSync(opt.series, `${line}\n`);
}

// --- run -------------------------------------------------------------------------------------------------------------
const started = now();
// Users start gradually: at most --gate (200) users whose FIRST request is still open, and at least --ramp/N seconds
// apart. 1,000 new connections at once would overflow a server's accept backlog (Node's default is 511; seen here with
// Portkey) and the SYN retries would add whole seconds that have nothing to do with the server's cost.
const gate = Number(opt.gate ?? 200);
const spacing = concurrency <= 1 ? 0 : (Number(opt.ramp ?? 1) * 1000) / concurrency;
let startedUsers = 0;
let firstOpen = 0;
let warmedUsers = 0;
let lastStart = -Infinity;
let windowOpened = false;
function pump() {
  while (startedUsers < concurrency && firstOpen < gate && !stop) {
    const wait = lastStart + spacing - now();
    if (wait > 0) { setTimeout(pump, wait); return; }
    lastStart = now();
    startedUsers++;
    firstOpen++;
    next({ first: true });
  }
}
pump();
// the window opens after the warm-up AND once every user had its first answer (capped at warm-up + --max-warm s;
// a platform doing 16 answers/s needs ~60 s to give 1,000 users their first answer)
const maxWarm = Number(opt['max-warm'] ?? 120);
const opener = setInterval(() => {
  const elapsed = (now() - started) / 1000;
  if (elapsed >= warmup && (warmedUsers >= concurrency || elapsed >= warmup + maxWarm)) {
    clearInterval(opener);
    openWindow();
  }
}, 20);
function openWindow() {
  windowOpened = true;
  windowStart = now();
  for (const [name, pid] of Object.entries(procs)) cpuBegin[name] = cpuTicks(pid);
  sample();
  sampleTimer = setInterval(sample, Number(opt['sample-every'] ?? 1) * 1000);
  setTimeout(closeWindow, seconds * 1000);
}
function closeWindow() {
  windowEnd = now();
  stop = true;
  for (const [name, pid] of Object.entries(procs)) cpuEnd[name] = cpuTicks(pid);
  clearInterval(sampleTimer);
  const deadline = now() + drainSeconds * 1000;
  const drain = setInterval(() => {
    if (inFlight > 0 && now() < deadline) return;
    clearInterval(drain);
    if (inFlight > 0) errors.unfinished = inFlight;
    report();
    process.exit(0);
  }, 20);
}

function report() {
  const lat = latencies.slice().sort((a, b) => a - b);
  const secs = (windowEnd - windowStart) / 1000;
  const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
  const round = (v) => (v == null || !Number.isFinite(v) ? null : Math.round(v * 100) / 100);
  const out = {
    label, kind, latencyMs: fixedMs, concurrency, seconds: round(secs), ok: lat.length, errors: errorCount, polled, slowAll, warmedUsers,
    throughput: round(endedInWindow / secs),
    p50: round(pct(lat, 50)), p95: round(pct(lat, 95)), p99: round(pct(lat, 99)), max: round(lat[lat.length - 1]),
    mean: round(lat.reduce((a, b) => a + b, 0) / (lat.length || 1)),
    errorKinds: errors, stages: {}, procs: {},
    loadavg: fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0], at: new Date().toISOString(),
  };
  for (const [k, v] of Object.entries(stages)) {
    const s = v.slice().sort((a, b) => a - b);
    out.stages[k] = { p50: round(pct(s, 50)), p99: round(pct(s, 99)), mean: round(s.reduce((a, b) => a + b, 0) / s.length) };
  }
  for (const name of Object.keys(procs)) {
    out.procs[name] = { cpuPct: round((100 * (cpuEnd[name] - cpuBegin[name])) / TICKS / secs),
      rssMaxMb: round(rssMax[name] / 1024), rssEndMb: round(rssLast[name] / 1024) };
  }
  const f = (v) => (v == null ? '     -' : v.toFixed(1).padStart(8));
  console.log(`${label.padEnd(14)} ${String(fixedMs).padStart(4)} ms  c=${String(concurrency).padEnd(5)} `
    + `ok=${String(lat.length).padEnd(6)} err=${String(errorCount).padEnd(4)} ${f(out.throughput)} req/s  `
    + `p50 ${f(out.p50)}  p95 ${f(out.p95)}  p99 ${f(out.p99)} ms  load ${out.loadavg}`
    + (errorCount ? `  errors ${JSON.stringify(errors)}` : ''));
  if (opt.out) fs.appendFileSync(opt.out, `${JSON.stringify(out)}\n`);
}
