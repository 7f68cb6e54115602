/** SIGTERM/SIGINT: run the shutdown once, then exit 0 (1 if shutdown itself failed). */
import type { Logger } from './logger';

export function onShutdownSignal(logger: Logger, shutdown: () => Promise<void>): void {
  let started = false;
  const handle = (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    logger.info('shutting down', { signal });
    shutdown().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error('shutdown failed', { error: err });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', handle);
  process.on('SIGINT', handle);
}

