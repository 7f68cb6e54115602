/**
 * The dashboard in a real browser (Debian's Chromium through playwright-core) against a real
 * gateway: API, queue, worker and Postgres, with in-test fake providers so results are exact.
 */
import request from 'supertest';
import type { Page } from 'playwright-core';
import { scriptedProvider } from '../helpers/fake-providers';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { describeInBrowser, launchBrowser, openDashboard, screenshot, type TestBrowser, type WatchedPage } from './browser';

jest.setTimeout(45_000);

const ARTICLE =
  'The city council approved the transport budget on Monday. It adds twelve electric buses to the fleet. Night service grows on four lines from March.';
const INVOICE =
  'Invoice No: INV-1001\nInvoice date: 2026-01-05\nDue date: 2026-02-04\nFrom: Acme Supplies Ltd\nBill to: Globex Corp\nWidgets 2 x 50.00 = 100.00\nTotal: USD 100.00';

interface Submission {
  task: string;
  text: string;
  provider?: string;
  mode?: 'sync' | 'async';
}

async function fillTask(page: Page, s: Submission): Promise<void> {
  await page.selectOption('#task-select', s.task);
  await page.fill('#task-text', s.text);
  await page.selectOption('#provider-select', s.provider ?? 'auto');
  await page.click(s.mode === 'async' ? 'label[for="mode-async"]' : 'label[for="mode-sync"]');
}

/** Text as in the DOM (innerText would apply CSS text-transform). */
const texts = async (page: Page, selector: string) => (await page.locator(selector).allTextContents()).map((t) => t.trim());

