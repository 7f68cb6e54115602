/** The lock settings keep a killed worker's task waiting at most 15 s (docs/reliability.md gives the formula). */
import { parseConfig } from '../../../shared/config';
import { takeoverBoundMs } from '../../../shared/queue';

describe('crash takeover bound', () => {
  it('is JOB_LOCK_MS + STALLED_INTERVAL_MS when the check runs more often than the lock lasts', () => {
    expect(takeoverBoundMs(9_000, 3_000)).toBe(12_000);
  });

  it('is two check intervals when the check runs less often than the lock lasts', () => {
    expect(takeoverBoundMs(2_000, 5_000)).toBe(10_000);
  });

  it('stays within 15 s with the defaults, leaving room for the new worker to pick the job up', () => {
    const config = parseConfig({});
    expect(takeoverBoundMs(config.JOB_LOCK_MS, config.STALLED_INTERVAL_MS)).toBeLessThanOrEqual(12_000);
  });
});
