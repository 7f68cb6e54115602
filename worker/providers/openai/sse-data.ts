/**
 * The `data` of each server-sent event in a byte stream, as the AI SDK reads it (eventsource-parser
 * behind a TextDecoderStream), without the three web TransformStreams that reading costs there.
 *
 * The rules kept: lines end in LF, CRLF or a lone CR (a CR at the end of what has arrived waits,
 * since an LF may follow); `data:` lines (one leading space dropped) join with LF; a blank line ends
 * the event, which is passed on only if it had a data line; every other field (`event`, `id`,
 * `retry`, comments) is ignored, as the SDK ignores them; an event not ended by a blank line when
 * the body ends is dropped. Bytes are decoded as UTF-8 with replacement, a character split between
 * reads joined first (TextDecoder's stream mode), a leading BOM dropped.
 */
export class SseDataReader {
  private readonly decoder = new TextDecoder();
  /** Text after the last complete line. */
  private pending = '';
  private data = '';
  private dataLines = 0;

  /** The data of every event the bytes complete. */
  push(bytes: Uint8Array): string[] {
    const text = this.pending + this.decoder.decode(bytes, { stream: true });
    const events: string[] = [];
    // Most bodies use LF alone: then one indexOf per line finds each end.
    const crFree = text.indexOf('\r') === -1;
    let start = 0;
    for (;;) {
      const lineEnd = crFree ? text.indexOf('\n', start) : nextLineEnd(text, start);
      if (lineEnd === -1) break;
      this.line(text.slice(start, lineEnd), events);
      start = lineEnd + 1;
      if (text.charCodeAt(lineEnd) === CR && text.charCodeAt(start) === LF) start++;
    }
    this.pending = text.slice(start);
    return events;
  }

  private line(line: string, events: string[]): void {
    if (line === '') {
      if (this.dataLines > 0) events.push(this.data);
      this.data = '';
      this.dataLines = 0;
      return;
    }
    if (!line.startsWith('data')) return;
    let value: string;
    if (line.length === 4) value = '';
    else if (line.charCodeAt(4) === COLON) value = line.slice(line.charCodeAt(5) === SPACE ? 6 : 5);
    else return;
    this.data = this.dataLines === 0 ? value : `${this.data}\n${value}`;
    this.dataLines++;
  }
}

const LF = 10;
const CR = 13;
const COLON = 58;
const SPACE = 32;

/** The index of the next line ending at or after `from`, or -1 (a final CR is not yet known to end a line). */
function nextLineEnd(text: string, from: number): number {
  const lf = text.indexOf('\n', from);
  const cr = text.indexOf('\r', from);
  if (cr === -1) return lf;
  if (lf !== -1 && lf < cr) return lf;
  return cr === text.length - 1 ? -1 : cr;
}