/** The statuses of the history rows shown. Strings are evaluated through DevTools, which the page's CSP does not govern. */
const historyStatuses = (page: Page) => page.evaluate<string[]>(`[...document.querySelectorAll('#history-body tr[data-status]')].map((r) => r.dataset.status)`);

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last saw ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describeInBrowser('dashboard in Chromium', () => {
  let gw: TestGateway;
  let browser: TestBrowser;
  let tab: WatchedPage;
  // mistral always fails (retried once, then the chain fails over), openai answers, claude answers slowly.
  const failing = scriptedProvider('mistral', [{ fail: 'server_error', status: 503 }]);
  const healthy = scriptedProvider('openai', [{ ok: 'The council approved a transport budget with twelve electric buses.' }], 'gpt-4o-mini');
  const slow = scriptedProvider('claude', [{ delayMs: 1_500, ok: 'Slow but sure.' }], 'claude-sonnet-4-5');

  beforeAll(async () => {
    [gw, browser] = await Promise.all([
      startTestGateway({
        providers: [failing, healthy, slow],
        env: {
          PROVIDER_ORDER: 'mistral,openai',
          MAX_RETRIES: '1',
          RETRY_BASE_MS: '10',
          RETRY_MAX_MS: '20',
          CIRCUIT_BREAKER_THRESHOLD: '100',
          CIRCUIT_BREAKER_MIN_CALLS: '1000',
          GRAFANA_URL: 'http://grafana.example:3000/d/aigw',
        },
      }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await gw?.stop();
  });
  beforeEach(async () => {
    tab = await browser.newPage();
  });
  afterEach(async () => {
    await tab.page.close();
  });

  it('submits a task and shows its result, provider, tokens and every attempt, with the retry and the failover', async () => {
    const { page, errors } = tab;
    await openDashboard(page, gw.url);
    await fillTask(page, { task: 'summarize', text: ARTICLE });
    await page.click('#submit-button');
    const result = page.locator('#submit-result .task-result[data-status="success"]');
    await result.waitFor();

    expect(await result.locator('[data-field="result"]').innerText()).toBe('The council approved a transport budget with twelve electric buses.');
    expect(await result.locator('[data-field="provider"]').innerText()).toBe('openai');
    expect(await result.locator('[data-field="model"]').innerText()).toBe('gpt-4o-mini');
    expect(await result.locator('[data-field="tokens"]').innerText()).toBe('11 in · 7 out');
    expect(await result.locator('[data-field="latency"]').innerText()).toMatch(/\d+ ms|s$/);
    expect(await texts(page, '#submit-result .trail-list .attempt-provider')).toEqual(['mistral', 'mistral', 'openai']);
    expect(await texts(page, '#submit-result .trail-list .step')).toEqual(['first try', 'retry 1', 'failover from mistral']);
    const whys = await texts(page, '#submit-result .trail-list .attempt-why');
    expect(whys[0]).toContain('HTTP 503');
    expect(whys[0]).toContain('server error');
    expect(await page.locator('#submit-result .trail-summary').innerText()).toBe('Answered by openai after 1 retry, 1 failover.');
    await expect(page.locator('#submit-status').innerText()).resolves.toMatch(/^Done: success/);

    await screenshot(page, 'submit-failover');
    expect(errors).toEqual([]);
  });

  it('shows a decision with its reasons and highlights the evidence in the text', async () => {
    const { page, errors } = tab;
    await openDashboard(page, gw.url);
    await fillTask(page, { task: 'invoice_check', text: INVOICE, provider: 'local' });
    await page.click('#submit-button');
    const result = page.locator('#submit-result .task-result[data-status="success"]');
    await result.waitFor();

    expect(await result.locator('[data-field="decision"]').innerText()).toBe('PASS');
    expect(await result.locator('.reasons li').count()).toBeGreaterThan(0);
    const marked = await texts(page, '#submit-result .source-text mark');
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.join('\n')).toContain('INV-1001');
    expect(await result.locator('[data-field="provider"]').innerText()).toBe('local');

    await screenshot(page, 'decision-evidence');
    expect(errors).toEqual([]);
  });

  it('follows an async task live from queued to success', async () => {
    const { page, errors } = tab;
    await openDashboard(page, gw.url);
    await fillTask(page, { task: 'summarize', text: ARTICLE, provider: 'claude', mode: 'async' });
    await page.click('#submit-button');

    const queued = page.locator('#submit-result .task-result[data-status="queued"]');
    await queued.waitFor();
    expect(await queued.locator('.badge').first().innerText()).toMatch(/queued/i);
    await screenshot(page, 'async-queued');

    const done = page.locator('#submit-result .task-result[data-status="success"]');
    await done.waitFor({ timeout: 15_000 });
    expect(await done.locator('[data-field="result"]').innerText()).toBe('Slow but sure.');
    expect(await done.locator('[data-field="provider"]').innerText()).toBe('claude');
    expect(await page.locator('#submit-status').innerText()).toMatch(/^Done: success/);

    await screenshot(page, 'async-success');
    expect(errors).toEqual([]);
  });

  it('runs a task from the keyboard alone (Ctrl+Enter in the text)', async () => {
    const { page, errors } = tab;
    await openDashboard(page, gw.url);
    await page.focus('#task-select');
    await page.keyboard.press('Tab'); // provider
    await page.keyboard.press('Tab'); // mode
    await page.keyboard.press('Tab'); // "Use example text"
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement.id')).toBe('task-text');
    expect(await page.inputValue('#task-text')).not.toBe('');
    await page.keyboard.press('Control+Enter');
    await page.locator('#submit-result .task-result[data-status="success"]').waitFor();
    expect(errors).toEqual([]);
  });

  it('filters the history by status and provider, and opens a task in the detail view', async () => {
    // Failed tasks are made through the API directly: only the page's own behaviour is under test here.
    for (let i = 0; i < 2; i += 1) {
      const res = await request(gw.url).post('/ai/task').send({ task: 'summarize', text: ARTICLE, provider: 'mistral' });
      expect(res.status).toBe(503);
    }
    const { page, errors } = tab;
    await openDashboard(page, gw.url);
    const all = await historyStatuses(page);
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(new Set(all)).toEqual(new Set(['success', 'error']));

    await page.selectOption('#history-status', 'error');
    const errorsOnly = await until(() => historyStatuses(page), (s) => s.length > 0 && s.every((x) => x === 'error'), 'only error rows');
    expect(errorsOnly).toHaveLength(2);
    await screenshot(page, 'history-filter-error');

    await page.selectOption('#history-status', 'success');
    await page.selectOption('#history-provider', 'claude');
    await until(() => page.locator('#history-body tr[data-status]').allTextContents(), (rows) => rows.length === 1 && rows[0]!.includes('claude') && rows[0]!.includes('success'), 'the one claude success');

    await page.selectOption('#history-provider', 'mistral');
    await page.waitForSelector('#history-body td.empty');
    expect(await page.locator('#history-body td.empty').innerText()).toBe('No tasks match these filters.');

    // Detail view: the failed task's whole attempts trail, in a modal that Escape closes.
    await page.selectOption('#history-provider', '');
    await page.selectOption('#history-status', 'error');
    await until(() => historyStatuses(page), (s) => s.length === 2 && s.every((x) => x === 'error'), 'the two error rows');
    await page.locator('#history-body tr[data-status="error"] button').first().click();
    const dialog = page.locator('#detail-dialog');
    await dialog.waitFor();
    expect(await dialog.locator('.trail-summary').innerText()).toBe('2 attempts, none answered (1 retry).');
    expect(await dialog.locator('.error-box').innerText()).toContain('all_providers_failed');
    await screenshot(page, 'history-detail', false);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
  });

  it('shows providers with their set-up and circuit, and the queue counts with links', async () => {
    const { page, errors } = tab;
    await openDashboard(page, gw.url);
    const openai = page.locator('#providers-list tr[data-provider="openai"]');
    expect(await openai.locator('.setup').innerText()).toBe('native');
    // The provider's own state, then one line per deployment (model · key label) with its state.
    expect(await openai.locator('.badge').first().innerText()).toMatch(/closed/i);
    expect(await openai.locator('.deployments li').first().innerText()).toMatch(/closed/i);
    expect(await page.locator('#providers-list tr[data-provider="gemini"] .setup').innerText()).toBe('not configured');
    expect(await page.locator('#providers-list tr[data-provider="local"] .setup').innerText()).toBe('offline');

    const completed = Number(await page.locator('#queue-stats [data-count="completed"] dd').innerText());
    expect(completed).toBeGreaterThanOrEqual(4);
    expect(await page.locator('#queue-stats [data-count="waiting"] dd').innerText()).toBe('0');
    expect(await page.getAttribute('#grafana-link', 'href')).toBe('http://grafana.example:3000/d/aigw');
    expect(await page.getAttribute('a:has-text("Bull Board")', 'href')).toBe('admin/queues');
    expect(await page.locator('#health').getAttribute('data-state')).toBe('up');
    expect(errors).toEqual([]);
  });

  it('stays readable at phone width (390 px): nothing overflows sideways', async () => {
    const phone = await browser.newPage({ width: 390, height: 844 });
    try {
      await openDashboard(phone.page, gw.url);
      await fillTask(phone.page, { task: 'summarize', text: ARTICLE });
      await phone.page.click('#submit-button');
      await phone.page.locator('#submit-result .task-result[data-status="success"]').waitFor();
      expect(await phone.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await screenshot(phone.page, 'phone');
      expect(phone.errors).toEqual([]);
    } finally {
      await phone.page.close();
    }
  });
});
