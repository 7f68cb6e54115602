/**
 * Embedding models for the configured providers that can embed (shared/providers/embedding-support.ts):
 * the provider packages' embedding models called through the AI SDK's `embedMany`, retries off
 * (the gateway owns retries), errors classified exactly as the same provider's chat errors.
 */
import { createGoogleGenerativeAI } from '@ai-sdk/google';
import { createMistral } from '@ai-sdk/mistral';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { embedMany, type EmbeddingModel } from 'ai';
import type { Config } from '../../shared/config';
import { ProviderError } from '../../shared/provider-error';
import { resolveProviders, type ResolvedProvider } from '../../shared/providers/credentials';
import { canEmbed } from '../../shared/providers/embedding-support';
import type { Classifier } from '../providers/errors/common';
import { classifyGeminiError } from '../providers/errors/gemini';
import { classifyOpenAIStyleError } from '../providers/errors/openai-style';
import { providerFetch } from '../providers/closed-connection-fetch';

export interface EmbeddingRequest {
  model: string;
  values: string[];
  dimensions?: number;
}

export interface EmbeddingAnswer {
  vectors: number[][];
  /** Input tokens as the provider counted them; 0 where it reports none (Gemini). */
  tokens: number;
}

export interface EmbeddingProvider {
  readonly name: string;
  /** Rejects with a `ProviderError`; stops when `signal` aborts. */
  embed(request: EmbeddingRequest, signal: AbortSignal): Promise<EmbeddingAnswer>;
}

interface ModelMaker {
  model(modelId: string): EmbeddingModel;
  /** The provider options that ask for `dimensions`, or undefined when the API cannot size its vectors. */
  sized(dimensions: number): Record<string, Record<string, number>> | undefined;
  classify: Classifier;
}

function makerFor(p: ResolvedProvider): ModelMaker | undefined {
  const apiKey = p.credential;
  switch (p.wireFormat) {
    case 'openai': {
      const provider = createOpenAI({ apiKey, baseURL: p.baseUrl, fetch: providerFetch });
      return { model: (id) => provider.embedding(id), sized: (d) => ({ openai: { dimensions: d } }), classify: classifyOpenAIStyleError };
    }
    case 'gemini': {
      const provider = createGoogleGenerativeAI({ apiKey, baseURL: p.baseUrl, fetch: providerFetch });
      return { model: (id) => provider.embedding(id), sized: (d) => ({ google: { outputDimensionality: d } }), classify: classifyGeminiError };
    }
    case 'mistral': {
      const provider = createMistral({ apiKey, baseURL: p.baseUrl, fetch: providerFetch });
      // Mistral's embedding models have one fixed size.
      return { model: (id) => provider.embedding(id), sized: () => undefined, classify: classifyOpenAIStyleError };
    }
    case 'openai-compatible': {
      const provider = createOpenAICompatible({ name: p.name, baseURL: p.baseUrl, apiKey, headers: p.headers, fetch: providerFetch });
      return { model: (id) => provider.embeddingModel(id), sized: (d) => ({ [p.name]: { dimensions: d } }), classify: classifyOpenAIStyleError };
    }
    case 'anthropic':
      return undefined;
  }
}

function embeddingProvider(p: ResolvedProvider, maker: ModelMaker): EmbeddingProvider {
  const secrets = p.credential === undefined ? [] : [p.credential];
  return {
    name: p.name,
    async embed(request, signal) {
      const providerOptions = request.dimensions === undefined ? undefined : maker.sized(request.dimensions);
      if (request.dimensions !== undefined && providerOptions === undefined) {
        // Never a silently different size: the next target may honour it.
        throw new ProviderError({ provider: p.name, kind: 'unsupported', message: `${p.name} embeddings have a fixed size and take no dimensions` });
      }
      try {
        signal.throwIfAborted();
        const result = await embedMany({ model: maker.model(request.model), values: request.values, providerOptions, maxRetries: 0, abortSignal: signal });
        // Gemini reports no usage, which the SDK sums to NaN: that must not reach the history's integer column.
        const tokens = result.usage.tokens;
        return { vectors: result.embeddings, tokens: Number.isFinite(tokens) ? tokens : 0 };
      } catch (err) {
        throw maker.classify(err, { provider: p.name, signal, secrets });
      }
    },
  };
}

export function createEmbeddingProviders(config: Config): Map<string, EmbeddingProvider> {
  const out = new Map<string, EmbeddingProvider>();
  for (const p of resolveProviders(config)) {
    if (!canEmbed(p, config.providers[p.name]?.descriptor)) continue;
    const maker = makerFor(p);
    if (maker) out.set(p.name, embeddingProvider(p, maker));
  }
  return out;
}
