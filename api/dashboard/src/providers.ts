/** The Providers panel: each provider's set-up (native or through NVIDIA), its circuit, and the time to its next probe. */
import { ApiError, brief, call } from './api.js';
import { byId, fill, h } from './dom.js';
import { countdown, time } from './format.js';
import type { CircuitView, DeploymentRow, ProviderStatus, ProviderView } from './types.js';

type Loose = Record<string, unknown>;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Reads a circuit whether the API spells its fields in snake_case or camelCase, or names the state alone. */
function circuitOf(raw: unknown): CircuitView | null {
  if (typeof raw === 'string') return { state: raw, nextProbeInMs: null, cooldownRemainingMs: 0, consecutiveFailures: null, misconfigured: null };
  if (!raw || typeof raw !== 'object') return null;
  const c = raw as Loose;
  const state = str(c.state);
  if (!state) return null;
  return {
    state,
    nextProbeInMs: num(c.next_probe_in_ms ?? c.nextProbeInMs),
    cooldownRemainingMs: num(c.cooldown_remaining_ms ?? c.cooldownRemainingMs) ?? 0,
    consecutiveFailures: num(c.consecutive_failures ?? c.consecutiveFailures),
    misconfigured: reasonOf(c.misconfigured),
  };
}

function reasonOf(raw: unknown): string | null {
  if (typeof raw === 'string') return raw;
  if (raw && typeof raw === 'object') return str((raw as Loose).reason) ?? 'misconfigured';
  return null;
}

/** `/provider/status` reports an auth failure beside the circuit, not inside it. */
function withMisconfigured(circuit: CircuitView | null, raw: unknown): CircuitView | null {
  const reason = reasonOf(raw);
  if (!circuit || !reason) return circuit;
  return { ...circuit, misconfigured: reason };
}

export function normalizeStatus(body: unknown): ProviderStatus {
  const b = (body ?? {}) as Loose;
  const flags: Record<string, boolean> = {};
  for (const [name, value] of Object.entries(b)) if (typeof value === 'boolean') flags[name] = value;
  const list = Array.isArray(b.providers) ? (b.providers as Loose[]) : [];
  const deployments = Array.isArray(b.deployments) ? (b.deployments as Loose[]) : [];
  const rowsOf = (name: string): DeploymentRow[] =>
    deployments
      .filter((d) => d?.provider === name)
      .map((d) => ({
        model: str(d.model) ?? '?',
        credential: str(d.credential) ?? '?',
        state: str(d.state) ?? 'closed',
        inFlight: typeof d.in_flight === 'number' ? d.in_flight : 0,
        p50LatencyMs: typeof d.p50_latency_ms === 'number' ? d.p50_latency_ms : null,
        failureRate: typeof d.failure_rate === 'number' ? d.failure_rate : 0,
      }));
  const providers: ProviderView[] = list
    .filter((p) => typeof p?.name === 'string')
    .map((p) => ({
      name: p.name as string,
      configured: p.configured !== false,
      key_source: str(p.key_source ?? p.keySource),
      model: str(p.model),
      base_url_host: str(p.base_url_host ?? p.baseUrlHost),
      circuit: withMisconfigured(circuitOf(p.circuit ?? p.breaker), p.misconfigured),
      deployments: rowsOf(p.name as string),
    }));
  const order = Array.isArray(b.provider_order) ? (b.provider_order as unknown[]).filter((n): n is string => typeof n === 'string') : [];
  return { provider_order: order, providers, flags };
}

const FLAG_LABELS: Record<string, string> = {
  nvidia_fallback_enabled: 'NVIDIA fallback',
  openai_native_enabled: 'OpenAI native',
  claude_native_enabled: 'Claude native',
  gemini_native_enabled: 'Gemini native',
  huggingface_native_enabled: 'Hugging Face native',
};

export class ProvidersPanel {
  private readonly list = byId('providers-list');
  private readonly flags = byId('provider-flags');
  private readonly updated = byId('providers-updated');
  private status: ProviderStatus | undefined;
  /** When the snapshot was taken, so countdowns keep ticking between refreshes. */
  private fetchedAt = 0;
  private onProviders: ((providers: ProviderView[]) => void) | undefined;

  subscribe(listener: (providers: ProviderView[]) => void): void {
    this.onProviders = listener;
  }

  async refresh(quiet = false): Promise<void> {
    try {
      const { body } = await call<unknown>('/provider/status', { quiet });
      this.status = normalizeStatus(body);
      this.fetchedAt = performance.now();
      this.updated.textContent = `Updated ${time(new Date().toISOString())}`;
      this.render();
      this.onProviders?.(this.status.providers);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      this.status = undefined;
      this.updated.textContent = '';
      fill(this.list, h('p', { class: 'panel-error', role: 'note' }, brief(err)));
    }
  }

