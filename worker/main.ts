/** `npm run start:worker`: one worker process (run as many as the load needs). */
import { loadConfigOrExit } from '../shared/config';
import { createRootLogger, loggerOptions } from '../shared/logger';
import { onShutdownSignal } from '../shared/lifecycle';
import { prepareDatabase } from '../shared/startup';
import { checkEvictionPolicyAt } from '../shared/redis-policy';
import { buildProviderRegistry } from './provider-setup';
import { createWorkerRuntime } from './runtime';
import { startMetricsServer } from './metrics-server';
import { processMetrics } from '../shared/metrics';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createRootLogger(loggerOptions(config));
  await checkEvictionPolicyAt(config.REDIS_URL, config.REDIS_EVICTION_CHECK, logger, { cluster: config.REDIS_CLUSTER });
  const db = await prepareDatabase(config.DATABASE_URL, logger);
  const worker = createWorkerRuntime(config, db, buildProviderRegistry(config), logger);
  const metricsServer = await startMetricsServer({
    port: config.WORKER_METRICS_PORT,
    host: config.HOST,
    token: config.METRICS_TOKEN,
    metrics: processMetrics(),
  });
  logger.info('worker started', { queue: config.QUEUE_NAME, concurrency: config.WORKER_CONCURRENCY, metrics_port: metricsServer.port });
  onShutdownSignal(logger, async () => {
    await worker.shutdown(config.SHUTDOWN_TIMEOUT_MS);
    // Closed after the drain, so Prometheus still sees a draining worker as up.
    await metricsServer.close();
    await db.destroy();
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`start-up failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
