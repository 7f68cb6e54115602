/** Where Redis is, and whether the gateway accepts one that may evict keys. */
import { z } from 'zod';
import { defineGroup, setting } from './variable';
import { bool, url } from './values';

export const redisGroup = defineGroup('redis', 'Redis', {
  REDIS_URL: setting(url(['redis:', 'rediss:']), {
    default: 'redis://127.0.0.1:6379',
    description: 'The Redis holding the queue, breaker state, rate-limit counters and stream relays.',
    example: 'rediss://:password@redis.internal:6380',
  }),
  REDIS_CLUSTER: setting(bool, {
    default: 'false',
    description:
      'REDIS_URL is a seed node of a Redis Cluster (the other nodes are discovered). Needs a QUEUE_PREFIX with a hash tag (`{aigw}`): BullMQ\'s scripts and the gateway\'s own multi-key scripts must find all their keys in one slot.',
    example: 'true',
  }),
  REDIS_EVICTION_CHECK: setting(z.enum(['refuse', 'warn']), {
    default: 'refuse',
    description: '`refuse`: do not start when Redis may evict keys (a maxmemory-policy other than noeviction); `warn`: start anyway.',
    example: 'warn',
  }),
});
