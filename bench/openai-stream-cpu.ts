/**
 * CPU per streamed OpenAI Chat Completions call in the worker's provider layer, two ways: through
 * @ai-sdk/openai's chat doStream (model-parts.ts's `fromDoStream`) and through the thin reader
 * (worker/providers/openai/thin-stream.ts), against a fake OpenAI server in a child process (so its
 * CPU is not counted). Each way streams the same answer N times, at concurrency 1 and 16, after a
 * warm-up; rounds alternate the two ways and the median round is printed as CPU ms per call
 * (process.cpuUsage, user + system).
 *
 *   npm run build && node dist/bench/openai-stream-cpu.js [--calls 2000] [--chunks 30] [--rounds 3]
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createOpenAI } from '@ai-sdk/openai';
import { callSettings } from '../worker/providers/chat-prompt';
import { providerFetch } from '../worker/providers/closed-connection-fetch';
import { DEFAULT_IMAGE_FETCH } from '../worker/providers/image-download';
import { fromDoStream, textOnlyPrompt, type ModelPart } from '../worker/providers/model-parts';
import { openAIThinStream } from '../worker/providers/openai/thin-stream';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} takes a positive whole number`);
  return value;
}

const CALLS = option('calls', 2000);
const CHUNKS = option('chunks', 30);
const ROUNDS = option('rounds', 3);

/** The fake: OpenAI's SSE answer of CHUNKS text chunks, a finish chunk, a usage chunk and [DONE], at once. */
const FAKE = `
const http = require('node:http');
const base = { id: 'chatcmpl-bench', object: 'chat.completion.chunk', created: 1700000000, model: 'gpt-4o-mini-2024-07-18', system_fingerprint: 'fp_bench' };
const ev = (c) => 'data: ' + JSON.stringify(c) + '\\n\\n';
const d = (delta, finish = null) => ev({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] });
let body = d({ role: 'assistant', content: '', refusal: null });
for (let i = 0; i < ${CHUNKS}; i++) body += d({ content: 'word' + i + ' ' });
body += d({}, 'stop') + ev({ ...base, choices: [], usage: { prompt_tokens: 40, completion_tokens: ${CHUNKS}, total_tokens: ${CHUNKS + 40}, prompt_tokens_details: { cached_tokens: 0 }, completion_tokens_details: { reasoning_tokens: 0 } } }) + 'data: [DONE]\\n\\n';
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => { res.writeHead(200, { 'content-type': 'text/event-stream' }); res.end(body); });
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => process.stdout.write(server.address().port + '\\n'));
`;

async function startFake(): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, ['-e', FAKE], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [first] = (await once(child.stdout, 'data')) as [Buffer];
  return { url: `http://127.0.0.1:${first.toString().trim()}/v1`, stop: () => child.kill() };
}

type Way = () => AsyncGenerator<ModelPart>;

function ways(url: string): Record<'sdk' | 'thin', Way> {
  const request = { task: 'summarize', text: 't', options: {}, system: 'Be brief.', prompt: 'Summarise the meeting notes in one paragraph.', responseFormat: 'text' as const, maxOutputTokens: 200 };
  const context = { provider: 'openai', dialect: 'openai' as const, schemaLessJson: true, images: DEFAULT_IMAGE_FETCH };
  const model = createOpenAI({ apiKey: 'sk-bench', baseURL: url, fetch: providerFetch }).chat('gpt-4o-mini');
  const thin = openAIThinStream({ credential: 'sk-bench', baseUrl: url, fetch: providerFetch })('gpt-4o-mini');
  const settings = () => callSettings(request, context, AbortSignal.timeout(30_000));
  const prompt = textOnlyPrompt(settings());
  if (!prompt) throw new Error('the bench prompt must be text-only');
  return {
    sdk: () => fromDoStream(model as Parameters<typeof fromDoStream>[0], prompt, settings()),
    thin: () => {
      const parts = thin(prompt, settings());
      if (!parts) throw new Error('the thin reader refused the bench call');
      return parts;
    },
  };
}

/** Streams `calls` answers, `concurrency` at a time; CPU ms per call. */
async function measure(way: Way, calls: number, concurrency: number): Promise<number> {
  let next = 0;
  let text = 0;
  const lane = async (): Promise<void> => {
    while (next < calls) {
      next++;
      for await (const part of way()) {
        if (part.type === 'text-delta') text += part.text.length;
        if (part.type === 'error') throw new Error('the bench stream failed');
      }
    }
  };
  const start = process.cpuUsage();
  await Promise.all(Array.from({ length: concurrency }, lane));
  const used = process.cpuUsage(start);
  if (text === 0) throw new Error('no text streamed');
  return (used.user + used.system) / 1000 / calls;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function main(): Promise<void> {
  const fake = await startFake();
  try {
    const all = ways(fake.url);
    process.stdout.write(`node ${process.version}, ${CALLS} calls per way and round, ${CHUNKS} text chunks per answer, median of ${ROUNDS} rounds\n\n`);
    process.stdout.write('| concurrency | SDK doStream (CPU ms/call) | thin reader (CPU ms/call) | thin / SDK |\n| --- | --- | --- | --- |\n');
    for (const concurrency of [1, 16]) {
      // Warm-up: JIT, connection pool, lazily loaded modules.
      await measure(all.sdk, Math.min(CALLS, 300), concurrency);
      await measure(all.thin, Math.min(CALLS, 300), concurrency);
      const figures: Record<'sdk' | 'thin', number[]> = { sdk: [], thin: [] };
      for (let round = 0; round < ROUNDS; round++) {
        figures.sdk.push(await measure(all.sdk, CALLS, concurrency));
        figures.thin.push(await measure(all.thin, CALLS, concurrency));
      }
      const sdk = median(figures.sdk);
      const thin = median(figures.thin);
      process.stdout.write(`| ${concurrency} | ${sdk.toFixed(3)} | ${thin.toFixed(3)} | ${(thin / sdk).toFixed(2)} |\n`);
    }
  } finally {
    fake.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
