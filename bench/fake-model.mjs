// A fake OpenAI-compatible model for the benchmarks: answers every POST /v1/chat/completions after a FIXED latency
// with the same short text, so whatever the caller measures above that latency is the caller's (or the gateway's)
// own cost. Non-blocking (one timer per request, no thread per request), so 1,000 calls in flight cost it nothing
// but a few MB. No dependencies: plain Node.
//
//   node bench/fake-model.mjs --port=18999 --latency-ms=50
//
// POST /control?latency-ms=N changes the latency; GET /stats answers {"requests": n, "inFlight": n, "peakInFlight": n} (the run script checks the fake was reached).
import http from 'node:http';

const arg = (name, fallback) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? found.slice(name.length + 3) : fallback;
};
const port = Number(arg('port', '18999'));
let latencyMs = Number(arg('latency-ms', '50'));
// a neutral in-character line: passes every industry's output screening, so jobs end COMPLETED
const TEXT = 'Welcome, traveller. I have dried herbs and a warm fire; rest here before the mountain road.';

let requests = 0;
let inFlight = 0;
let peakInFlight = 0;
let ids = 0;

function completion(model) {
  return JSON.stringify({
    id: `chatcmpl-fake-${++ids}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: model || 'bench-model',
    choices: [{ index: 0, message: { role: 'assistant', content: TEXT }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 40, completion_tokens: 20, total_tokens: 60 },
  });
}

function streamed(model) {
  const id = `chatcmpl-fake-${++ids}`;
  const created = Math.floor(Date.now() / 1000);
  const chunk = (delta, finish) => `data: ${JSON.stringify({
    id, object: 'chat.completion.chunk', created, model: model || 'bench-model',
    choices: [{ index: 0, delta, finish_reason: finish }],
  })}\n\n`;
  return chunk({ role: 'assistant', content: TEXT }, null) + chunk({}, 'stop') + 'data: [DONE]\n\n';
}

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/stats') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ requests, inFlight, peakInFlight, latencyMs }));
    return;
  }
  // the run script switches the latency between phases without restarting anything
  if (req.method === 'POST' && req.url.startsWith('/control?latency-ms=')) {
    latencyMs = Number(req.url.slice('/control?latency-ms='.length));
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ latencyMs }));
    return;
  }
  if (req.method === 'GET' && req.url.startsWith('/v1/models')) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ object: 'list', data: [{ id: 'bench-model', object: 'model', owned_by: 'bench' }] }));
    return;
  }
  if (req.method !== 'POST' || !req.url.startsWith('/v1/chat/completions')) {
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end('{"error":{"message":"not found"}}');
    return;
  }
  const parts = [];
  req.on('data', (c) => parts.push(c));
  req.on('end', () => {
    const arrived = Date.now();
    requests++;
    inFlight++;
    if (inFlight > peakInFlight) peakInFlight = inFlight;
    let body = {};
    try { body = JSON.parse(Buffer.concat(parts).toString('utf8')); } catch { /* answer anyway */ }
    // the latency counts from the whole request being read, so it is the same for every caller
    setTimeout(() => {
      inFlight--;
      if (body.stream === true) {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        res.end(streamed(body.model));
      } else {
        const payload = completion(body.model);
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
        res.end(payload);
      }
    }, Math.max(0, latencyMs - (Date.now() - arrived)));
  });
});
server.keepAliveTimeout = 120_000;
server.headersTimeout = 130_000;
server.requestTimeout = 0;
server.maxRequestsPerSocket = 0;
server.listen({ port, host: '127.0.0.1', backlog: 4096 }, () => {
  console.log(`fake model on http://127.0.0.1:${port}/v1, fixed latency ${latencyMs} ms`);
});
const stop = () => server.close(() => process.exit(0)) && setTimeout(() => process.exit(0), 500).unref();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
