/**
 * Finds the Redis and Postgres the tests run against:
 * 1. TEST_REDIS_URL / TEST_DATABASE_URL when set (CI sets both; its machine has no Docker engine);
 * 2. otherwise containers started with testcontainers, when a Docker engine answers;
 * 3. otherwise the local defaults, with a note saying so.
 */
import { execFileSync } from 'node:child_process';

const LOCAL_REDIS = 'redis://127.0.0.1:6379';
const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';

function dockerEngineAnswers(): boolean {
  try {
    execFileSync('docker', ['info', '--format', '{{.ServerVersion}}'], { stdio: 'ignore', timeout: 5_000 });
    return true;
  } catch {
    return false;
  }
}

export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_REDIS_URL && process.env.TEST_DATABASE_URL) return;
  if (dockerEngineAnswers()) {
    const { GenericContainer, Wait } = await import('testcontainers');
    const started: { stop(): Promise<unknown> }[] = [];
    if (!process.env.TEST_REDIS_URL) {
      const redis = await new GenericContainer('redis:7-alpine').withExposedPorts(6379).start();
      started.push(redis);
      process.env.TEST_REDIS_URL = `redis://${redis.getHost()}:${redis.getMappedPort(6379)}`;
    }
    if (!process.env.TEST_DATABASE_URL) {
      const pg = await new GenericContainer('postgres:16-alpine')
        .withEnvironment({ POSTGRES_HOST_AUTH_METHOD: 'trust' })
        .withExposedPorts(5432)
        .withWaitStrategy(Wait.forLogMessage(/database system is ready to accept connections/, 2))
        .start();
      started.push(pg);
      process.env.TEST_DATABASE_URL = `postgres://postgres@${pg.getHost()}:${pg.getMappedPort(5432)}/postgres`;
    }
    (globalThis as { __TEST_CONTAINERS__?: typeof started }).__TEST_CONTAINERS__ = started;
    return;
  }
  process.env.TEST_REDIS_URL ??= LOCAL_REDIS;
  process.env.TEST_DATABASE_URL ??= LOCAL_POSTGRES;
  process.stderr.write(`\n[tests] no Docker engine: using ${process.env.TEST_REDIS_URL} and ${process.env.TEST_DATABASE_URL}\n`);
}
