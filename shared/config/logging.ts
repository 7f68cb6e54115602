/** What the JSON logs hold and where they go. */
import { z } from 'zod';
import { defineGroup, setting } from './variable';
import { bool } from './values';

export const loggingGroup = defineGroup('logging', 'Logging', {
  LOG_LEVEL: setting(z.enum(['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly']), {
    default: 'info',
    description: 'The least severe level written.',
    example: 'debug',
  }),
  LOG_TEXT: setting(bool, { default: 'false', description: 'Input texts are left out of logs unless this is on.', example: 'true' }),
  LOG_FILE: setting(z.string().min(1).optional(), {
    description: 'Also append the JSON log lines to this file (the console always gets them).',
    example: '/var/log/ai-gateway/gateway.log',
  }),
});
