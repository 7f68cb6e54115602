/**
 * `npm run mock-provider`: the fault-injecting mock provider as a standalone server.
 * MOCK_PROVIDER_PORT (default 8900) and MOCK_PROVIDER_HOST (default 127.0.0.1; 0.0.0.0 in a container).
 */
import { startMockProvider } from './server';

async function main(): Promise<void> {
  const port = Number(process.env.MOCK_PROVIDER_PORT ?? 8900);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`MOCK_PROVIDER_PORT must be a port number, got "${process.env.MOCK_PROVIDER_PORT ?? ''}"`);
  }
  const mock = await startMockProvider({ port, host: process.env.MOCK_PROVIDER_HOST ?? '127.0.0.1' });
  process.stdout.write(`mock provider listening on ${mock.url} (OpenAI, Mistral: ${mock.url}/v1, Anthropic: ${mock.url}/v1/messages, Gemini: ${mock.url}/v1beta)\n`);
  const stop = (): void => {
    mock.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
