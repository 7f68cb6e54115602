/**
 * Mid-stream provider faults in the three shapes of a chain (several providers, models of one
 * provider, two keys per model: test/faults/helpers/shapes.ts), streamed to the official OpenAI
 * SDK through the chain's route. Whatever the shape, the client gets the whole answer and [DONE],
 * never a short answer that looks finished.
 */
import OpenAI from 'openai';
import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import { mockProviderPerFile } from '../faults/helpers/mock-per-file';
import { CHAIN_ROUTE, SHAPES, startShaped } from '../faults/helpers/shapes';
import { ANSWER, readStream, userMessage } from './helpers';

const LIMITS = { FIRST_TOKEN_TIMEOUT_SECONDS: '1', STREAM_IDLE_TIMEOUT_SECONDS: '1', MAX_RETRIES: '0', CIRCUIT_BREAKER_THRESHOLD: '1000', CIRCUIT_BREAKER_MIN_CALLS: '1000000' };

describe.each(SHAPES)('mid-stream faults (%s)', (shape) => {
  const fx = mockProviderPerFile();

  const streamThrough = async (faulty: string) => {
    const gw = fx.stopAfterTest(await startShaped(shape, fx.mock, { faulty, backup: 'mock-ok' }, LIMITS));
    const client = new OpenAI({ baseURL: `${gw.gw.url}/v1`, apiKey: 'x', maxRetries: 0 });
    const params: ChatCompletionCreateParamsStreaming = { model: CHAIN_ROUTE, messages: userMessage(), stream: true };
    return readStream(await client.chat.completions.create(params));
  };

  it.each(['mock-first-token-3000', 'mock-cut-after-2', 'mock-stall-after-1', 'mock-reset-after-1', 'mock-status-503', 'mock-hang'])(
    '%s: the whole answer arrives, ending with a finish reason',
    async (faulty) => {
      const result = await streamThrough(faulty);
      expect(result.error).toBeUndefined();
      expect(result.text).toBe(ANSWER);
      expect(result.chunks.at(-1)?.choices[0]?.finish_reason).toBe('stop');
      expect(fx.mock.counts.byModel['mock-ok']).toBeGreaterThanOrEqual(1);
    },
  );
});
