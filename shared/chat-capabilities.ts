/**
 * What a chat request needs from a model, and whether a target can give it. A target that cannot
 * is skipped with the reason stated, never sent a request with the tools, the images or the JSON
 * shape quietly dropped (the answer would look fine and be wrong).
 */
import type { ChatJob } from './chat-job';
import type { Capabilities } from './providers/descriptor';
import { findDescriptor, LOCAL_PROVIDER, NVIDIA } from './providers/descriptors';
import type { ProviderInfo } from './providers/status';

export type ChatCapability = 'tools' | 'images' | 'json' | 'jsonSchema';

export type ChatCapabilities = Pick<Capabilities, ChatCapability>;

/** What the request-level features are called in a skip reason. */
const FEATURE: Readonly<Record<ChatCapability, string>> = {
  tools: 'tool calling',
  images: 'image input',
  json: 'JSON output (response_format json_object)',
  jsonSchema: 'schema-shaped output (response_format json_schema)',
};

const NONE: ChatCapabilities = { tools: false, images: false, json: false, jsonSchema: false };
/**
 * Extra OpenAI-compatible servers (Ollama, vLLM, a proxy) speak OpenAI's request shape for all of
 * these; whether the chosen model honours them is the operator's choice of model.
 */
const OPENAI_COMPATIBLE: ChatCapabilities = { tools: true, images: true, json: true, jsonSchema: true };

export function requiredCapabilities(chat: Pick<ChatJob, 'messages' | 'tools' | 'toolChoice' | 'responseFormat'>): ChatCapability[] {
  const needs: ChatCapability[] = [];
  const toolsInHistory = chat.messages.some((m) => m.role === 'tool' || (m.role === 'assistant' && (m.toolCalls?.length ?? 0) > 0));
  if (((chat.tools?.length ?? 0) > 0 && chat.toolChoice !== 'none') || toolsInHistory) needs.push('tools');
  if (chat.messages.some((m) => m.role === 'user' && typeof m.content !== 'string' && m.content.some((p) => p.type === 'image'))) needs.push('images');
  if (chat.responseFormat?.type === 'json_object') needs.push('json');
  if (chat.responseFormat?.type === 'json_schema') needs.push('jsonSchema');
  return needs;
}

/**
 * What a configured provider can do: its row's capabilities (NVIDIA's when it is reached through
 * an `nvapi-` key), OpenAI's request shape for an extra server, nothing for the offline provider.
 * Claude's missing schema-less JSON mode is emulated (an object schema), so it counts as `json`.
 */
export function chatCapabilitiesOf(info: Pick<ProviderInfo, 'name' | 'credentialSource'>): ChatCapabilities {
  if (info.name === LOCAL_PROVIDER) return NONE;
  const row = findDescriptor(info.credentialSource === 'nvidia' ? NVIDIA : info.name);
  if (!row) return OPENAI_COMPATIBLE;
  const { tools, images, jsonSchema } = row.capabilities;
  return { tools, images, jsonSchema, json: row.capabilities.json || jsonSchema };
}

/** Why a target with these capabilities cannot serve the request, or undefined when it can. */
export function missingCapability(capabilities: ChatCapabilities, needs: readonly ChatCapability[]): string | undefined {
  const missing = needs.filter((need) => !capabilities[need]);
  if (missing.length === 0) return undefined;
  return `skipped: the request needs ${missing.map((m) => FEATURE[m]).join(' and ')}, which this provider does not offer`;
}
