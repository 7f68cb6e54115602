/**
 * The Spend panel: cost per day over the last 14 days as stacked bars, by key or by provider, from
 * GET /usage?group_by=day,key (or day,provider). Drawn as SVG built element by element, like the
 * rest of the page, so no text is parsed as markup.
 */
import { ApiError, brief, call } from './api.js';
import { byId, fill, h } from './dom.js';

interface UsageItem {
  day: string;
  key_name?: string;
  provider?: string;
  cost_usd: number;
}

const DAYS = 14;
const COLOURS = ['#2563eb', '#16a34a', '#ea580c', '#9333ea', '#0891b2', '#db2777', '#65a30d', '#64748b'];
const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 320;
const HEIGHT = 140;

function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  if (text !== undefined) el.textContent = text;
  return el;
}

function lastDays(today: Date): string[] {
  return Array.from({ length: DAYS }, (_, i) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - (DAYS - 1 - i))).toISOString().slice(0, 10));
}

const usd = (v: number) => (v >= 1 ? `$${v.toFixed(2)}` : `$${v.toPrecision(2)}`);

export class SpendPanel {
  private readonly chart = byId('spend-chart');
  private readonly by = byId<HTMLSelectElement>('spend-by');

  constructor() {
    this.by.addEventListener('change', () => void this.refresh());
  }

  async refresh(): Promise<void> {
    const by = this.by.value === 'provider' ? 'provider' : 'key';
    const days = lastDays(new Date());
    const to = new Date(Date.parse(`${days[DAYS - 1]}T00:00:00Z`) + 86_400_000).toISOString();
    try {
      const { body } = await call<{ items: UsageItem[] }>('/usage', { query: { group_by: `day,${by}`, from: days[0], to }, quiet: true });
      this.draw(days, body.items, by);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      fill(this.chart, h('p', { class: 'panel-error', role: 'note' }, err.status === 404 ? 'This gateway has no GET /usage.' : brief(err)));
    }
  }

  private draw(days: string[], items: UsageItem[], by: 'key' | 'provider'): void {
    const name = (i: UsageItem) => (by === 'key' ? (i.key_name ?? '?') : (i.provider ?? '?'));
    const totals = new Map<string, number>();
    for (const i of items) totals.set(name(i), (totals.get(name(i)) ?? 0) + i.cost_usd);
    const series = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([n]) => n);
    const colour = (n: string): string => COLOURS[Math.min(series.indexOf(n), COLOURS.length - 1)] ?? '#64748b';
    const perDay = days.map((d) => items.filter((i) => i.day === d));
    const max = Math.max(...perDay.map((list) => list.reduce((s, i) => s + i.cost_usd, 0)), 0);
    const total = [...totals.values()].reduce((a, b) => a + b, 0);
    if (max === 0) {
      fill(this.chart, h('p', { class: 'muted' }, `No spend in the last ${DAYS} days.`));
      return;
    }
    const barWidth = WIDTH / DAYS;
    const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT + 14}`, role: 'img', class: 'spend-svg', 'aria-label': `Cost per day by ${by}, last ${DAYS} days: ${usd(total)} in all` });
    perDay.forEach((list, d) => {
      let y = HEIGHT;
      for (const item of [...list].sort((a, b) => series.indexOf(name(a)) - series.indexOf(name(b)))) {
        const height = (item.cost_usd / max) * (HEIGHT - 4);
        y -= height;
        const bar = svg('rect', { x: d * barWidth + 2, y, width: barWidth - 4, height, fill: colour(name(item)), 'data-day': item.day, 'data-series': name(item) });
        bar.appendChild(svg('title', {}, `${item.day} · ${name(item)} · ${usd(item.cost_usd)}`));
        chart.appendChild(bar);
      }
      if (d % 7 === 0 || d === DAYS - 1) chart.appendChild(svg('text', { x: d * barWidth + barWidth / 2, y: HEIGHT + 12, 'text-anchor': 'middle', class: 'spend-axis' }, days[d]?.slice(5) ?? ''));
    });
    const legend = h(
      'ul',
      { class: 'spend-legend', 'aria-label': `By ${by}` },
      series.map((n) => h('li', {}, h('span', { class: 'swatch', 'data-colour': colour(n) }), `${n}: ${usd(totals.get(n) ?? 0)}`)),
    );
    for (const swatch of legend.querySelectorAll<HTMLElement>('.swatch')) swatch.style.background = swatch.dataset.colour ?? '';
    fill(this.chart, chart, legend, h('p', { class: 'muted small' }, `${usd(total)} over ${DAYS} days (UTC); unpriced models count as 0.`));
  }
}
