/**
 * Which provider/model pairs a request's `model` (and `fallbacks`) stands for:
 * - `auto`: the configured chain, each provider with its configured model;
 * - a route name from ROUTES: its tiers, in order (the targets of a tier are balanced);
 * - `provider/model` (or just `provider`, a model name some provider is configured with, or a bare
 *   model name a provider is known to serve by the model-pattern table: `gpt-4o-mini` → openai):
 *   that target, then the `auto` chain, unless `fallbacks` names the fallbacks itself.
 * Providers without a key are left out, and so is the offline `local` provider, which cannot chat.
 */
import type { ChatTarget } from '../../shared/chat-job';
import { providersFor, type ModelPatternRule } from '../../shared/model-patterns';
import { parseTarget, routeTargetStrings, routeTierStrings, type RouteEntry, type Routes } from '../../shared/route-config';
import { LOCAL_PROVIDER } from '../../shared/providers/descriptors';
import type { ProviderInfo } from '../../shared/providers/status';
import { HttpError } from '../http-error';
import { invalidRequest } from './errors';
import type { ModelObject } from './schemas';

export const AUTO_MODEL = 'auto';
const OFFLINE = LOCAL_PROVIDER;

export interface ModelRoutesOptions {
  providers: ReadonlyMap<string, ProviderInfo>;
  /** PROVIDER_ORDER. */
  order: readonly string[];
  routes: Routes;
  /** Bare model names → provider (shared/model-patterns.ts); none when absent. */
  patterns?: readonly ModelPatternRule[];
  /** The providers that can embed (shared/providers/embedding-support.ts); none when absent. */
  embedders?: ReadonlySet<string>;
}

export interface ResolvedRoute {
  /** Tried in order; the targets of one tier are equivalent and balanced. */
  tiers: ChatTarget[][];
}

/** Embedding targets are tried one after another: vectors of two models do not mix, so nothing is balanced. */
export interface ResolvedEmbedding {
  targets: ChatTarget[];
}

const key = (t: ChatTarget): string => `${t.provider}/${t.model}`;

/** Each target once (where it first appears); tiers left empty are dropped. */
function unique(tiers: ChatTarget[][]): ChatTarget[][] {
  const seen = new Set<string>();
  return tiers
    .map((tier) =>
      tier.filter((t) => {
        if (seen.has(key(t))) return false;
        seen.add(key(t));
        return true;
      }),
    )
    .filter((tier) => tier.length > 0);
}

export class ModelRoutes {
  private readonly created = Math.floor(Date.now() / 1000);

  constructor(private readonly options: ModelRoutesOptions) {}

  resolve(model: string, fallbacks: readonly string[] | undefined): ResolvedRoute {
    const primary = this.expand(model, 'model');
    const isSingle = model !== AUTO_MODEL && this.route(model) === undefined;
    const rest = fallbacks
      ? fallbacks.flatMap((f, i) => this.expand(f, `fallbacks[${i}]`))
      : isSingle
        ? this.autoChain()
        : [];
    const tiers = unique([...primary, ...rest]);
    if (tiers.length === 0) {
      throw new HttpError('no_provider_available', `no configured provider can answer model "${model}"`, { details: { param: 'model' } });
    }
    return { tiers };
  }

  /**
   * For /v1/embeddings: the named model, then only the fallbacks the caller or a route names.
   * Never the `auto` chain: vectors from another model live in another space, so an implicit
   * fallback would hand back numbers that compare with nothing the caller has stored.
   */
  resolveEmbedding(model: string, fallbacks: readonly string[] | undefined): ResolvedEmbedding {
    if (model === AUTO_MODEL) {
      throw invalidRequest('model', 'name an embedding model (`text-embedding-3-small`, `provider/model`, or a route): `auto` would mix models whose vectors do not compare', 'invalid_request');
    }
    const embedders = this.options.embedders ?? new Set<string>();
    const primary = this.expand(model, 'model').flat();
    const refuse = (t: ChatTarget, param: string) =>
      invalidRequest(param, `"${t.provider}/${t.model}" cannot embed: provider ${t.provider} has no embeddings endpoint configured here`, 'embeddings_unsupported');
    const single = primary.length === 1 && this.route(model) === undefined;
    if (single && primary[0] && !embedders.has(primary[0].provider)) throw refuse(primary[0], 'model');
    const rest = (fallbacks ?? []).flatMap((f, i) => {
      const expanded = this.expand(f, `fallbacks[${i}]`).flat();
      const wrong = expanded.find((t) => !embedders.has(t.provider));
      if (wrong && this.route(f) === undefined) throw refuse(wrong, `fallbacks[${i}]`);
      return expanded;
    });
    // A route may mix chat and embedding targets; only those that can embed are tried.
    const targets = unique([primary, rest]).flat().filter((t) => embedders.has(t.provider));
    if (targets.length === 0) throw invalidRequest('model', `no target of "${model}" can embed`, 'embeddings_unsupported');
    return { targets };
  }

