/**
 * The health scripts' replies as the worker reads them (shared/health/replies.ts): a well-formed
 * reply becomes transitions or refusals, and a reply of another shape throws (a bug in a script,
 * never read as a made-up state).
 */
import { recordChanges, statusEntries, viewEntries } from '../../shared/health/replies';

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
