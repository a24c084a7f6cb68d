// Turns one run's output directory (bench/out/<tag>) into the generated part of bench/RESULTS.md and
// bench/results.png, and copies the raw data to bench/results/ (committed with RESULTS.md).
//
//   node bench/report.mjs bench/out/<tag>                   (run-all.sh calls this)
//   node bench/report.mjs --compare bench/out/<before> bench/out/<after>   (prints a before/after table)
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const readJsonl = (f) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);
const f1 = (v) => (v == null || !Number.isFinite(v) ? '-' : v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1));
const minus = (v, fixed) => (v == null ? null : v - fixed);
const TARGET_NAMES = { direct: 'direct to fake', portkey: 'Portkey 1.15.2', chat: 'gateway /v1/chat/completions', 'chat-stream': 'gateway /v1/chat/completions, streamed', pipeline: 'industry pipeline (games)' };
const TARGET_ORDER = ['direct', 'portkey', 'chat', 'chat-stream', 'pipeline'];

if (process.argv[2] === '--compare') {
  console.log(compare(readJsonl(path.join(process.argv[3], 'results.jsonl')), readJsonl(path.join(process.argv[4], 'results.jsonl'))));
  process.exit(0);
}

const out = process.argv[2];
if (!out || !fs.existsSync(path.join(out, 'results.jsonl'))) throw new Error(`no results.jsonl in ${out}`);
// process names as run-all.sh passes them ("gateway-service", ...) shortened like the others ("games")
const short = (n) => n.replace(/^vertical-/, '').replace(/-service$/, '');
const results = readJsonl(path.join(out, 'results.jsonl'))
  .map((r) => ({ ...r, procs: Object.fromEntries(Object.entries(r.procs ?? {}).map(([k, v]) => [short(k), v])) }));
