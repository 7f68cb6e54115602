/** Fair queueing (docs/fair-queueing.md): lanes, fair share between keys, and per-key queue limits. */
import { defineGroup, setting } from './variable';
import { bool, int } from './values';

export const fairGroup = defineGroup('fair', 'Fair queueing', {
  FAIR_QUEUEING: setting(bool, {
    default: 'true',
    description:
      'Lanes (work someone waits for before batch work) and fair share between keys with work waiting, through BullMQ priorities. Off: one FIFO queue and no per-key queue limits, as before.',
    example: 'false',
  }),
  FAIR_DEFAULT_MAX_QUEUED: setting(int(0, 100_000_000), {
    default: '100000',
    description: 'Tasks one key may have waiting at once when the key sets no --max-queued (0: no limit); past it POST /ai/task and /v1 answer 429 queue_full.',
    example: '5000',
  }),
  FAIR_DEFAULT_MAX_IN_FLIGHT: setting(int(0, 1_000_000), {
    default: '0',
    description: 'Tasks one key may have running at once across all workers when the key sets no --max-in-flight (0: no limit).',
    example: '20',
  }),
  FAIR_DEFER_MS: setting(int(10, 60_000), {
    default: '250',
    description: 'How long a job whose key is at its in-flight limit waits (delayed, spending no attempt) before a worker tries it again.',
    example: '500',
  }),
  FAIR_METRICS_TOP_KEYS: setting(int(0, 100), {
    default: '10',
    description: 'Prometheus exports per-key queue depth for this many keys at most (the deepest), so the label set stays bounded.',
    example: '20',
  }),
});
