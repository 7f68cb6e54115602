/**
 * Errors in the OpenAI Chat Completions family: OpenAI itself, Mistral, Hugging Face's router,
 * NVIDIA NIM and any OpenAI-compatible server (vLLM, Ollama, LM Studio). Their bodies differ a
 * little, so every known shape is read:
 *   OpenAI       {"error":{"message","type","param","code"}}
 *   Mistral/vLLM {"object":"error","message","type","param","code"}
 *   NVIDIA       {"status":404,"title":"Not Found","detail":"..."}   (problem+json)
 *   others       {"error":"..."} or {"message":"..."} or {"detail":"..."}
 */
import type { ErrorKind } from '../../../shared/task-schemas';
import { asRecord, asText, classify, type ClassifyContext, type ErrorBody, type WireFormat } from './common';
import type { ProviderError } from '../../../shared/provider-error';

const CONTEXT_CODES = new Set(['context_length_exceeded', 'string_above_max_length', 'tokens_exceeded']);
// The last alternative is Hugging Face TGI's: "`inputs` tokens + `max_new_tokens` must be <= 8192".
const CONTEXT_MESSAGE = /maximum context length|context length|context window|context_length_exceeded|prompt is too long|too many tokens|reduce the length|input is too long|tokens \+ `?max_new_tokens`? must be/i;
const FILTER_CODES = new Set(['content_filter', 'content_policy_violation', 'invalid_prompt', 'moderation_blocked']);
const FILTER_MESSAGE = /content[ _-]?(management )?(filter|policy)|flagged|usage polic|safety system/i;
/** Quota and billing failures come as 429 but will not pass by waiting: treat them like a bad key. */
const ACCOUNT_CODES = new Set(['insufficient_quota', 'billing_hard_limit_reached', 'account_deactivated']);

function readBody(raw: unknown): ErrorBody {
  const body = asRecord(raw);
  if (!body) return {};
  const nested = asRecord(body.error);
  if (nested) {
    return { message: asText(nested.message), type: asText(nested.type), code: asText(nested.code) };
  }
  return {
    message: asText(body.error) ?? asText(body.message) ?? asText(body.detail) ?? asText(body.title),
    type: asText(body.type),
    code: typeof body.code === 'string' ? body.code : undefined,
  };
}

function refineKind(status: number, body: ErrorBody): ErrorKind | undefined {
  const code = body.code ?? '';
  const message = body.message ?? '';
  if (ACCOUNT_CODES.has(code)) return 'auth';
  if (status >= 500 || status === 429 || status === 401 || status === 403) return undefined;
  if (CONTEXT_CODES.has(code) || CONTEXT_MESSAGE.test(message)) return 'context_length';
  if (FILTER_CODES.has(code) || FILTER_MESSAGE.test(message)) return 'content_filter';
  return undefined;
}

export const openAIStyleFormat: WireFormat = { readBody, refineKind };

export function classifyOpenAIStyleError(err: unknown, ctx: ClassifyContext): ProviderError {
  return classify(err, ctx, openAIStyleFormat);
}
