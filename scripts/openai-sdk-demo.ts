/**
 * `npm run demo:openai`: the official OpenAI SDK streaming an answer through the gateway. The
 * only difference from talking to OpenAI itself is `baseURL` and `apiKey`.
 *
 *   GATEWAY_URL   the gateway's OpenAI-compatible base URL (default http://127.0.0.1:5000/v1)
 *   GATEWAY_KEY   the gateway's API key, if it wants one (default: none needed, "demo" is sent)
 *   DEMO_MODEL    `auto`, a ROUTES name, or `provider/model` (default auto)
 *   arguments     the question (default: a short one)
 */
import OpenAI from 'openai';

async function main(): Promise<void> {
  const client = new OpenAI({
    baseURL: process.env.GATEWAY_URL ?? 'http://127.0.0.1:5000/v1',
    apiKey: process.env.GATEWAY_KEY ?? 'demo',
  });
  const model = process.env.DEMO_MODEL ?? 'auto';
  const question = process.argv.slice(2).join(' ') || 'In one sentence, why put a gateway in front of LLM providers?';

  const stream = await client.chat.completions.create({
    model,
    messages: [{ role: 'user', content: question }],
    stream: true,
    stream_options: { include_usage: true },
  });
  let answeredBy = '';
  let finish = '';
  for await (const chunk of stream) {
    answeredBy = chunk.model;
    const choice = chunk.choices[0];
    if (choice?.delta.content) process.stdout.write(choice.delta.content);
    if (choice?.finish_reason) finish = choice.finish_reason;
    if (chunk.usage) {
      process.stdout.write(`\n\n[model ${answeredBy}, finish_reason ${finish}, ${chunk.usage.prompt_tokens} prompt + ${chunk.usage.completion_tokens} completion tokens]\n`);
    }
  }
}

main().catch((err: unknown) => {
  // The SDK raises a broken stream as an error: a partial answer is never mistaken for a whole one.
  process.stderr.write(`\n${err instanceof OpenAI.APIError ? `${err.constructor.name} ${err.status ?? ''}: ${err.message}` : String(err)}\n`);
  process.exit(1);
});
