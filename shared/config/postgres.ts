/** Where the history is written, and how long a worker keeps trying when Postgres is away. */
import { defineGroup, setting } from './variable';
import { int, url } from './values';

export const postgresGroup = defineGroup('postgres', 'Postgres', {
  DATABASE_URL: setting(url(['postgres:', 'postgresql:']), {
    default: 'postgres://postgres@127.0.0.1:5432/ai_gateway',
    description: 'The Postgres database for task history and managed API keys; created and migrated at start-up when missing.',
    example: 'postgres://gateway:secret@db.internal:5432/ai_gateway',
  }),
  PERSIST_ATTEMPTS: setting(int(1, 1_000_000), {
    default: '1000',
    description: 'Tries at writing a finished task\'s outcome while Postgres is unreachable; at the 30 s cap, 1000 tries cover about 8 hours.',
    example: '5000',
  }),
  PERSIST_RETRY_MAX_MS: setting(int(1_000, 3_600_000), {
    default: '30000',
    description: 'The longest pause between two tries at writing an outcome (the backoff doubles from 1 s up to this).',
    example: '60000',
  }),
  HISTORY_RETENTION_DAYS: setting(int(0, 36_500), {
    default: '0',
    description: 'History older than this many days is removed by the workers, a whole month partition at a time where it can (the boundary month is trimmed in batches); 0 keeps it forever.',
    example: '90',
  }),
});
