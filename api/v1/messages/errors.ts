/**
 * Anthropic's error shape, `{type: "error", error: {type, message}}`, for /v1/messages, so the
 * Anthropic SDK raises its usual exception classes (it picks them by status). The type comes from
 * the catalogue's Anthropic column; the status is the one the OpenAI surface answers with.
 */
import type { Logger } from '../../../shared/logger';
import { entryFor } from '../../../shared/errors/catalog';
import { errorResponder } from '../../middleware/error-handler';

export interface AnthropicErrorBody {
  type: 'error';
  error: { type: string; message: string };
}

export function anthropicErrorBody(code: string, message: string): AnthropicErrorBody {
  return { type: 'error', error: { type: entryFor(code).anthropic, message } };
}

export function anthropicErrorHandler(logger: Logger) {
  return errorResponder(logger, 'openai', (e) => anthropicErrorBody(e.code, e.message));
}
