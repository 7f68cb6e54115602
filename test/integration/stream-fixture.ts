/**
 * A recorded (non-streamed) provider answer replayed as that provider's stream: the gateway calls
 * every provider through its streaming API, so the fake must answer with server-sent events. The
 * text, model and usage come from the recorded answer, so the test still checks them end to end.
 */
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const sse = (events: { event?: string; data: unknown }[]): string =>
  events.map((e) => `${e.event ? `event: ${e.event}\n` : ''}data: ${typeof e.data === 'string' ? e.data : JSON.stringify(e.data)}\n\n`).join('');

function openAIStyle(body: Loose): string {
  const base = { id: body.id ?? 'chatcmpl-fixture', object: 'chat.completion.chunk', created: body.created ?? 0, model: body.model };
  const text = body.choices[0].message.content as string;
  return sse([
    { data: { ...base, choices: [{ index: 0, delta: { role: 'assistant', content: text }, finish_reason: null }] } },
    { data: { ...base, choices: [{ index: 0, delta: {}, finish_reason: body.choices[0].finish_reason ?? 'stop' }], usage: body.usage } },
    { data: '[DONE]' },
  ]);
}

function anthropic(body: Loose): string {
  const text = body.content[0].text as string;
  return sse([
    { event: 'message_start', data: { type: 'message_start', message: { ...body, content: [], stop_reason: null, usage: { input_tokens: body.usage.input_tokens, output_tokens: 1 } } } },
    { event: 'content_block_start', data: { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } } },
    { event: 'content_block_delta', data: { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } } },
    { event: 'content_block_stop', data: { type: 'content_block_stop', index: 0 } },
    { event: 'message_delta', data: { type: 'message_delta', delta: { stop_reason: body.stop_reason, stop_sequence: null }, usage: { output_tokens: body.usage.output_tokens } } },
    { event: 'message_stop', data: { type: 'message_stop' } },
  ]);
}

function gemini(body: Loose): string {
  return sse([{ data: body }]);
}

export function streamOf(wire: 'openai' | 'anthropic' | 'gemini', body: unknown): { status: number; raw: string; headers: Record<string, string> } {
  const b = body as Loose;
  const raw = wire === 'anthropic' ? anthropic(b) : wire === 'gemini' ? gemini(b) : openAIStyle(b);
  return { status: 200, raw, headers: { 'content-type': 'text/event-stream' } };
}
