/** A tenant sees each attempt's tokens and cost (its own spend), never the upstream's words. */
import { attemptsFor } from '../../../api/tenant-view';
import type { Attempt } from '../../../shared/task-schemas';

const attempt: Attempt = {
  provider: 'openai',
  model: 'gpt-4o-mini',
  outcome: 'error',
  status_code: 500,
  error_kind: 'server_error',
  latency_ms: 12,
  message: 'upstream 10.9.8.7:8443 said pool exhausted',
  input_tokens: 100,
  output_tokens: 20,
  cost_usd: 0.000027,
};

describe('attemptsFor', () => {
  it('keeps tokens and cost for a tenant and drops the message', () => {
    expect(attemptsFor([attempt], false)).toEqual([
      { provider: 'openai', model: 'gpt-4o-mini', outcome: 'error', status_code: 500, error_kind: 'server_error', latency_ms: 12, input_tokens: 100, output_tokens: 20, cost_usd: 0.000027 },
    ]);
  });

  it('leaves out what the attempt does not have', () => {
    const [view] = attemptsFor([{ provider: 'local', outcome: 'success', latency_ms: 3 }], false);
    expect(view).toEqual({ provider: 'local', outcome: 'success', latency_ms: 3 });
  });
});
