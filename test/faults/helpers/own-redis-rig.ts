/**
 * The setup of the tests that kill their own Redis under load: a Redis server of the describe
 * block's own, a mock provider, and the gateway a test starts on them, all stopped after the block.
 */
import { startMockProvider, type MockProvider } from '../../../tools/mock-provider/server';
import { startTestGateway, type TestGateway } from '../../helpers/gateway';
import { hookMade } from '../../helpers/hook-made';
import { startRedisServer, type TestRedisServer } from './redis-server';

export interface OwnRedisRig {
  readonly redis: TestRedisServer;
  readonly mock: MockProvider;
  /**
   * A gateway on this Redis with one provider, `steady`, slow enough (300 ms) to leave tasks in
   * flight when Redis dies, and short job locks so stalled jobs are taken over quickly.
   */
  env(): Record<string, string>;
  /** Starts the API (no worker in it) under `env`; stopped after the block. */
  gateway(env: Record<string, string>): Promise<TestGateway>;
}

/** Registers the block's hooks; `redisArgs` go to redis-server (persistence settings, say). */
export function ownRedisRig(redisArgs: string[] = []): OwnRedisRig {
  let redis: TestRedisServer | undefined;
  let mock: MockProvider | undefined;
  let gw: TestGateway | undefined;
  beforeAll(async () => {
    redis = await startRedisServer(redisArgs);
    mock = await startMockProvider({ port: 0 });
  });
  afterAll(async () => {
    await gw?.stop();
    await mock?.close();
    await redis?.destroy();
  });
  const started = <T>(value: T | undefined): T => hookMade(value, 'the own-Redis rig');
  return {
    get redis() {
      return started(redis);
    },
    get mock() {
      return started(mock);
    },
    env: () => ({
      REDIS_URL: started(redis).url,
      OPENAI_COMPATIBLE_PROVIDERS: JSON.stringify([{ name: 'steady', baseUrl: `${started(mock).url}/v1`, model: 'mock-latency-300' }]),
      PROVIDER_ORDER: 'steady',
      LOCAL_PROVIDER: 'false',
      JOB_LOCK_MS: '2000',
      STALLED_INTERVAL_MS: '1000',
    }),
    async gateway(env) {
      gw = await startTestGateway({ withWorker: false, env });
      return gw;
    },
  };
}
