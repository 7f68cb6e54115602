/** Starts the dashboard: reads its config, wires the key helper and the panels, and keeps the live panels fresh. */
import { call, onAccessProblem } from './api.js';
import { loadTasks } from './catalog.js';
import { HistoryPanel } from './history.js';
import { setUpKeyHelper } from './api-key.js';
import { showAccessProblem } from './notice.js';
import { ProvidersPanel } from './providers.js';
import { QueuePanel } from './queue.js';
import { SpendPanel } from './spend.js';
import { SubmitPanel } from './submit.js';
import type { DashboardConfig } from './types.js';

const PROVIDERS_EVERY_MS = 5_000;
const QUEUE_EVERY_MS = 3_000;

async function loadConfig(): Promise<DashboardConfig> {
  try {
    const { body } = await call<Partial<DashboardConfig>>('/dashboard/config', { quiet: true });
    return { demo_api_key: body.demo_api_key ?? null, grafana_url: body.grafana_url ?? null };
  } catch {
    return { demo_api_key: null, grafana_url: null };
  }
}

/** Runs `work` every `everyMs` while the page is visible, never two at once. */
function every(everyMs: number, work: () => Promise<void>): void {
  let running = false;
  setInterval(() => {
    if (running || document.hidden) return;
    running = true;
    work().finally(() => {
      running = false;
    });
  }, everyMs);
}

async function start(): Promise<void> {
  onAccessProblem(showAccessProblem);
  const history = new HistoryPanel();
  const providers = new ProvidersPanel();
  const queue = new QueuePanel();
  const spend = new SpendPanel();
  // A finished task changes the history, the queue counts and maybe a circuit: show that at once.
  const submit = new SubmitPanel(() => void Promise.all([history.reload(), queue.refresh(true), providers.refresh(true), spend.refresh()]));
  providers.subscribe((list) => {
    submit.setProviders(list);
    history.setProviders(list);
  });

  const config = await loadConfig();
  queue.setGrafanaUrl(config.grafana_url);

  const loadAll = async () => {
    const [{ tasks }] = await Promise.all([loadTasks(), providers.refresh(), queue.refresh(), history.reload(), spend.refresh()]);
    submit.setTasks(tasks);
    history.setTasks(tasks);
  };
  setUpKeyHelper(config.demo_api_key, () => void loadAll());
  await loadAll();
  document.body.dataset.ready = 'true';

  every(PROVIDERS_EVERY_MS, () => providers.refresh(true));
  every(QUEUE_EVERY_MS, () => queue.refresh(true));
  setInterval(() => providers.tick(), 1_000);
}

void start();
