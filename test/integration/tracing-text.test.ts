/**
 * With LOG_TEXT=true a provider call's span carries the prompt and the answer (issue 23), in the
 * GenAI conventions' attributes, redacted as log lines are. test/integration/tracing.test.ts checks
 * the opposite: with LOG_TEXT off no span carries either.
 */
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { SpanKind } from '@opentelemetry/api';
import request from 'supertest';
import { startMockProvider, type MockProvider } from '../../tools/mock-provider/server';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { spansOf } from '../helpers/spans';

const SECRET = 'sk-live-abcdefghijklmnop';
const TEXT = `The council approved the budget on Monday. Our key is ${SECRET}. Residents asked for bike lanes.`;

let mock: MockProvider;
let gw: TestGateway;
const workerSpans = new InMemorySpanExporter();

beforeAll(async () => {
  mock = await startMockProvider({ port: 0 });
  gw = await startTestGateway({
    env: {
      LOCAL_PROVIDER: 'false',
      MAX_RETRIES: '0',
      LOG_TEXT: 'true',
      OPENAI_API_KEY: 'sk-mock-openai',
      OPENAI_BASE_URL: `${mock.url}/v1`,
      OPENAI_MODEL: 'gpt-4o-mini',
    },
    tracing: { api: { exporter: new InMemorySpanExporter() }, worker: { exporter: workerSpans } },
  });
}, 60_000);

afterAll(async () => {
  await gw?.stop();
  await mock?.close();
});

/** The provider-call span of a trace, once the worker has ended it and the job span after it. */
async function clientSpan(traceId: string): Promise<ReadableSpan> {
  const span = (await spansOf(workerSpans, traceId, 2)).find((s) => s.kind === SpanKind.CLIENT);
  if (!span) throw new Error(`no provider-call span in trace ${traceId}`);
  return span;
}

const json = (span: ReadableSpan, name: string): unknown => JSON.parse(String(span.attributes[name]));
const traceparent = (traceId: string) => `00-${traceId}-00f067aa0ba902b7-01`;

it("puts a task's instructions, prompt and answer on the provider-call span, keys redacted", async () => {
  const traceId = 'c'.repeat(32);
  const res = await request(gw.url).post('/ai/task').set('traceparent', traceparent(traceId)).send({ task: 'summarize', text: TEXT, provider: 'openai' });
  expect(res.status).toBe(200);
  const span = await clientSpan(traceId);

  expect(json(span, 'gen_ai.system_instructions')).toEqual([{ type: 'text', content: expect.any(String) }]);
  const input = json(span, 'gen_ai.input.messages') as Array<{ role: string; parts: Array<{ type: string; content: string }> }>;
  expect(input).toHaveLength(1);
  expect(input[0]?.role).toBe('user');
  expect(input[0]?.parts[0]?.content).toContain('The council approved the budget');
  expect(input[0]?.parts[0]?.content).toContain('sk-[REDACTED]');
  expect(JSON.stringify(span.attributes)).not.toContain(SECRET);

  expect(json(span, 'gen_ai.output.messages')).toEqual([
    { role: 'assistant', parts: [{ type: 'text', content: res.body.result }], finish_reason: expect.any(String) },
  ]);
});

it('puts a whole conversation on the span, turn by turn, and the answer the model streamed', async () => {
  const traceId = 'd'.repeat(32);
  const res = await request(gw.url)
    .post('/v1/chat/completions')
    .set('traceparent', traceparent(traceId))
    .send({
      model: 'openai',
      messages: [
        { role: 'system', content: 'Answer in one word.' },
        { role: 'user', content: 'Colour of the sky?' },
        { role: 'assistant', content: 'Blue.' },
        { role: 'user', content: 'And at night?' },
      ],
    });
  expect(res.status).toBe(200);
  const span = await clientSpan(traceId);

  expect(json(span, 'gen_ai.input.messages')).toEqual([
    { role: 'system', parts: [{ type: 'text', content: 'Answer in one word.' }] },
    { role: 'user', parts: [{ type: 'text', content: 'Colour of the sky?' }] },
    { role: 'assistant', parts: [{ type: 'text', content: 'Blue.' }] },
    { role: 'user', parts: [{ type: 'text', content: 'And at night?' }] },
  ]);
  const output = json(span, 'gen_ai.output.messages') as Array<{ parts: Array<{ content: string }> }>;
  expect(output[0]?.parts[0]?.content).toBe(res.body.choices[0].message.content);
});
