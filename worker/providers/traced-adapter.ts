/**
 * A CLIENT span around every provider call, with the OpenTelemetry GenAI attributes (system,
 * request and response model, token usage, finish reasons) and the gateway's own (provider name,
 * the provider's request id, the error kind). Wrapping the adapter keeps tracing out of the chain
 * and out of each provider folder. Prompts and answers go on spans only when LOG_TEXT is on
 * (`withText`), as they go in logs only then: traces are often kept longer and seen by more people.
 */
import { SpanKind, SpanStatusCode, type Attributes, type Span } from '@opentelemetry/api';
import { ProviderError } from '../../shared/provider-error';
import { tracerFor } from '../../shared/tracing/tracers';
import { inputTextAttributes, outputTextAttributes } from './span-text';
import type { CompletionRequest, ProviderAdapter } from './types';
import type { StreamPart } from './stream-types';

/** `gen_ai.system` names the semantic conventions give the providers we speak to natively. */
const GEN_AI_SYSTEM: Readonly<Record<string, string>> = {
  openai: 'openai',
  claude: 'anthropic',
  gemini: 'gcp.gemini',
  mistral: 'mistral_ai',
  nvidia: 'nvidia',
  huggingface: 'huggingface',
};

function requestAttributes(provider: string, request: CompletionRequest, model: string): Attributes {
  const system = GEN_AI_SYSTEM[provider] ?? provider;
  return {
    'gen_ai.operation.name': 'chat',
    'gen_ai.system': system,
    'gen_ai.provider.name': system,
    'gen_ai.request.model': model,
    'gen_ai.request.max_tokens': request.maxOutputTokens,
    'gen_ai.request.temperature': request.temperature,
    'gen_ai.request.top_p': request.topP,
    'aigw.provider': provider,
    'aigw.task': request.task,
    ...(request.resume ? { 'aigw.resume.mode': request.resume.mode, 'aigw.resume.delivered_chars': request.resume.deliveredChars } : {}),
  };
}

function recordFailure(span: Span, err: unknown): void {
  const kind = err instanceof ProviderError ? err.kind : 'unknown';
  span.setAttribute('error.type', kind);
  if (err instanceof ProviderError && err.status !== undefined) span.setAttribute('http.response.status_code', err.status);
  span.setStatus({ code: SpanStatusCode.ERROR, message: kind });
}

interface Answered {
  model: string;
  finishReason: string;
  usage: { inputTokens: number; outputTokens: number };
  requestId?: string;
}

function recordAnswer(span: Span, answer: Answered): void {
  span.setAttributes({
    'gen_ai.response.model': answer.model,
    'gen_ai.response.finish_reasons': [answer.finishReason],
    'gen_ai.usage.input_tokens': answer.usage.inputTokens,
    'gen_ai.usage.output_tokens': answer.usage.outputTokens,
    'aigw.provider_request_id': answer.requestId,
  });
}

export interface TracedAdapterOptions {
  /** LOG_TEXT: put the prompt and the answer on the span (redacted, cut to a size). */
  withText?: boolean;
}

export function tracedAdapter(adapter: ProviderAdapter, options: TracedAdapterOptions = {}): ProviderAdapter {
  const withText = options.withText === true;
  const start = (request: CompletionRequest, streamed: boolean): Span => {
    const model = request.model ?? adapter.model;
    const span = tracerFor('worker').startSpan(
      `chat ${model}`,
      { kind: SpanKind.CLIENT, attributes: { ...requestAttributes(adapter.name, request, model), 'aigw.streamed': streamed } },
      request.traceParent,
    );
    // Built only for a recording span: a sampled-out call pays nothing for the text.
    if (withText && span.isRecording()) span.setAttributes(inputTextAttributes(request));
    return span;
  };
  const traced: ProviderAdapter = {
    name: adapter.name,
    model: adapter.model,
    ...(adapter.assistantPrefill === undefined ? {} : { assistantPrefill: adapter.assistantPrefill }),
    async complete(request, signal) {
      const span = start(request, false);
      try {
        const result = await adapter.complete(request, signal);
        recordAnswer(span, result);
        if (withText && span.isRecording()) span.setAttributes(outputTextAttributes(result.text, result.finishReason, result.toolCalls));
        return result;
      } catch (err) {
        recordFailure(span, err);
        throw err;
      } finally {
        span.end();
      }
    },
  };
  const stream = adapter.stream?.bind(adapter);
  if (stream) {
    traced.stream = (request, signal) => {
      const span = start(request, true);
      // Tracing off or this call sampled out: the span records nothing, so the parts go straight
      // through rather than through one more generator, which costs a promise and an object per part.
      if (!span.isRecording()) {
        span.end();
        return stream(request, signal);
      }
      return tracedParts(span, stream(request, signal), withText);
    };
  }
  return traced;
}

/** A recording span's parts: the first-token event, the answer's attributes, and (`keepText`, LOG_TEXT) its text. */
async function* tracedParts(span: Span, parts: AsyncIterable<StreamPart>, keepText: boolean): AsyncIterable<StreamPart> {
  let first = true;
  let answer = '';
  try {
    for await (const part of parts) {
      if (first && (part.type === 'text' || part.type === 'tool-call-start')) {
        span.addEvent('gen_ai.first_token');
        first = false;
      }
      if (keepText && part.type === 'text') answer += part.text;
      if (part.type === 'finish') {
        recordAnswer(span, part);
        if (keepText) span.setAttributes(outputTextAttributes(answer, part.finishReason, part.toolCalls));
      }
      yield part;
    }
  } catch (err) {
    recordFailure(span, err);
    throw err;
  } finally {
    // Also when the consumer stops early (failover after a bad chunk): the span still ends.
    span.end();
  }
}
