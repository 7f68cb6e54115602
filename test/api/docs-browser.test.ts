/** /docs renders in a real browser, offline, under the gateway's Content-Security-Policy. */
import { describeInBrowser, launchBrowser, screenshot, type TestBrowser } from '../browser/browser';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

jest.setTimeout(45_000);

describeInBrowser('/docs in Chromium', () => {
  let gw: TestGateway;
  let browser: TestBrowser;
  beforeAll(async () => {
    [gw, browser] = await Promise.all([startTestGateway({ withWorker: false }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await gw?.stop();
  });

  it('shows every operation of /openapi.json with no console errors and no request leaving the gateway', async () => {
    const { page, errors } = await browser.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(gw.url) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    await page.goto(`${gw.url}/docs`);
    await page.waitForSelector('.opblock-summary-path');
    const paths = await page.locator('.opblock-summary-path').allTextContents();
    const doc = (await (await fetch(`${gw.url}/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.values(doc.paths).reduce((n, ops) => n + Object.keys(ops).length, 0);
    expect(paths.length).toBe(operations);
    expect(paths.map((p) => p.replace(/\u200b/g, ''))).toEqual(expect.arrayContaining(['/ai/task', '/history/cleanup']));
    await screenshot(page, 'api-docs');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
