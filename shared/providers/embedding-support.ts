/**
 * Which configured providers can embed, decided in one place for the API (which targets
 * /v1/embeddings may name) and the worker (which providers it builds embedding models for).
 */
import type { ProviderDescriptor } from './descriptor';
import type { CredentialSource } from './credentials';

export interface EmbeddingCandidate {
  configured: boolean;
  credentialSource: CredentialSource | null;
}

/**
 * A row that claims embeddings, reached with its own credential (through NVIDIA's endpoint a
 * provider's embedding model names mean nothing), or an extra OpenAI-compatible server (no row:
 * whether its model embeds is the operator's call).
 */
export function canEmbed(provider: EmbeddingCandidate, row: ProviderDescriptor | undefined): boolean {
  if (!provider.configured || provider.credentialSource === 'nvidia') return false;
  return row === undefined ? true : row.capabilities.embeddings;
}
