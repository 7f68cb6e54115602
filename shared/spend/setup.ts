/** Builds the price book from the configuration, reporting each unpriced model once and counting every call. */
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { GatewayMetrics } from '../metrics';
import { BUILT_IN_PRICES, PriceBook } from './price-book';

export function createPriceBook(config: Pick<Config, 'MODEL_PRICES' | 'OPENAI_COMPATIBLE_PROVIDERS'>, logger: Logger, metrics?: Pick<GatewayMetrics, 'spend'>): PriceBook {
  return new PriceBook({
    overrides: config.MODEL_PRICES,
    extraServers: config.OPENAI_COMPATIBLE_PROVIDERS,
    onUnpriced: (provider, model, first) => {
      metrics?.spend.recordUnpriced(provider, model);
      if (first) {
        logger.warn('a model without a price consumed tokens; its cost is null (set MODEL_PRICES)', {
          provider,
          model,
          prices_taken_on: BUILT_IN_PRICES.takenOn,
        });
      }
    },
  });
}
