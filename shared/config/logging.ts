/** What the JSON logs hold and where they go. */
import { z } from 'zod';
import { defineGroup, setting } from './variable';
import { bool, int } from './values';

export const loggingGroup = defineGroup('logging', 'Logging', {
  LOG_LEVEL: setting(z.enum(['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly']), {
    default: 'info',
    description: 'The least severe level written.',
    example: 'debug',
  }),
  LOG_TEXT: setting(bool, { default: 'false', description: 'Input texts are left out of logs, and prompts and answers out of traces, unless this is on.', example: 'true' }),
  OUTAGE_SUMMARY_MS: setting(int(1_000, 3_600_000), {
    default: '60000',
    description: 'While Redis or Postgres is away, one summary line per this interval (one line when it goes, one when it returns; none per failure).',
    example: '300000',
  }),
  LOG_FILE: setting(z.string().min(1).optional(), {
    description: 'Also append the JSON log lines to this file (the console always gets them).',
    example: '/var/log/ai-gateway/gateway.log',
  }),
});
