/**
 * The one place a chat job becomes the AI SDK's call settings: the conversation (system prompt,
 * user text and images, assistant turns with their tool calls, tool results), the tools and the
 * choice among them, one call or several per answer, the JSON output mode, and how images that
 * must be downloaded are fetched. Each provider package then writes its own wire format.
 */
import { jsonSchema, tool, type ModelMessage, type ToolSet } from 'ai';
import type { ChatJob, ChatMessage, ToolChoice, UserPart } from '../../shared/chat-job';
import { downloadImage, type ImageFetchLimits } from './image-download';
import { structuredOutput } from './structured-output';

/** Which provider package writes the request: it decides where per-provider options go. */
export type RequestDialect = 'openai' | 'anthropic' | 'google' | 'mistral' | 'openai-compatible';

export interface ChatRequestContext {
  /** The adapter's name (its options key under `openai-compatible`, and in error messages). */
  provider: string;
  dialect: RequestDialect;
  /** False where the API has no JSON mode without a schema (Anthropic). */
  schemaLessJson: boolean;
  images: ImageFetchLimits;
}

/** What the chat part of a request is built from. */
export type ChatCall = Pick<ChatJob, 'messages' | 'tools' | 'toolChoice' | 'parallelToolCalls' | 'responseFormat'>;

function parsedArguments(text: string): unknown {
  try {
    return JSON.parse(text === '' ? '{}' : text);
  } catch {
    // The API accepts only JSON objects; a prefilled or replayed call is kept as text.
    return { value: text };
  }
}

function userContent(content: string | UserPart[]): Extract<ModelMessage, { role: 'user' }>['content'] {
  if (typeof content === 'string') return content;
  return content.map((part) => {
    if (part.type === 'text') return { type: 'text', text: part.text };
    const data = /^data:([^;,]+);base64,(.*)$/s.exec(part.url);
    // OpenAI's `detail` (the other providers have no such setting).
    const detail = part.detail === undefined ? {} : { providerOptions: { openai: { imageDetail: part.detail } } };
    // Data URLs go as bytes; https URLs as URLs (the provider fetches them, or `download` below does).
    return data ? { type: 'image', image: data[2] as string, mediaType: data[1], ...detail } : { type: 'image', image: new URL(part.url), ...detail };
  });
}

/** System messages join the system prompt (several providers take one, and none between turns); consecutive tool results go in one message. */
export function modelMessages(messages: readonly ChatMessage[]): { system?: string; messages: ModelMessage[] } {
  const system = messages
    .filter((m) => m.role === 'system')
    .map((m) => m.content)
    .filter((text) => text.trim() !== '')
    .join('\n\n');
  const out: ModelMessage[] = [];
  for (const m of messages) {
    if (m.role === 'user') out.push({ role: 'user', content: userContent(m.content) });
    else if (m.role === 'assistant') {
      const calls = m.toolCalls ?? [];
      if (calls.length === 0) out.push({ role: 'assistant', content: m.content });
      else {
        out.push({
          role: 'assistant',
          content: [
            ...(m.content === '' ? [] : [{ type: 'text' as const, text: m.content }]),
            ...calls.map((c) => ({ type: 'tool-call' as const, toolCallId: c.id, toolName: c.name, input: parsedArguments(c.arguments) })),
          ],
        });
      }
    } else if (m.role === 'tool') {
      const result = { type: 'tool-result' as const, toolCallId: m.toolCallId, toolName: m.toolName, output: { type: 'text' as const, value: m.content } };
      const last = out[out.length - 1];
      if (last?.role === 'tool') last.content.push(result);
      else out.push({ role: 'tool', content: [result] });
    }
  }
  return { system: system === '' ? undefined : system, messages: out };
}

function toolSet(chat: ChatCall): ToolSet | undefined {
  if (!chat.tools || chat.tools.length === 0) return undefined;
  // No `execute`: the gateway returns the calls to the client, which runs them.
  return Object.fromEntries(
    chat.tools.map((t) => [t.name, tool({ description: t.description, inputSchema: jsonSchema(t.parameters as never), ...(t.strict === undefined ? {} : { strict: t.strict }) })]),
  );
}

function sdkToolChoice(choice: ToolChoice | undefined) {
  if (choice === undefined) return undefined;
  return typeof choice === 'string' ? choice : { type: 'tool' as const, toolName: choice.name };
}

function providerOptions(chat: ChatCall, ctx: ChatRequestContext): Record<string, Record<string, boolean>> {
  const oneCall = chat.tools !== undefined && chat.parallelToolCalls === false ? true : undefined;
  const strict = chat.responseFormat?.type === 'json_schema' ? chat.responseFormat.strict === true : undefined;
  switch (ctx.dialect) {
    case 'openai':
      return { openai: { ...(oneCall ? { parallelToolCalls: false } : {}), ...(strict === undefined ? {} : { strictJsonSchema: strict }) } };
    case 'mistral':
      return { mistral: { ...(oneCall ? { parallelToolCalls: false } : {}), ...(strict === undefined ? {} : { strictJsonSchema: strict }) } };
    case 'anthropic':
      return { anthropic: oneCall ? { disableParallelToolUse: true } : {} };
    case 'openai-compatible':
      // Keys the package does not know go into the body as they are: OpenAI's own field name.
      return { [ctx.provider]: { ...(oneCall ? { parallel_tool_calls: false } : {}), ...(strict === undefined ? {} : { strictJsonSchema: strict }) } };
    case 'google':
      // Gemini has no switch for one call per answer.
      return {};
  }
}

/** The chat job's part of `generateText` / `streamText` settings. */
export function chatRequestFields(chat: ChatCall, ctx: ChatRequestContext) {
  return {
    ...modelMessages(chat.messages),
    tools: toolSet(chat),
    toolChoice: chat.tools ? sdkToolChoice(chat.toolChoice) : undefined,
    providerOptions: providerOptions(chat, ctx),
    output: chat.responseFormat ? structuredOutput(chat.responseFormat, ctx.schemaLessJson) : undefined,
    // URLs the model takes are passed on as URLs; the rest are downloaded here, never by the SDK's own fetch.
    experimental_download: (requests: Array<{ url: URL; isUrlSupportedByModel: boolean }>) =>
      Promise.all(requests.map((r) => (r.isUrlSupportedByModel ? null : downloadImage(r.url, ctx.images, ctx.provider)))),
  };
}
