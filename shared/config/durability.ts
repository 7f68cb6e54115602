/** How accepted tasks survive a Redis that loses its data: the reconciler that re-enqueues them from Postgres. */
import { defineGroup, setting } from './variable';
import { int } from './values';

export const durabilityGroup = defineGroup('durability', 'Accepted tasks when Redis loses its data', {
  RECONCILE_INTERVAL_SECONDS: setting(int(0, 86_400), {
    default: '60',
    description:
      'How often the API looks for accepted tasks (recorded in Postgres) whose job vanished from Redis, and queues them again; it also looks soon after Redis reconnects. 0 turns the reconciler off.',
    example: '30',
  }),
  RECONCILE_GRACE_SECONDS: setting(int(1, 3_600), {
    default: '30',
    description: 'A task accepted less than this long ago is not reconciled (its API may be queuing it at that moment); allow for clock skew between API hosts.',
    example: '60',
  }),
  RECONCILE_BATCH_SIZE: setting(int(1, 10_000), {
    default: '500',
    description: 'Unfinished tasks the reconciler reads from Postgres and checks in Redis per round trip.',
    example: '1000',
  }),
});
