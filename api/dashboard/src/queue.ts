/** The Queue panel: job counts from GET /queue/stats, readiness from GET /ready, and links to the other consoles. */
import { ApiError, brief, call } from './api.js';
import { byId, fill, h } from './dom.js';
import { count, ms, time } from './format.js';
import type { QueueStats } from './types.js';

const COUNTS: { key: keyof QueueStats; label: string }[] = [
  { key: 'waiting', label: 'Waiting' },
  { key: 'active', label: 'Active' },
  { key: 'delayed', label: 'Delayed' },
  { key: 'failed', label: 'Failed' },
  { key: 'completed', label: 'Completed' },
];

export class QueuePanel {
  private readonly stats = byId('queue-stats');
  private readonly updated = byId('queue-updated');
  private readonly health = byId('health');

  setGrafanaUrl(url: string | null): void {
    const link = byId<HTMLAnchorElement>('grafana-link');
    if (url) link.href = url;
    else link.closest('li')?.remove();
  }

  async refresh(quiet = false): Promise<void> {
    await Promise.all([this.refreshCounts(quiet), this.refreshHealth()]);
  }

  private async refreshCounts(quiet: boolean): Promise<void> {
    try {
      const { body } = await call<Partial<QueueStats>>('/queue/stats', { quiet });
      fill(
        this.stats,
        h(
          'dl',
          { class: 'stats-grid' },
          COUNTS.map(({ key, label }) =>
            h('div', { class: `stat stat-${key}`, 'data-count': key }, h('dt', {}, label), h('dd', {}, count(Number(body[key] ?? 0)))),
          ),
        ),
        fairTable(body),
      );
      this.updated.textContent = `Updated ${time(new Date().toISOString())}`;
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      const message = err.status === 503 ? 'The queue cannot be read: Redis is unreachable.' : err.status === 404 ? 'This gateway has no GET /queue/stats.' : brief(err);
      fill(this.stats, h('p', { class: 'panel-error', role: 'note' }, message));
      this.updated.textContent = '';
    }
  }

  private async refreshHealth(): Promise<void> {
    let ready = false;
    let detail = 'not answering';
    try {
      const { body } = await call<{ checks?: Record<string, string> }>('/ready', { quiet: true });
      ready = true;
      detail = describe(body.checks) || 'ready';
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      detail = describe((err.details ?? undefined) as Record<string, string> | undefined) || (err.status === 0 ? 'not answering' : err.message);
    }
    this.health.dataset.state = ready ? 'up' : 'down';
    fill(this.health, h('span', { class: 'dot', 'aria-hidden': 'true' }), ready ? 'Ready' : 'Not ready', h('span', { class: 'health-detail' }, ` · ${detail}`));
  }
}

/** Fair queueing: a row per lane, then a row per key with work waiting or running (the deepest 10). */
function fairTable(body: Partial<QueueStats>): HTMLElement | string {
  if (!body.lanes) return '';
  const lanes = body.lanes;
  const laneRow = (name: 'interactive' | 'batch') =>
    h('tr', { 'data-lane': name }, h('th', { scope: 'row' }, `${name} lane`), h('td', {}, count(lanes[name].waiting)), h('td', {}, ''), h('td', {}, ms(lanes[name].oldest_wait_ms || null)));
  const keyRows = (body.keys ?? []).slice(0, 10).map((k) =>
    h(
      'tr',
      { 'data-key': k.name },
      h('th', { scope: 'row' }, k.name),
      h('td', {}, `${count(k.lanes.interactive.waiting)} / ${count(k.lanes.batch.waiting)}`),
      h('td', {}, count(k.running)),
      h('td', {}, ms(Math.max(k.lanes.interactive.oldest_wait_ms, k.lanes.batch.oldest_wait_ms) || null)),
    ),
  );
  return h(
    'table',
    { class: 'fair-table', 'aria-label': 'Waiting work per lane and per key' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Lane / key'), h('th', { scope: 'col' }, 'Waiting (interactive / batch)'), h('th', { scope: 'col' }, 'Running'), h('th', { scope: 'col' }, 'Oldest wait'))),
    h('tbody', {}, laneRow('interactive'), laneRow('batch'), keyRows),
  );
}

function describe(checks: Record<string, string> | undefined): string {
  if (!checks || typeof checks !== 'object') return '';
  return Object.entries(checks)
    .map(([name, state]) => `${name === 'postgres' ? 'Postgres' : name === 'redis' ? 'Redis' : name} ${state}`)
    .join(', ');
}
