/**
 * The SSE splitter of the thin OpenAI reader against eventsource-parser, the parser the AI SDK
 * reads the same bodies with: for each body, cut at every position (and byte by byte), both must
 * give the same event data.
 */
import { createParser } from 'eventsource-parser';
import { SseDataReader } from '../../../worker/providers/openai/sse-data';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** What the SDK's parser passes on: the data of each dispatched event, from the body decoded whole. */
function reference(body: Uint8Array): string[] {
  const out: string[] = [];
  const parser = createParser({ onEvent: (event) => out.push(event.data) });
  parser.feed(new TextDecoder().decode(body));
  return out;
}

function split(body: Uint8Array, cuts: number[]): string[] {
  const reader = new SseDataReader();
  const out: string[] = [];
  let from = 0;
  for (const cut of [...cuts, body.length]) {
    out.push(...reader.push(body.subarray(from, cut)));
    from = cut;
  }
  return out;
}

const BODIES: Array<[string, string]> = [
  ['LF', 'data: {"a":1}\n\ndata: {"a":2}\n\ndata: [DONE]\n\n'],
  ['CRLF', 'data: {"a":1}\r\n\r\ndata: {"a":2}\r\n\r\ndata: [DONE]\r\n\r\n'],
  ['lone CR', 'data: {"a":1}\r\rdata: {"a":2}\r\r'],
  ['no space after the colon, and an empty data line', 'data:{"a":1}\n\ndata\n\ndata:\n\n'],
  ['several data lines joined with LF', 'data: {"a":\ndata: 1}\n\n'],
  ['comments, event, id and retry fields ignored', ': keep-alive\nevent: message\nid: 7\nretry: 100\ndata: x\n\n:\n\n'],
  ['a blank line with no data dispatches nothing', '\n\n\nevent: ping\n\ndata: y\n\n'],
  ['an unknown field and a "data" look-alike', 'database: z\ndatax: q\ndata: ok\n\n'],
  ['the last event without its blank line is dropped', 'data: first\n\ndata: cut'],
  ['multibyte UTF-8', 'data: {"t":"héllo — 日本語 🎉"}\n\ndata: {"t":"ß"}\n\n'],
  ['a leading BOM', '\uFEFFdata: bom\n\n'],
];

describe('SseDataReader', () => {
  it.each(BODIES)('%s: the same events as eventsource-parser, read whole', (_name, text) => {
    const body = bytes(text);
    expect(split(body, [])).toEqual(reference(body));
  });

  it.each(BODIES)('%s: the same events, cut at any one byte', (_name, text) => {
    const body = bytes(text);
    const expected = reference(body);
    for (let cut = 0; cut <= body.length; cut++) expect(split(body, [cut])).toEqual(expected);
  });

  it.each(BODIES)('%s: the same events, one byte at a time (a character split across reads)', (_name, text) => {
    const body = bytes(text);
    expect(split(body, Array.from({ length: body.length }, (_, i) => i))).toEqual(reference(body));
  });

  it('answers an event as soon as its blank line arrives, before the body ends', () => {
    const reader = new SseDataReader();
    expect(reader.push(bytes('data: one\n'))).toEqual([]);
    expect(reader.push(bytes('\ndata: two'))).toEqual(['one']);
    expect(reader.push(bytes('\n\n'))).toEqual(['two']);
  });

  it('waits on a CR at the end of a read: an LF may follow (CRLF is one line end, not two)', () => {
    const reader = new SseDataReader();
    expect(reader.push(bytes('data: a\r'))).toEqual([]);
    expect(reader.push(bytes('\n\r'))).toEqual([]);
    expect(reader.push(bytes('\n'))).toEqual(['a']);
  });
});
