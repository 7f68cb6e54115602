/** The Submit panel: pick a task, paste text, choose a provider and a mode; see the result, live for async tasks. */
import { ApiError, call, explain } from './api.js';
import { exampleText } from './catalog.js';
import { byId, fill, h, setOptions } from './dom.js';
import { ms } from './format.js';
import { OptionsForm } from './options-form.js';
import { renderTask } from './result.js';
import type { ProviderView, TaskCatalogEntry, TaskView } from './types.js';

const FINAL = new Set(['success', 'error']);

export class SubmitPanel {
  private readonly form = byId<HTMLFormElement>('submit-form');
  private readonly taskSelect = byId<HTMLSelectElement>('task-select');
  private readonly description = byId('task-description');
  private readonly text = byId<HTMLTextAreaElement>('task-text');
  private readonly counter = byId('text-count');
  private readonly providerSelect = byId<HTMLSelectElement>('provider-select');
  private readonly button = byId<HTMLButtonElement>('submit-button');
  private readonly status = byId('submit-status');
  private readonly result = byId('submit-result');
  private readonly options = new OptionsForm(byId('task-options'));
  private tasks: TaskCatalogEntry[] = [];
  /** Ends the polling of an earlier task when a new one is submitted. */
  private polling: AbortController | undefined;

  constructor(private readonly onTaskFinished: () => void) {
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    this.taskSelect.addEventListener('change', () => this.describeTask());
    byId('example-button').addEventListener('click', () => {
      this.text.value = exampleText(this.taskSelect.value);
      this.countText();
      this.text.focus();
    });
    this.text.addEventListener('input', () => this.countText());
    this.text.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        this.form.requestSubmit();
      }
    });
    this.countText();
  }

  setTasks(tasks: TaskCatalogEntry[]): void {
    this.tasks = tasks;
    setOptions(
      this.taskSelect,
      tasks.map((t) => ({ value: t.name, label: t.name })),
    );
    this.describeTask();
  }

  setProviders(providers: ProviderView[]): void {
    setOptions(this.providerSelect, [
      { value: 'auto', label: 'auto (fallback chain)' },
      ...providers.map((p) => ({ value: p.name, label: p.configured ? p.name : `${p.name} (not configured)`, disabled: !p.configured })),
    ]);
  }

  private describeTask(): void {
    const task = this.tasks.find((t) => t.name === this.taskSelect.value);
    this.description.textContent = task?.description ?? '';
    this.options.show(task?.options_schema);
  }

  private countText(): void {
    const n = this.text.value.length;
    this.counter.textContent = `${n.toLocaleString()} ${n === 1 ? 'character' : 'characters'}`;
  }

  private say(message: string, tone: 'info' | 'error' | 'ok' = 'info'): void {
    this.status.textContent = message;
    this.status.dataset.tone = tone;
  }

  private async submit(): Promise<void> {
    const text = this.text.value;
    if (!text.trim()) {
      this.say('Paste or type some text first.', 'error');
      this.text.focus();
      return;
    }
    const options = this.options.read();
    if ('error' in options) {
      this.say(`Options: ${options.error}.`, 'error');
      return;
    }
    const asyncMode = (this.form.elements.namedItem('mode') as RadioNodeList).value === 'async';
    this.polling?.abort();
    const polling = new AbortController();
    this.polling = polling;
    const body = { task: this.taskSelect.value, text, provider: this.providerSelect.value, options: options.options };

    this.button.disabled = true;
    this.result.setAttribute('aria-busy', 'true');
    this.say(asyncMode ? 'Submitting…' : 'Running the task…');
    const started = performance.now();
    try {
      const answer = await call<TaskView>('/ai/task', { method: 'POST', body, query: { wait: asyncMode ? 'false' : undefined } });
      if (answer.status === 202) {
        this.show({ ...answer.body, task: body.task }, text);
        this.say(`Task ${answer.body.status}: waiting for the result…`);
        await this.follow(answer.body.task_id, body.task, text, polling.signal, started);
      } else {
        this.show(answer.body, text);
        this.finished(answer.body, started);
      }
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') return;
      if (!(err instanceof ApiError)) throw err;
      await this.showFailure(err, body.task, text);
    } finally {
      if (this.polling === polling) {
        this.button.disabled = false;
        this.result.removeAttribute('aria-busy');
      }
    }
  }

  private show(view: TaskView, text: string): void {
    fill(this.result, renderTask(view, text));
  }

  private finished(view: TaskView, started: number): void {
    const took = ms(performance.now() - started);
    if (view.status === 'success') this.say(`Done: success in ${took}.`, 'ok');
    else this.say(`Done: the task failed (${view.error?.code ?? 'error'}).`, 'error');
    this.onTaskFinished();
  }

  /** Polls GET /ai/task/:id until the task is final, backing off from 0.4 s to 2 s. */
  private async follow(taskId: string, task: string, text: string, signal: AbortSignal, started: number): Promise<void> {
    let delay = 400;
    let last = '';
    while (!signal.aborted) {
      await sleep(delay, signal);
      delay = Math.min(delay * 1.5, 2_000);
      let view: TaskView;
      try {
        view = (await call<TaskView>(`/ai/task/${encodeURIComponent(taskId)}`, { signal })).body;
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) continue; // not visible yet
        throw err;
      }
      if (view.status !== last || FINAL.has(view.status)) this.show({ task, ...view }, text);
      last = view.status;
      if (FINAL.has(view.status)) {
        this.finished(view, started);
        return;
      }
      this.say(`Task ${view.status}… ${ms(performance.now() - started)} so far.`);
    }
  }

  private async showFailure(err: ApiError, task: string, text: string): Promise<void> {
    const details = (err.details ?? {}) as { task_id?: unknown; attempts?: TaskView['attempts'] };
    if (typeof details.task_id === 'string') {
      // The task ran and failed: show its whole record, or what the error said about it.
      let view: TaskView = { task_id: details.task_id, task, status: 'error', attempts: details.attempts ?? [], error: { code: err.code, message: err.message } };
      try {
        view = (await call<TaskView>(`/ai/task/${encodeURIComponent(details.task_id)}`)).body;
      } catch {
        // keep the error's own account
      }
      this.show(view, text);
      this.say(`The task failed: ${err.message} (${err.status} ${err.code}).`, 'error');
      this.onTaskFinished();
      return;
    }
    const problems = fieldProblems(err.details);
    fill(
      this.result,
      h(
        'div',
        { class: 'error-box', role: 'alert', 'data-status': String(err.status) },
        h('p', {}, explain(err)),
        problems.length ? h('ul', {}, problems.map((p) => h('li', {}, p))) : null,
      ),
    );
    this.say(`Not submitted: ${err.status === 0 ? 'no answer' : `${err.status} ${err.code}`}.`, 'error');
  }
}

/** The `details` of a 400: `{field: [messages]}`, a list, or known names. */
function fieldProblems(details: unknown): string[] {
  if (!details || typeof details !== 'object') return [];
  if (Array.isArray(details)) return details.map((d) => (typeof d === 'string' ? d : JSON.stringify(d)));
  return Object.entries(details as Record<string, unknown>).map(([field, value]) => `${field}: ${Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : JSON.stringify(value)}`);
}

function sleep(msec: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, msec);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new DOMException('aborted', 'AbortError'));
      },
      { once: true },
    );
  });
}