  /** Ticks the countdowns once a second without asking the API. */
  tick(): void {
    if (!this.status) return;
    const elapsed = performance.now() - this.fetchedAt;
    for (const el of this.list.querySelectorAll<HTMLElement>('[data-probe-ms]')) {
      el.textContent = countdown(Number(el.dataset.probeMs) - elapsed);
    }
  }

  private render(): void {
    const status = this.status;
    if (!status) return;
    const position = new Map(status.provider_order.map((name, i) => [name, i + 1]));
    const providers = [...status.providers].sort((a, b) => (position.get(a.name) ?? 99) - (position.get(b.name) ?? 99) || a.name.localeCompare(b.name));
    fill(
      this.flags,
      Object.entries(status.flags).map(([name, on]) =>
        h('li', { class: `chip ${on ? 'chip-on' : 'chip-off'}`, title: name }, h('span', { class: 'visually-hidden' }, on ? 'on: ' : 'off: '), FLAG_LABELS[name] ?? name.replace(/_/g, ' ')),
      ),
    );
    fill(
      this.list,
      providers.length === 0
        ? h('p', { class: 'muted' }, 'No providers.')
        : h(
            'table',
            { class: 'providers-table' },
            h('caption', { class: 'visually-hidden' }, 'Providers, in the order the auto chain tries them'),
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Provider'), h('th', { scope: 'col' }, 'Set-up'), h('th', { scope: 'col' }, 'Circuit'))),
            h('tbody', {}, providers.map((p) => this.row(p, position.get(p.name)))),
          ),
    );
  }

  private row(p: ProviderView, chainPosition: number | undefined): HTMLElement {
    const setup = !p.configured ? 'not configured' : p.name === 'local' ? 'offline' : p.key_source === 'nvidia' ? 'via NVIDIA' : p.key_source === 'native' ? 'native' : (p.key_source ?? 'configured');
    return h(
      'tr',
      { 'data-provider': p.name, class: p.configured ? '' : 'unconfigured' },
      h(
        'th',
        { scope: 'row' },
        h('span', { class: 'provider-name' }, p.name),
        chainPosition ? h('span', { class: 'chain-pos', title: 'Position in the auto chain' }, `#${chainPosition}`) : null,
        p.configured ? h('div', { class: 'muted small provider-model' }, [p.model, p.base_url_host].filter(Boolean).join(' · ') || '—') : null,
      ),
      h('td', {}, h('span', { class: `setup setup-${setup.replace(/\W+/g, '-')}` }, setup)),
      h('td', {}, this.circuit(p)),
    );
  }

  private circuit(p: ProviderView): HTMLElement {
    const c = p.circuit;
    if (!p.configured) return h('span', { class: 'muted' }, '—');
    if (!c) return h('span', { class: 'muted', title: 'This gateway does not report circuit state' }, 'n/a');
    const probe =
      c.state !== 'closed' && c.nextProbeInMs !== null
        ? h('div', { class: 'small muted' }, 'next probe ', h('span', { 'data-probe-ms': String(c.nextProbeInMs) }, countdown(c.nextProbeInMs)))
        : null;
    const cooling =
      c.cooldownRemainingMs > 0
        ? h('div', { class: 'small muted' }, 'cooling down ', h('span', { 'data-probe-ms': String(c.cooldownRemainingMs) }, countdown(c.cooldownRemainingMs)))
        : null;
    return h(
      'div',
      {},
      h('span', { class: `badge circuit-${c.state}` }, c.state.replace('_', '-')),
      probe,
      cooling,
      c.misconfigured ? h('div', { class: 'small warn' }, `misconfigured: ${c.misconfigured}`) : null,
      this.deployments(p.deployments),
    );
  }

  /** Each deployment (model + key label) with its own state, load and latency. */
  private deployments(rows: DeploymentRow[]): HTMLElement | null {
    if (rows.length === 0) return null;
    return h(
      'ul',
      { class: 'deployments small', 'aria-label': 'Deployments' },
      rows.map((d) =>
        h(
          'li',
          { 'data-deployment': `${d.model}#${d.credential}` },
          h('span', { class: `badge circuit-${d.state}` }, d.state.replace('_', '-')),
          ` ${d.model} · ${d.credential} · ${d.inFlight} in flight`,
          d.p50LatencyMs === null ? '' : ` · p50 ${Math.round(d.p50LatencyMs)} ms`,
          d.failureRate > 0 ? ` · ${Math.round(d.failureRate * 100)}% failing` : '',
        ),
      ),
    );
  }
}
