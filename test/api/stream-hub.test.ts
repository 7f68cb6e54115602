/**
 * The API's one reader of every streamed task's Redis Stream (api/v1/stream-hub.ts), against real
 * Redis: several readers of one stream, each at its own place, none seeing a gap or an entry twice.
 * A repeated Idempotency-Key request follows the first one's stream from its start while the first
 * may still be reading it, or has just gone.
 */
import { Redis } from 'ioredis';
import { RELAY_FIELD } from '../../shared/stream-events';
import { StreamHub, compareStreamIds, type HubRead, type Subscription } from '../../api/v1/stream-hub';
import { testRedisUrl, uniqueName } from '../helpers/env';

const text = (seq: number) => JSON.stringify({ type: 'text', seq, text: `w${seq}`, provider: 'p', model: 'm' });

describe('StreamHub', () => {
  let reader: Redis;
  let control: Redis;
  let hub: StreamHub;
  beforeEach(() => {
    reader = new Redis(testRedisUrl());
    control = new Redis(testRedisUrl());
    hub = new StreamHub(reader, control);
  });
  afterEach(async () => {
    await hub.close();
    control.disconnect();
  });

  const add = (key: string, seq: number) => control.xadd(key, '*', RELAY_FIELD, text(seq));
  /** The seq numbers of the next `n` reads (a timeout or close reads as itself). */
  const readSeqs = async (sub: Subscription, n: number): Promise<Array<number | string>> => {
    const seqs: Array<number | string> = [];
    for (let i = 0; i < n; i += 1) {
      const read: HubRead = await sub.next(5_000);
      seqs.push(typeof read === 'string' ? read : read.type === 'text' ? read.seq : read.type);
    }
    return seqs;
  };

  it('gives two readers of one stream every entry, each from the start', async () => {
    const key = uniqueName('hub');
    const a = hub.subscribe(key);
    await add(key, 1);
    await add(key, 2);
    expect(await readSeqs(a, 2)).toEqual([1, 2]);
    const b = hub.subscribe(key);
    await add(key, 3);
    expect(await readSeqs(b, 3)).toEqual([1, 2, 3]);
    expect(await readSeqs(a, 1)).toEqual([3]);
    expect(hub.size).toBe(1);
  });

  it('a reader that joins while a read asked for another reader\'s place gets no gap', async () => {
    const key = uniqueName('hub');
    const first = hub.subscribe(key);
    for (const seq of [1, 2, 3]) await add(key, seq);
    expect(await readSeqs(first, 3)).toEqual([1, 2, 3]);
    // The hub's read is now blocked past entry 3. Entry 4 lands and the repeat joins in the same
    // turn, before that read's reply is handled: the reply (entry 4 only) must not be its start.
    void add(key, 4);
    const repeat = hub.subscribe(key);
    first.close();
    expect(await readSeqs(repeat, 4)).toEqual([1, 2, 3, 4]);
  });

  it('a reader that closes after another reader of its stream joined leaves that reader reading', async () => {
    const key = uniqueName('hub');
    const first = hub.subscribe(key);
    await add(key, 1);
    expect(await readSeqs(first, 1)).toEqual([1]);
    const repeat = hub.subscribe(key);
    expect(await readSeqs(repeat, 1)).toEqual([1]);
    first.close();
    await add(key, 2);
    expect(await readSeqs(repeat, 1)).toEqual([2]);
    repeat.close();
    expect(hub.size).toBe(0);
  });

  it('tells whether Redis holds a stream\'s end: its last entry an end or an error, not a text, nor a missing stream', async () => {
    const key = uniqueName('hub');
    expect(await hub.holdsEnd(key)).toBe(false);
    await add(key, 1);
    expect(await hub.holdsEnd(key)).toBe(false);
    await control.xadd(key, '*', RELAY_FIELD, JSON.stringify({ type: 'end', texts: 1, provider: 'p', model: 'm', finish_reason: 'tool_calls', usage: { input_tokens: 1, output_tokens: 1 } }));
    expect(await hub.holdsEnd(key)).toBe(true);
    const failed = uniqueName('hub');
    await control.xadd(failed, '*', RELAY_FIELD, JSON.stringify({ type: 'error', code: 'all_providers_failed', message: 'x' }));
    expect(await hub.holdsEnd(failed)).toBe(true);
    await control.del(key, failed);
  });

  it('orders stream ids by milliseconds, then sequence, as numbers', () => {
    expect(compareStreamIds('0', '1-0')).toBe(-1);
    expect(compareStreamIds('1700000000000-9', '1700000000000-10')).toBe(-1);
    expect(compareStreamIds('1700000000001-0', '1700000000000-99')).toBe(1);
    expect(compareStreamIds('5-3', '5-3')).toBe(0);
  });
});
