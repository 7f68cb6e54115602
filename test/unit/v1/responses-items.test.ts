/**
 * The Responses surface's own pieces that the mock provider cannot reach: input items that mix
 * an answer's text with its calls, and a streamed answer whose text comes before or after its
 * calls, read back by the openai SDK's own stream accumulator (`responses.stream().finalResponse()`).
 */
import express from 'express';
import type { AddressInfo } from 'node:net';
import OpenAI from 'openai';
import type { ChatMessage } from '../../../shared/chat-job';
import { inputMessages } from '../../../api/v1/responses/input';
import type { ResponsesRequest } from '../../../api/v1/responses/schemas';
import { ResponsesStreamWriter } from '../../../api/v1/responses/stream-writer';

const images = { maxBytes: 1024, lookup: async () => ['93.184.215.14'] };
const noReferences = new Map();

describe('Responses input items as chat messages', () => {
  it('an answer replayed as a message item and its function_call items is one assistant turn, answered by tool messages', async () => {
    const input = [
      { role: 'user', content: 'Weather and time?' },
      { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Let me look.' }] },
      { type: 'function_call', call_id: 'call_1', name: 'weather', arguments: '{"city":"Lyon"}' },
      { type: 'function_call', call_id: 'call_2', name: 'time', arguments: '' },
      { type: 'function_call_output', call_id: 'call_2', output: '12:00' },
      { type: 'function_call_output', call_id: 'call_1', output: [{ type: 'input_text', text: 'sun' }] },
    ] as ResponsesRequest['input'];
    expect(await inputMessages(input, [], noReferences, images)).toEqual([
      { role: 'user', content: 'Weather and time?' },
      {
        role: 'assistant',
        content: 'Let me look.',
        toolCalls: [
          { id: 'call_1', name: 'weather', arguments: '{"city":"Lyon"}' },
          { id: 'call_2', name: 'time', arguments: '{}' },
        ],
      },
      { role: 'tool', toolCallId: 'call_2', toolName: 'time', content: '12:00' },
      { role: 'tool', toolCallId: 'call_1', toolName: 'weather', content: 'sun' },
    ]);
  });

  it('answers a call of the stored conversation once, and refuses a second answer to it', async () => {
    const earlier: ChatMessage[] = [
      { role: 'user', content: 'Weather?' },
      { role: 'assistant', content: '', toolCalls: [{ id: 'call_9', name: 'weather', arguments: '{}' }] },
    ];
    const once = [{ type: 'function_call_output', call_id: 'call_9', output: 'rain' }] as ResponsesRequest['input'];
    expect(await inputMessages(once, earlier, noReferences, images)).toEqual([{ role: 'tool', toolCallId: 'call_9', toolName: 'weather', content: 'rain' }]);
    const twice = [...once, { type: 'function_call_output', call_id: 'call_9', output: 'again' }] as ResponsesRequest['input'];
    await expect(inputMessages(twice, earlier, noReferences, images)).rejects.toMatchObject({ code: 'invalid_tool_call', details: { param: 'input[1].call_id' } });
  });

  it('a user image part becomes an image, checked as chat checks it', async () => {
    const input = [{ role: 'user', content: [{ type: 'input_text', text: 'What is it?' }, { type: 'input_image', image_url: 'https://93.184.215.14/a.png', detail: 'original' }] }] as ResponsesRequest['input'];
    expect(await inputMessages(input, [], noReferences, images)).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'What is it?' }, { type: 'image', url: 'https://93.184.215.14/a.png' }] },
    ]);
    const plain = [{ role: 'user', content: [{ type: 'input_image', image_url: 'http://93.184.215.14/a.png' }] }] as ResponsesRequest['input'];
    await expect(inputMessages(plain, [], noReferences, images)).rejects.toMatchObject({ code: 'invalid_image_url', message: 'input[0].content[0].image_url: only https and data URLs are accepted, not http' });
  });
});

describe('a streamed Responses answer, as the openai SDK assembles it', () => {
  /** Serves one stream written by `script` and reads it with responses.stream(). */
  async function streamed(script: (w: ResponsesStreamWriter) => void): Promise<{ final: OpenAI.Responses.Response; events: OpenAI.Responses.ResponseStreamEvent[] }> {
    const app = express();
    app.post('/v1/responses', (_req, res) => {
      const view = { id: 'resp_1', messageId: 'msg_1', createdAt: 1, request: { model: 'm', input: 'x' } as ResponsesRequest };
      script(new ResponsesStreamWriter(res, view, {}));
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const client = new OpenAI({ baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, apiKey: 'x', maxRetries: 0 });
      const stream = client.responses.stream({ model: 'm', input: 'x' });
      const events: OpenAI.Responses.ResponseStreamEvent[] = [];
      stream.on('event', (e) => events.push(e));
      return { final: await stream.finalResponse(), events };
    } finally {
      server.close();
    }
  }
  const finish = (w: ResponsesStreamWriter) => w.finish({ model: 'p/m', finishReason: 'tool_calls', usage: { input_tokens: 3, output_tokens: 4 } });

  it('text, then a call: the message is item 0 and the call item 1, in the events and in the final output', async () => {
    const { final, events } = await streamed((w) => {
      w.text('p/m', 'Let me ');
      w.text('p/m', 'look.');
      w.toolCallStart('p/m', { index: 0, id: 'call_1', name: 'weather' });
      w.toolCallArguments('p/m', 0, '{"city":');
      w.toolCallArguments('p/m', 0, '"Lyon"}');
      finish(w);
    });
    expect(final.output).toMatchObject([
      { type: 'message', id: 'msg_1', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: 'Let me look.', annotations: [] }] },
      { type: 'function_call', id: 'fc_1_0', call_id: 'call_1', name: 'weather', arguments: '{"city":"Lyon"}', status: 'completed' },
    ]);
    expect(final.output_text).toBe('Let me look.');
    const added = events.filter((e): e is OpenAI.Responses.ResponseOutputItemAddedEvent => e.type === 'response.output_item.added');
    expect(added.map((e) => [e.output_index, e.item.type])).toEqual([
      [0, 'message'],
      [1, 'function_call'],
    ]);
  });

  it('a call, then text: the call is item 0 and the message item 1', async () => {
    const { final } = await streamed((w) => {
      w.toolCallStart('p/m', { index: 0, id: 'call_1', name: 'time' });
      w.toolCallArguments('p/m', 0, '{}');
      w.text('p/m', 'Asked.');
      finish(w);
    });
    expect(final.output.map((o) => o.type)).toEqual(['function_call', 'message']);
    expect(final.output_text).toBe('Asked.');
    expect(final.usage?.total_tokens).toBe(7);
  });
});
