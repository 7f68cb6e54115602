/** The dashboard's API-key helper in a real browser, against a gateway that wants a key (API_KEY). */
import type { Page } from 'playwright-core';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { describeInBrowser, launchBrowser, openDashboard, screenshot, type TestBrowser } from './browser';

jest.setTimeout(45_000);

const KEY = 'dashboard-test-key-0123456789';
const TEXT = 'The board met on Tuesday. It approved the budget. The new office opens in May.';

/** Chrome reports every 4xx answer as a console error; those the test provokes on purpose are expected. */
const isExpected401 = (line: string) => /Failed to load resource: the server responded with a status of 401/.test(line);

const storedKey = (page: Page) => page.evaluate<string | null>(`localStorage.getItem('aigw_api_key')`);

async function runSummary(page: Page): Promise<void> {
  await page.selectOption('#task-select', 'summarize');
  await page.fill('#task-text', TEXT);
  await page.click('#submit-button');
}

describeInBrowser('dashboard API-key helper in Chromium', () => {
  let gw: TestGateway;
  let browser: TestBrowser;

  beforeAll(async () => {
    [gw, browser] = await Promise.all([startTestGateway({ env: { API_KEY: KEY, DEMO_API_KEY: KEY } }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await gw?.stop();
  });

  it('says clearly that a key is needed (401) and what to do, for a missing and for a wrong key', async () => {
    const { page, errors } = await browser.newPage();
    await openDashboard(page, gw.url);
    expect(await page.isVisible('#key-hint')).toBe(true);

    const notice = page.locator('#notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('This gateway needs an API key (401 missing_api_key)');

    await runSummary(page);
    const problem = page.locator('#submit-result .error-box[data-status="401"]');
    await problem.waitFor();
    expect(await problem.innerText()).toContain('Paste your key into the “API key” field at the top');

    await page.fill('#api-key', 'not-the-key');
    await page.click('#key-save');
    await runSummary(page);
    await page.locator('#submit-result .error-box[data-status="401"]:has-text("invalid_api_key")').waitFor();
    expect(await page.locator('#submit-result .error-box').innerText()).toContain('The gateway rejected this API key (401 invalid_api_key)');
    await screenshot(page, 'auth-401');

    // The notice's button takes the keyboard user to the field.
    await page.click('#notice button:has-text("Go to the API key field")');
    expect(await page.evaluate('document.activeElement.id')).toBe('api-key');

    expect(errors.filter((e) => !isExpected401(e))).toEqual([]);
    await page.evaluate(`localStorage.clear()`);
    await page.close();
  });

  it('stores the key in localStorage, sends it, and keeps it across reloads', async () => {
    const { page, errors } = await browser.newPage();
    await openDashboard(page, gw.url);
    await page.fill('#api-key', `  ${KEY}  `);
    await page.keyboard.press('Enter'); // the key field is a form: Enter saves
    await page.locator('#key-status:has-text("Key saved")').waitFor();
    expect(await storedKey(page)).toBe(KEY);
    expect(await page.isVisible('#key-hint')).toBe(false);
    expect(await page.isVisible('#notice')).toBe(false);
    // Saving reloads the panels with the key.
    await page.locator('#providers-list tr[data-provider="local"]').waitFor();

    await runSummary(page);
    await page.locator('#submit-result .task-result[data-status="success"]').waitFor();

    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.inputValue('#api-key')).toBe(KEY);
    expect(await page.locator('#history-body tr[data-status="success"]').count()).toBe(1);
    await screenshot(page, 'auth-key-saved');

    await page.click('#key-clear');
    expect(await storedKey(page)).toBeNull();
    expect(errors.filter((e) => !isExpected401(e))).toEqual([]);
    await page.close();
  });

  it('offers the demo key when one is configured', async () => {
    const { page, errors } = await browser.newPage();
    await openDashboard(page, gw.url);
    const demo = page.locator('#key-demo');
    expect(await demo.isVisible()).toBe(true);
    await demo.click();
    expect(await storedKey(page)).toBe(KEY);
    await page.locator('#queue-stats [data-count="completed"]').waitFor();
    expect(await page.isVisible('#notice')).toBe(false);
    await screenshot(page, 'auth-demo-key');
    expect(errors.filter((e) => !isExpected401(e))).toEqual([]);
    await page.close();
  });
});
