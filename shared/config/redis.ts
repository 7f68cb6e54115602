/** Where Redis is, and whether the gateway accepts one that may evict keys. */
import { z } from 'zod';
import { defineGroup, setting } from './variable';
import { url } from './values';

export const redisGroup = defineGroup('redis', 'Redis', {
  REDIS_URL: setting(url(['redis:', 'rediss:']), {
    default: 'redis://127.0.0.1:6379',
    description: 'The Redis holding the queue, breaker state, rate-limit counters and stream relays.',
    example: 'rediss://:password@redis.internal:6380',
  }),
  REDIS_EVICTION_CHECK: setting(z.enum(['refuse', 'warn']), {
    default: 'refuse',
    description: '`refuse`: do not start when Redis may evict keys (a maxmemory-policy other than noeviction); `warn`: start anyway.',
    example: 'warn',
  }),
});
