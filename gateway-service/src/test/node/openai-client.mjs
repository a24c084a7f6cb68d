// Drives the gateway's OpenAI-compatible endpoints with the official `openai` npm package, unchanged.
// Usage: node openai-client.mjs <baseURL ending in /v1> <platform API key>; prints one JSON line of what it saw.
import OpenAI from 'openai';

const [, , baseURL, apiKey] = process.argv;
const client = new OpenAI({ baseURL, apiKey, maxRetries: 0, timeout: 60_000 });

const models = await client.models.list();
const completion = await client.chat.completions.create({
  model: 'default',
  messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Write to bob@example.com' }],
  max_tokens: 50,
});
const stream = await client.chat.completions.create({
  model: 'default',
  messages: [{ role: 'user', content: 'Stream a greeting' }],
  stream: true,
});
let streamed = '';
let finishReason = null;
for await (const chunk of stream) {
  streamed += chunk.choices[0]?.delta?.content ?? '';
  finishReason = chunk.choices[0]?.finish_reason ?? finishReason;
}
let refused = null;
try {
  await client.chat.completions.create({ model: 'not-allowed', messages: [{ role: 'user', content: 'hi' }] });
} catch (error) {
  refused = { status: error.status, message: error.message };
}
console.log(JSON.stringify({
  models: models.data.map((m) => m.id),
  content: completion.choices[0].message.content,
  usage: completion.usage,
  streamed,
  finishReason,
  refused,
}));
