/** Deployment health: per-scope circuits, cooldowns, in-flight counts and latency, shared through Redis. */
export * from './types';
export { MemoryHealthStore, type MemoryHealthStoreOptions } from './memory-store';
export { RedisHealthStore, type RedisHealthStoreOptions } from './redis-store';
export { HealthStatusReader, type StatusReport } from './status-reader';
export { createHealthRedis } from './connection';
export { createWorkerHealth, createHealthStatusReader, type HealthListeners } from './factory';
export { healthSettings } from './settings';
export { orderCandidates, RoundRobin, type Candidate, type OrderOptions, type Ordered } from './balance';
export { deploymentStatusView, deploymentStatusViewSchema, type DeploymentStatusView } from './status-view';
export { scopeIdOf } from './rules';