const meta = Object.fromEntries(fs.readFileSync(path.join(out, 'meta.txt'), 'utf8').split('\n').filter((l) => l.includes('='))
  .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
const loads = fs.existsSync(path.join(out, 'loadavg.txt'))
  ? fs.readFileSync(path.join(out, 'loadavg.txt'), 'utf8').split('\n').filter(Boolean).map((l) => Number(l.split(' ')[1])) : [];
const latencies = [...new Set(results.map((r) => r.latencyMs))].sort((a, b) => a - b);
const find = (target, latency, c) => results.find((r) => r.label === target && r.latencyMs === latency && r.concurrency === c);

const md = [];
md.push(`Run \`${meta.tag}\`, started ${meta.started}: ${meta.cores} cores (${meta.cpu}), ${meta.memory_mb} MB RAM, ${meta.java}, Node ${meta.node}.`);
if (loads.length) {
  const mean = loads.reduce((a, b) => a + b, 0) / loads.length;
  md.push(`Machine load average (1 min) during the run, sampled every 5 s: min ${Math.min(...loads).toFixed(1)}, mean ${mean.toFixed(1)}, max ${Math.max(...loads).toFixed(1)} `
    + `(a quiet machine shows ~1 per busy core; above ${meta.cores} the benchmark competed with other work for CPU and every latency below is inflated).`);
}
const param = (name) => (meta.latencies.match(new RegExp(`${name}=(\\S+)`)) ?? [])[1];
md.push(`Parameters: fixed latency ${meta.latencies.split(' ')[0]} ms; in flight ${param('concurrency')}; paths ${param('targets')}; `
  + `per step ${param('warmup')} s warm-up + ${param('seconds')} s measured (the window opens only once every user has had its first answer); soak ${param('soak')} s.`);
md.push('');

// --- headline ------------------------------------------------------------------------------------------------------
md.push('### Headline: overhead at 1,000 in flight');
md.push('');
md.push('Overhead = end-to-end latency seen by the client minus the fake model\'s fixed latency. "req/s" = successful answers per second.');
md.push('');
md.push('| fixed latency | path | req/s | overhead p50 | overhead p95 | overhead p99 | errors |');
md.push('|---:|---|---:|---:|---:|---:|---:|');
for (const latency of latencies) {
  const cMax = Math.max(...results.filter((r) => r.latencyMs === latency).map((r) => r.concurrency));
  for (const t of TARGET_ORDER) {
    const r = find(t, latency, cMax);
    if (r) md.push(`| ${latency} ms (c=${cMax}) | ${TARGET_NAMES[t]} | ${f1(r.throughput)} | ${f1(minus(r.p50, latency))} ms | ${f1(minus(r.p95, latency))} ms | ${f1(minus(r.p99, latency))} ms | ${r.errors} |`);
  }
}
md.push('');

// --- full tables -----------------------------------------------------------------------------------------------------
for (const latency of latencies) {
  md.push(`### Fixed model latency ${latency} ms: latency and throughput per concurrency`);
  md.push('');
  md.push('| in flight | path | req/s | p50 | p95 | p99 | overhead p50 | overhead p95 | overhead p99 | errors |');
  md.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const cs = [...new Set(results.filter((r) => r.latencyMs === latency).map((r) => r.concurrency))].sort((a, b) => a - b);
  for (const c of cs) {
    for (const t of TARGET_ORDER) {
      const r = find(t, latency, c);
      if (!r) continue;
      const errs = r.errors ? `${r.errors} (${Object.entries(r.errorKinds).map(([k, v]) => `${k}: ${v}`).join(', ')})` : '0';
      md.push(`| ${c} | ${TARGET_NAMES[t]} | ${f1(r.throughput)} | ${f1(r.p50)} | ${f1(r.p95)} | ${f1(r.p99)} | ${f1(minus(r.p50, latency))} | ${f1(minus(r.p95, latency))} | ${f1(minus(r.p99, latency))} | ${errs} |`);
    }
  }
  md.push('');
  md.push(`Ratios at ${latency} ms (overhead p50 and p99, throughput) of the gateway's \`/v1/chat/completions\` and of the industry pipeline to Portkey and to the direct call:`);
  md.push('');
  md.push('| in flight | chat / Portkey overhead p50 | chat / Portkey overhead p99 | chat / Portkey req/s | pipeline / Portkey req/s | chat / direct req/s | pipeline / direct req/s |');
  md.push('|---:|---:|---:|---:|---:|---:|---:|');
  const ratio = (a, b) => (a == null || b == null || !b ? '-' : `${(a / b).toFixed(a / b >= 10 ? 0 : 2)}x`);
  for (const c of cs) {
    const [d, p, ch, pi] = ['direct', 'portkey', 'chat', 'pipeline'].map((t) => find(t, latency, c));
    md.push(`| ${c} | ${ratio(ch && ch.p50 - latency, p && p.p50 - latency)} | ${ratio(ch && ch.p99 - latency, p && p.p99 - latency)} | ${ratio(ch?.throughput, p?.throughput)} | ${ratio(pi?.throughput, p?.throughput)} | ${ratio(ch?.throughput, d?.throughput)} | ${ratio(pi?.throughput, d?.throughput)} |`);
  }
  md.push('');
}

// --- before / after ----------------------------------------------------------------------------------------------------
const befores = results.filter((r) => r.label.endsWith('-before'));
if (befores.length) {
  md.push('### Optimisation: before / after (same run, same platform session)');
  md.push('');
  md.push('"before" = the gateway built from the code before the change (`--before-gateway`), measured first; "after" = '
    + 'the current build, measured later in the same session (on a database that by then holds more jobs).');
  md.push('');
  md.push('| latency | in flight | path | req/s before | req/s after | overhead p50 before | after | overhead p99 before | after | gateway in p50 before | after |');
  md.push('|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const b of befores) {
    const t = b.label.replace('-before', '');
    const a = find(t, b.latencyMs, b.concurrency);
    if (!a) continue;
    md.push(`| ${b.latencyMs} | ${b.concurrency} | ${TARGET_NAMES[t]} | ${f1(b.throughput)} | ${f1(a.throughput)} | ${f1(minus(b.p50, b.latencyMs))} | ${f1(minus(a.p50, a.latencyMs))} | ${f1(minus(b.p99, b.latencyMs))} | ${f1(minus(a.p99, a.latencyMs))} | ${f1(b.stages.gatewayIn?.p50)} | ${f1(a.stages.gatewayIn?.p50)} |`);
  }
  md.push('');
}

// --- processes -------------------------------------------------------------------------------------------------------
const PROC_ORDER = ['gateway', 'generation', 'games', 'kafka', 'postgres', 'fake', 'portkey', 'loadgen'];
md.push('### CPU and memory per process during each step');
md.push('');
md.push('CPU in % of one core (200 % = both cores), averaged over the measured window; RSS = the largest resident set sampled '
  + 'once a second (PostgreSQL: sum of PSS of the postmaster and its backends). The five idle industry services are in '
  + '`bench/results/results.jsonl`.');
md.push('');
md.push(`| latency | in flight | path | ${PROC_ORDER.join(' | ')} |`);
md.push(`|---:|---:|---|${PROC_ORDER.map(() => '---:').join('|')}|`);
for (const r of results) {
  md.push(`| ${r.latencyMs} | ${r.concurrency} | ${r.label} | ${PROC_ORDER.map((n) => (r.procs[n] ? `${Math.round(r.procs[n].cpuPct)} % / ${Math.round(r.procs[n].rssMaxMb)} MB` : '-')).join(' | ')} |`);
}
md.push('');

// --- hops ------------------------------------------------------------------------------------------------------------
md.push('### Where the time goes in the industry pipeline (p50 per hop, ms)');
md.push('');
md.push('From the job\'s own timestamps (all processes on one machine, one clock): **gateway in** = client send to the job '
  + 'row\'s `createdAt`; **to industry** = job row to the industry service\'s generation row (gateway commit, outbox, Kafka, '
  + 'consumer); **industry** = the industry service\'s span (`timings.total`) minus the model call (`timings.model`): its own '
  + 'steps plus the Kafka round trip to the generation service; **model call** = `timings.model` minus the fixed latency '
  + '(generation service HTTP client, guards); **back** = result event `occurredAt` to the client having the answer (outbox, '
  + 'Kafka, gateway waiter, HTTP). Rows `t.*` are further `timings` entries of the result, where present.');
md.push('');
const hopNames = ['gatewayIn', 'toIndustry', 'industry', 'industrySteps', 'toGenerationAndBack', 'modelCall', 'back']
  .filter((h) => results.some((r) => r.label.startsWith('pipeline') && r.stages[h]));
const extra = [...new Set(results.filter((r) => r.label.startsWith('pipeline')).flatMap((r) => Object.keys(r.stages)).filter((k) => k.startsWith('t.') && !['t.total', 't.model', 't.modelRoundTrip'].includes(k)))].sort();
const cols = [...hopNames, ...extra];
md.push(`| latency | in flight | gateway build | end-to-end p50 | ${cols.join(' | ')} |`);
md.push(`|---:|---:|---|---:|${cols.map(() => '---:').join('|')}|`);
for (const r of results.filter((x) => x.label.startsWith('pipeline'))) {
  md.push(`| ${r.latencyMs} | ${r.concurrency} | ${r.label.endsWith('-before') ? 'before' : 'current'} | ${f1(r.p50)} | ${cols.map((h) => f1(r.stages[h]?.p50)).join(' | ')} |`);
}
md.push('');

// --- soak ------------------------------------------------------------------------------------------------------------
const soakSeries = path.join(out, 'soak-series.csv');
const plotSeries = {};
if (fs.existsSync(soakSeries)) {
  const rows = fs.readFileSync(soakSeries, 'utf8').split('\n').filter(Boolean).map((line) => {
    const [t, ...cells] = line.split(',');
    return { t: Number(t), procs: Object.fromEntries(cells.map((c) => { const [n, v] = c.split('='); return [short(n), Number(v.split(':')[0]) / 1024]; })) };
  });
  const soak = readJsonl(path.join(out, 'soak.jsonl'));
  md.push('### Soak: memory over time');
  md.push('');
  const secs = rows.length ? rows[rows.length - 1].t : 0;
  md.push(`${(secs / 60).toFixed(1)} minutes at a steady moderate load (fake latency 50 ms): ${soak.map((s) => `${s.label.replace('soak-', '')} ${s.concurrency} in flight, `
    + `${f1(s.throughput)} req/s, p50 ${f1(s.p50)} ms, p99 ${f1(s.p99)} ms, ${s.ok} ok, ${s.errors} errors`).join('; ')}. `
    + 'RSS sampled every 5 s; slope = least-squares fit over the soak after its first minute, in MB per 10 minutes.');
  md.push('');
  md.push('| process | RSS first minute | RSS last minute | RSS slope (MB / 10 min) |');
  md.push('|---|---:|---:|---:|');
  const names = Object.keys(rows[0]?.procs ?? {});
  for (const n of names) {
    const pts = rows.map((r) => [r.t, r.procs[n]]).filter(([, v]) => Number.isFinite(v) && v > 0);
    if (!pts.length) continue;
    const avg = (a) => a.reduce((s, [, v]) => s + v, 0) / (a.length || 1);
    const first = avg(pts.filter(([t]) => t <= 60));
    const last = avg(pts.filter(([t]) => t >= secs - 60));
    const slope = fit(pts.filter(([t]) => t >= 60)) * 600;
    md.push(`| ${n} | ${f1(first)} MB | ${f1(last)} MB | ${slope >= 0 ? '+' : ''}${slope.toFixed(1)} |`);
    if (['gateway', 'generation', 'games', 'kafka', 'postgres'].includes(n)) plotSeries[n] = pts.map(([t, v]) => [t / 60, v]);
  }
  md.push('');
  const heap = heapAfterFullGc(out);
  if (Object.keys(heap).length) {
    md.push('Java heap after a full GC (`jcmd <pid> GC.run` every 2 minutes during the soak; the "after" size from the GC log), in MB:');
    md.push('');
    md.push('| JVM | after each full GC, in order | slope (MB / 10 min) |');
    md.push('|---|---|---:|');
    for (const [n, pts] of Object.entries(heap)) {
      const slope = pts.length > 1 ? fit(pts) * 600 : NaN;
      md.push(`| ${n} | ${pts.map(([, v]) => v).join(', ')} | ${Number.isFinite(slope) ? (slope >= 0 ? '+' : '') + slope.toFixed(1) : '-'} |`);
    }
    md.push('');
  }
}

// --- write -----------------------------------------------------------------------------------------------------------
const resultsMd = path.join(BENCH, 'RESULTS.md');
const BEGIN = '<!-- generated by bench/report.mjs: begin -->';
const END = '<!-- generated by bench/report.mjs: end -->';
let doc = fs.existsSync(resultsMd) ? fs.readFileSync(resultsMd, 'utf8') : `# Benchmarks\n\n${BEGIN}\n${END}\n`;
if (!doc.includes(BEGIN)) doc += `\n${BEGIN}\n${END}\n`;
doc = doc.slice(0, doc.indexOf(BEGIN) + BEGIN.length) + '\n' + md.join('\n') + '\n' + doc.slice(doc.indexOf(END));
fs.writeFileSync(resultsMd, doc);

const keep = path.join(BENCH, 'results');
fs.mkdirSync(keep, { recursive: true });
for (const f of [...fs.readdirSync(out).filter((f) => f.startsWith('threads-')), 'results.jsonl', 'meta.txt', 'loadavg.txt', 'soak-series.csv', 'soak.jsonl', 'soak-gc-runs.txt', 'soak-jvms.txt', 'fake-stats.json']) {
  if (fs.existsSync(path.join(out, f))) fs.copyFileSync(path.join(out, f), path.join(keep, f));
}

// --- plot --------------------------------------------------------------------------------------------------------------
const spec = [];
const panel = (id, title, x, y, logx, logy) => spec.push(`panel|${id}|${title}|${x}|${y}|${logx}|${logy}`);
const series = (id, name, pts) => spec.push(`series|${id}|${name}|${pts.map(([x, y]) => `${x},${y}`).join(';')}`);
for (const latency of latencies) {
  panel(`o${latency}`, `Overhead p50 and p99 (fixed model latency ${latency} ms)`, 'requests in flight', 'latency - fixed latency (ms)', true, true);
  panel(`t${latency}`, `Throughput (fixed model latency ${latency} ms)`, 'requests in flight', 'answers per second', true, true);
  for (const t of TARGET_ORDER) {
    const rs = results.filter((r) => r.label === t && r.latencyMs === latency).sort((a, b) => a.concurrency - b.concurrency);
    if (!rs.length) continue;
    const ok = rs.filter((r) => r.p50 != null);
    series(`o${latency}`, `${TARGET_NAMES[t]} p50`, ok.map((r) => [r.concurrency, Math.max(0.1, r.p50 - latency)]));
    series(`o${latency}`, `${TARGET_NAMES[t]} p99`, ok.map((r) => [r.concurrency, Math.max(0.1, r.p99 - latency)]));
    series(`t${latency}`, TARGET_NAMES[t], rs.map((r) => [r.concurrency, Math.max(0.1, r.throughput)]));
  }
}
if (Object.keys(plotSeries).length) {
  panel('soak', 'Soak: RSS per process', 'minutes', 'RSS (MB)', false, false);
  for (const [n, pts] of Object.entries(plotSeries)) series('soak', n, pts);
  const heap = heapAfterFullGc(out);
  if (Object.keys(heap).length) {
    panel('heap', 'Soak: Java heap after full GC', 'minutes', 'heap (MB)', false, false);
    for (const [n, pts] of Object.entries(heap)) series('heap', n, pts.map(([t, v]) => [t / 60, v]));
  }
}
fs.writeFileSync(path.join(out, 'plot-spec.txt'), spec.join('\n') + '\n');
execFileSync('java', [path.join(BENCH, 'Plot.java'), path.join(out, 'plot-spec.txt'), path.join(BENCH, 'results.png')], { stdio: 'inherit' });
console.log(`wrote ${resultsMd}, ${path.join(BENCH, 'results.png')}, ${keep}/`);

// --- helpers ---------------------------------------------------------------------------------------------------------
function fit(pts) { // least-squares slope
  const n = pts.length;
  if (n < 2) return NaN;
  const mx = pts.reduce((s, [x]) => s + x, 0) / n;
  const my = pts.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = pts.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = pts.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return sxx ? sxy / sxx : NaN;
}

// heap after each `Pause Full (System.gc())` in the GC logs of the soak's JVMs: [[seconds since soak start, MB]]
function heapAfterFullGc(dir) {
  const jvmsFile = path.join(dir, 'soak-jvms.txt');
  if (!fs.existsSync(jvmsFile)) return {};
  const series = {};
  let t0 = null;
  for (const entry of fs.readFileSync(jvmsFile, 'utf8').trim().split(/\s+/)) {
    const [name, pid] = entry.split(':');
    const log = path.join(dir, 'gc', `gc-${pid}.log`);
    if (!fs.existsSync(log)) continue;
    const pts = [];
    for (const line of fs.readFileSync(log, 'utf8').split('\n')) {
      const m = /^\[([^\]]+)\].*Pause Full \((?:System\.gc\(\)|Diagnostic Command)\) (\d+)M->(\d+)M/.exec(line);
      if (!m) continue;
      const t = Date.parse(m[1].replace(/([+-]\d\d)(\d\d)$/, '$1:$2')) / 1000;
      if (t0 == null || t < t0) t0 = t;
      pts.push([t, Number(m[3])]);
    }
    if (pts.length) series[name.replace('vertical-', '').replace('-service', '').replace('infra', 'kafka')] = pts;
  }
  for (const pts of Object.values(series)) for (const p of pts) p[0] -= t0;
  return series;
}

function compare(before, after) {
  const lines = ['| latency | in flight | path | req/s before | req/s after | overhead p50 before | after | overhead p99 before | after |', '|---:|---:|---|---:|---:|---:|---:|---:|---:|'];
  for (const a of after) {
    const b = before.find((x) => x.label === a.label && x.latencyMs === a.latencyMs && x.concurrency === a.concurrency);
    if (!b) continue;
    lines.push(`| ${a.latencyMs} | ${a.concurrency} | ${TARGET_NAMES[a.label] ?? a.label} | ${f1(b.throughput)} | ${f1(a.throughput)} | ${f1(b.p50 - b.latencyMs)} | ${f1(a.p50 - a.latencyMs)} | ${f1(b.p99 - b.latencyMs)} | ${f1(a.p99 - a.latencyMs)} |`);
  }
  return lines.join('\n');
}
