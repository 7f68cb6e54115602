/** The History panel: recent tasks from GET /history with filters, cursor paging and a detail view. */
import { ApiError, brief, call } from './api.js';
import { byId, fill, h, setOptions } from './dom.js';
import { ms, time } from './format.js';
import { renderTask, statusBadge } from './result.js';
import type { ProviderView, TaskCatalogEntry, TaskView } from './types.js';

const PAGE_SIZE = 10;

export class HistoryPanel {
  private readonly form = byId<HTMLFormElement>('history-filters');
  private readonly status = byId<HTMLSelectElement>('history-status');
  private readonly provider = byId<HTMLSelectElement>('history-provider');
  private readonly task = byId<HTMLSelectElement>('history-task');
  private readonly body = byId('history-body');
  private readonly pageLabel = byId('history-page');
  private readonly newer = byId<HTMLButtonElement>('history-newer');
  private readonly older = byId<HTMLButtonElement>('history-older');
  private readonly dialog = byId<HTMLDialogElement>('detail-dialog');
  private readonly detail = byId('detail-body');
  /** The cursor of each page shown so far: [undefined (first page), cursor of page 2, …]. */
  private cursors: (string | undefined)[] = [undefined];
  private next: string | null = null;
  private loading = 0;

  constructor() {
    for (const select of [this.status, this.provider, this.task]) select.addEventListener('change', () => void this.reload());
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.reload();
    });
    this.newer.addEventListener('click', () => {
      if (this.cursors.length > 1) this.cursors.pop();
      void this.load();
    });
    this.older.addEventListener('click', () => {
      if (!this.next) return;
      this.cursors.push(this.next);
      void this.load();
    });
    byId('detail-close').addEventListener('click', () => this.dialog.close());
    // A click on the backdrop (outside the dialog's box) closes it too.
    this.dialog.addEventListener('click', (event) => {
      if (event.target === this.dialog) this.dialog.close();
    });
  }

  setTasks(tasks: TaskCatalogEntry[]): void {
    setOptions(this.task, [{ value: '', label: 'any task' }, ...tasks.map((t) => ({ value: t.name, label: t.name }))]);
  }

  setProviders(providers: ProviderView[]): void {
    setOptions(this.provider, [{ value: '', label: 'any provider' }, ...providers.map((p) => ({ value: p.name, label: p.name }))]);
  }

  /** Back to the first page with the current filters. */
  reload(): Promise<void> {
    this.cursors = [undefined];
    return this.load();
  }

  async load(): Promise<void> {
    const ticket = ++this.loading;
    this.body.closest('table')?.setAttribute('aria-busy', 'true');
    try {
      const { body } = await call<{ items?: TaskView[]; next_cursor?: string | null }>('/history', {
        query: {
          limit: String(PAGE_SIZE),
          status: this.status.value || undefined,
          provider: this.provider.value || undefined,
          task: this.task.value || undefined,
          cursor: this.cursors[this.cursors.length - 1],
        },
      });
      if (ticket !== this.loading) return; // a newer load overtook this one
      this.next = body.next_cursor ?? null;
      this.render(body.items ?? []);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if (ticket !== this.loading) return;
      this.next = null;
      const message = err.status === 404 ? 'This gateway has no GET /history.' : brief(err);
      fill(this.body, h('tr', {}, h('td', { colspan: 6, class: 'panel-error' }, message)));
      this.pager();
    } finally {
      if (ticket === this.loading) this.body.closest('table')?.removeAttribute('aria-busy');
    }
  }

  private render(items: TaskView[]): void {
    const filtered = Boolean(this.status.value || this.provider.value || this.task.value);
    if (items.length === 0) {
      fill(this.body, h('tr', {}, h('td', { colspan: 6, class: 'empty' }, filtered ? 'No tasks match these filters.' : 'No tasks yet: submit one above.')));
    } else {
      fill(this.body, items.map((item) => this.row(item)));
    }
    this.pager();
  }

  private pager(): void {
    const page = this.cursors.length;
    this.pageLabel.textContent = `Page ${page}`;
    this.newer.disabled = page <= 1;
    this.older.disabled = !this.next;
  }

  private row(item: TaskView): HTMLElement {
    // The task name opens the detail view: one focusable control per row, and no extra column on a phone.
    const view = h('button', { type: 'button', class: 'link-button row-open', title: 'Show details', 'aria-label': `${item.task ?? 'task'}, details of task ${item.task_id}` }, item.task ?? 'task');
    view.addEventListener('click', () => this.open(item));
    return h(
      'tr',
      { 'data-task-id': item.task_id, 'data-status': item.status },
      h('td', { class: 'col-time' }, time(item.created_at)),
      h('td', {}, view, h('span', { class: 'row-time muted small' }, time(item.created_at))),
      h('td', {}, statusBadge(item.status)),
      h('td', {}, item.provider_used ?? h('span', { class: 'muted' }, item.provider_requested ?? '—')),
      h('td', { class: 'col-latency num' }, item.status === 'success' || item.status === 'error' ? ms(item.latency_ms) : '—'),
      h('td', { class: 'col-decision' }, item.decision ? h('span', { class: `badge decision-badge decision-${item.decision.decision.toLowerCase()}` }, item.decision.decision.replace('_', ' ')) : '—'),
    );
  }

  private open(item: TaskView): void {
    fill(this.detail, renderTask(item));
    byId('detail-title').textContent = `Task ${item.task ?? ''}`.trim();
    this.dialog.showModal();
  }
}
