/** What one caller may send: request rates and sizes. */
import { defineGroup, setting } from './variable';
import { int } from './values';

export const limitsGroup = defineGroup('limits', 'Rate limits and request sizes', {
  RATE_LIMIT_TASKS_PER_MINUTE: setting(int(1, 1_000_000_000), {
    default: '30',
    description: 'Tasks (POST /ai/task and /v1/chat/completions) per API key (or per client IP when auth is off) per minute; a managed API key\'s own limit replaces it. Shared by every API replica: each leases 1% of it from Redis at a time (1 to 64 requests) and may leave up to that many unused per client per minute (docs/security.md).',
    example: '600',
  }),
  RATE_LIMIT_CLEANUP_PER_MINUTE: setting(int(1, 1_000_000_000), {
    default: '5',
    description: 'History clean-up requests (POST /history/cleanup) per API key per minute.',
    example: '10',
  }),
  MAX_BODY_BYTES: setting(int(1_024, 50 * 1024 * 1024), { default: '1048576', description: 'The largest request body accepted.', example: '4194304' }),
  MAX_TEXT_CHARS: setting(int(1, 10_000_000), {
    default: '200000',
    description: 'The longest task text (or sum of chat message texts) accepted.',
    example: '500000',
  }),
  IMAGE_MAX_BYTES: setting(int(1_024, 50 * 1024 * 1024), {
    default: '5242880',
    description: 'The largest image a chat message may carry (a data URL\'s decoded bytes) or the worker may download for a provider that takes no image URLs.',
    example: '20971520',
  }),
  IMAGE_FETCH_TIMEOUT_SECONDS: setting(int(1, 120), {
    default: '10',
    description: 'How long the worker waits for an image URL it downloads (only public https addresses are ever fetched).',
    example: '5',
  }),
});
