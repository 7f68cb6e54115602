/**
 * Starts a real gateway in the test process: the Express API on an ephemeral port and a BullMQ
 * worker, against the test Redis and a fresh Postgres database, with a queue name of its own.
 * Like main.ts it is a composition root, so it may wire the API and the worker together.
 */
import type { AddressInfo } from 'node:net';
import { createApiRuntime, type ApiRuntime } from '../../api/runtime';
import { parseConfig, type Config } from '../../shared/config';
import type { Db } from '../../shared/db';
import { createRootLogger } from '../../shared/logger';
import type { ProviderDescriptor } from '../../shared/providers/descriptor';
import { PROVIDER_DESCRIPTORS } from '../../shared/providers/descriptors';
import { prepareDatabase } from '../../shared/startup';
import { buildProviderRegistry } from '../../worker/provider-setup';
import type { AdapterFactory, ProviderAdapter, ProviderEntry } from '../../worker/providers/types';
import { createWorkerRuntime, type WorkerRuntimeOverrides } from '../../worker/runtime';
import type { TaskWorker } from '../../worker/task-worker';
import type { TracingOptions } from '../../shared/tracing/setup';
import { freshDatabase, testRedisUrl, uniqueName } from './env';

export interface TestGateway {
  url: string;
  config: Config;
  db: Db;
  api: ApiRuntime;
  worker?: TaskWorker;
  registry: Map<string, ProviderEntry>;
  stop(): Promise<void>;
}

export interface TestGatewayOptions {
  env?: Record<string, string>;
  /** Extra providers (in-test fakes) added to the registry, by name. */
  providers?: ProviderAdapter[];
  withWorker?: boolean;
  workerOverrides?: WorkerRuntimeOverrides;
  /** A provider table with more rows (docs/adding-a-provider.md), and the adapter folders they name. */
  descriptors?: readonly ProviderDescriptor[];
  adapters?: Readonly<Record<string, AdapterFactory>>;
  /** Where each role's spans go (in-memory exporters); tracing stays off without it unless `env` configures it. */
  tracing?: { api?: TracingOptions; worker?: TracingOptions };
}

export function fakeEntry(adapter: ProviderAdapter): ProviderEntry {
  return { adapter, info: { name: adapter.name, configured: true, credentialSource: 'native', model: adapter.model, baseUrlHost: null } };
}

export async function startTestGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  const database = freshDatabase();
  const config = parseConfig(
    {
      REDIS_URL: testRedisUrl(),
      DATABASE_URL: database.url,
      QUEUE_NAME: uniqueName('q'),
      LOG_LEVEL: 'error',
      SYNC_WAIT_MS: '10000',
      // Tests send far more than the production defaults; rate-limit tests set their own.
      RATE_LIMIT_TASKS_PER_MINUTE: '100000',
      RATE_LIMIT_CLEANUP_PER_MINUTE: '100000',
      ...options.env,
    },
    options.descriptors ?? PROVIDER_DESCRIPTORS,
  );
  const logger = createRootLogger({ level: config.LOG_LEVEL, silent: true });
  const db = await prepareDatabase(config.DATABASE_URL, logger, 5);
  const registry = buildProviderRegistry(config, { adapters: options.adapters });
  const fakes = (options.providers ?? []).map(fakeEntry);
  for (const entry of fakes) registry.set(entry.info.name, entry);
  const worker = options.withWorker === false ? undefined : createWorkerRuntime(config, db, registry, logger, {
          ...options.workerOverrides,
          tracing: options.tracing?.worker ?? options.workerOverrides?.tracing,
        });
  // The in-test fakes are not in the config, so the API is told about them as a composition root would.
  const api = await createApiRuntime(config, db, logger, { extraProviders: fakes.map((e) => e.info), tracing: options.tracing?.api });
  const server = await api.listen(0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    config,
    db,
    api,
    worker,
    registry,
    async stop() {
      await api.close();
      await worker?.shutdown(5_000);
      await db.destroy();
      await database.drop();
    },
  };
}
