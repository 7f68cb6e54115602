/**
 * The bench's (l) counts Redis commands from `INFO commandstats`; a line it misreads would make the
 * per-task figures wrong without any error. Sample taken from Redis 7's output format.
 */
import { parseCommandStats } from '../../bench/round-trips';

describe('parseCommandStats', () => {
  it('reads the calls of every command, sub-commands included', () => {
    const info = [
      '# Commandstats',
      'cmdstat_evalsha:calls=1002,usec=40211,usec_per_call=40.13,rejected_calls=0,failed_calls=0',
      'cmdstat_hmget:calls=15000,usec=9000,usec_per_call=0.60,rejected_calls=0,failed_calls=0',
      'cmdstat_config|resetstat:calls=4,usec=10,usec_per_call=2.50,rejected_calls=0,failed_calls=0',
      '',
    ].join('\r\n');
    expect([...parseCommandStats(info)]).toEqual([
      ['evalsha', 1002],
      ['hmget', 15000],
      ['config|resetstat', 4],
    ]);
  });

  it('reads nothing from a section without command lines', () => {
    expect(parseCommandStats('# Commandstats\r\n').size).toBe(0);
  });
});