  /** For GET /v1/models: `auto`, each route with a usable target, each configured provider/model. */
  list(): ModelObject[] {
    const model = (id: string, owner: string): ModelObject => ({ id, object: 'model', created: this.created, owned_by: owner });
    const out: ModelObject[] = [];
    if (this.autoChain().length > 0) out.push(model(AUTO_MODEL, 'ai-gateway'));
    for (const [name, entry] of Object.entries(this.options.routes)) {
      if (routeTargetStrings(entry).some((t) => this.usable(parseTarget(t)?.provider))) out.push(model(name, 'ai-gateway'));
    }
    for (const info of this.options.providers.values()) {
      if (this.usable(info.name) && info.model) out.push(model(`${info.name}/${info.model}`, info.name));
    }
    return out;
  }

  /** The model object for an id that `list` shows or that resolves to a usable target. */
  find(id: string): ModelObject | undefined {
    const listed = this.list().find((m) => m.id === id);
    if (listed) return listed;
    const target = parseTarget(id) ?? this.byPattern(id);
    return target && this.usable(target.provider) ? { id, object: 'model', created: this.created, owned_by: target.provider } : undefined;
  }

  private route(name: string): RouteEntry | undefined {
    return Object.hasOwn(this.options.routes, name) ? this.options.routes[name] : undefined;
  }

  private usable(provider: string | undefined): provider is string {
    return provider !== undefined && provider !== OFFLINE && this.options.providers.get(provider)?.configured === true;
  }

  /** Each provider of PROVIDER_ORDER with its configured model, a tier each. */
  private autoChain(): ChatTarget[][] {
    return this.options.order.flatMap((name) => {
      const info = this.options.providers.get(name);
      return this.usable(name) && info?.model ? [[{ provider: name, model: info.model }]] : [];
    });
  }

  private expand(name: string, param: string): ChatTarget[][] {
    if (name === AUTO_MODEL) return this.autoChain();
    const route = this.route(name);
    if (route) {
      return routeTierStrings(route).map((tier) => tier.map(parseTarget).filter((t): t is ChatTarget => t !== undefined && this.usable(t.provider)));
    }
    const target = parseTarget(name) ?? this.bareName(name);
    if (!target) throw notFound(name, param, this.unservedReason(name));
    if (target.provider === OFFLINE) throw notFound(name, param, 'the offline local provider cannot answer chat completions');
    if (!this.usable(target.provider)) {
      const known = this.options.providers.has(target.provider);
      throw notFound(name, param, known ? `provider "${target.provider}" has no usable API key configured` : `unknown provider "${target.provider}"`);
    }
    return [[target]];
  }

  /**
   * `openai` alone, `gpt-4o-mini` when a configured provider uses that model, or a name the
   * model-pattern table gives to a configured provider.
   */
  private bareName(name: string): ChatTarget | undefined {
    const info = this.options.providers.get(name);
    if (info?.model) return { provider: name, model: info.model };
    for (const p of this.options.providers.values()) {
      if (p.model === name && this.usable(p.name)) return { provider: p.name, model: name };
    }
    return this.byPattern(name);
  }

  /**
   * The first provider the table says serves `name` that can take it: configured, and reached
   * with its own credential, since through NVIDIA's endpoint another provider's model name means
   * nothing.
   */
  private byPattern(name: string): ChatTarget | undefined {
    for (const rule of providersFor(name, this.options.patterns ?? [])) {
      const info = this.options.providers.get(rule.provider);
      if (this.usable(rule.provider) && info?.credentialSource !== 'nvidia') return { provider: rule.provider, model: name };
    }
    return undefined;
  }

  private unservedReason(name: string): string {
    const known = providersFor(name, this.options.patterns ?? []).map((r) => r.provider);
    if (known.length > 0) {
      return `the model "${name}" is served by ${known.join(' or ')}, which has no API key of its own configured here; GET /v1/models lists what this gateway serves`;
    }
    return `the model "${name}" does not exist; GET /v1/models lists what this gateway serves`;
  }
}

function notFound(name: string, param: string, message: string): HttpError {
  // OpenAI answers an unknown model with 404 `model_not_found`; an unknown fallback is a bad request.
  return invalidRequest(param, message, param === 'model' ? 'model_not_found' : 'invalid_fallback');
}
