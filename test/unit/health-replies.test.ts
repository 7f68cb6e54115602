/**
 * The health scripts' replies as the worker reads them (shared/health/replies.ts): a well-formed
 * reply becomes transitions or refusals, and a reply of another shape throws (a bug in a script,
 * never read as a made-up state).
 */
import { acquireReply, recordChanges, statusEntries, viewEntries } from '../../shared/health/replies';

describe('health script replies', () => {
  it('record: fifteen values, five per scope, become the transitions made', () => {
    const reply = ['closed', 'open', 30_000, 5, 'consecutive', '', '', 0, 0, '', 'half_open', 'closed', 0, 0, ''];
    expect(recordChanges(reply)).toEqual([
      { scope: 'deployment', from: 'closed', to: 'open', why: 'consecutive', openMs: 30_000, consecutiveFailures: 5 },
      { scope: 'base_url', from: 'half_open', to: 'closed' },
    ]);
  });

  it('record: a reply of another length, or a state that does not exist, throws', () => {
    expect(() => recordChanges(['closed', 'open', 1, 1, 'consecutive'])).toThrow();
    expect(() => recordChanges(['closed', 'ajar', 0, 0, '', '', '', 0, 0, '', '', '', 0, 0, ''])).toThrow();
  });

  it('record: a value of the wrong type in any scope throws, naming the script', () => {
    const good = ['', '', 0, 0, '', '', '', 0, 0, '', '', '', 0, 0, ''];
    expect(recordChanges(good)).toEqual([]);
    for (const [at, bad] of [[2, '30000'], [3, null], [4, 7], [10, 'opened'], [14, undefined]] as const) {
      const reply = [...good];
      reply[at] = bad as never;
      expect(() => recordChanges(reply)).toThrow(/^record\.lua answered in another shape than its own: \[/);
    }
    expect(() => recordChanges('OK')).toThrow('record.lua answered in another shape than its own: "OK"');
  });

  it('acquire: an admission with its probe and half-opened scopes, or a refusal with its scope, reason and wait', () => {
    expect(acquireReply(['admitted', '100', '000'])).toEqual(['admitted', ['deployment'], []]);
    expect(acquireReply(['admitted', '011', '001'])).toEqual(['admitted', ['credential', 'base_url'], ['base_url']]);
    expect(acquireReply(['refused', 3, 'cooldown', 2_500, ''])).toEqual(['refused', 'base_url', 'cooldown', 2_500, '']);
    expect(acquireReply(['refused', 1, 'misconfigured', 0, 'model_not_found'])).toEqual(['refused', 'deployment', 'misconfigured', 0, 'model_not_found']);
  });

  it('acquire: any other shape throws, naming the script', () => {
    const bad: unknown[] = [
      null,
      'admitted',
      ['admitted', '10', '000'], // a flag missing
      ['admitted', '102', '000'], // not a flag
      ['admitted', '100'], // half-opened flags missing
      ['refused', 0, 'cooldown', 1, ''], // no scope 0
      ['refused', 4, 'cooldown', 1, ''], // nor 4
      ['refused', 1, 'closed', 1, ''], // not a refusal reason
      ['refused', 1, 'cooldown', -1, ''], // a negative wait
      ['refused', 1, 'cooldown', 1.5, ''], // a wait not in whole ms
      ['refused', 1, 'cooldown', 1], // the misconfigured reason missing
      ['granted', '100', '000'],
    ];
    for (const reply of bad) expect(() => acquireReply(reply)).toThrow(/^acquire\.lua answered in another shape than its own: /);
  });

  it('view: one entry per deployment asked for; another count throws', () => {
    const reply = [
      [0, '', 0, '', 2],
      [2, 'circuit_open', 1_500, '', 0],
    ];
    expect(viewEntries(reply, 2)).toEqual([
      { refusal: null, inFlight: 2 },
      { refusal: { scope: 'credential', reason: 'circuit_open', retryInMs: 1_500 }, inFlight: 0 },
    ]);
    expect(() => viewEntries(reply, 3)).toThrow('view.lua answered for 2 deployments, asked for 3');
  });

  it('status: the clock, then one entry per deployment; another count throws', () => {
    const scope = ['closed', 0, 0, 0, 0, 0, 0, ''];
    const reply = [1_700_000_000_000, [scope, scope, scope, 0, []]];
    expect(statusEntries(reply, 1).now).toBe(1_700_000_000_000);
    expect(() => statusEntries(reply, 2)).toThrow('status.lua answered for 1 deployments, asked for 2');
  });
});
