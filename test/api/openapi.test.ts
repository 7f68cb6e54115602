/** /openapi.json is valid OpenAPI 3.1, documents every route, and matches what the API really sends; /docs works offline. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Express } from 'express';
import request from 'supertest';
import type { z } from 'zod';
import * as schemas from '../../api/openapi/schemas';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { createKey, type TestKey } from './helpers';

const ROOT = join(__dirname, '..', '..');

interface ValidationResult {
  valid: boolean;
  errors?: unknown;
  version?: string;
}

/** The validator is ESM-only, which jest's CommonJS runtime cannot load; it runs in a child Node. */
async function validateOpenApi(document: unknown): Promise<ValidationResult> {
  const script = `
    import { Validator } from '@seriousme/openapi-schema-validator';
    let input = '';
    process.stdin.on('data', (d) => (input += d));
    process.stdin.on('end', async () => {
      const validator = new Validator();
      const result = await validator.validate(JSON.parse(input));
      process.stdout.write(JSON.stringify({ ...result, version: validator.version }));
    });`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  child.stdin.end(JSON.stringify(document));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`validator failed (${code}): ${err}`);
  return JSON.parse(out) as ValidationResult;
}

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every `router.get/post(...)` path in the app, as `METHOD /openapi/{path}`. */
function expressRoutes(app: Express): string[] {
  const found: string[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
        for (const path of paths) {
          for (const method of Object.keys(layer.route.methods)) found.push(`${method.toUpperCase()} ${path.replace(/:([A-Za-z_]+)/g, '{$1}')}`);
        }
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack);
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
  return [...new Set(found)];
}

describe('OpenAPI document and /docs', () => {
  let gw: TestGateway;
  let key: TestKey;
  type Operation = { security?: unknown[]; parameters?: { name: string; in: string }[]; requestBody?: unknown; responses: Record<string, unknown> };
  let doc: { openapi: string; paths: Record<string, Record<string, Operation>> };

  beforeAll(async () => {
    gw = await startTestGateway({ env: { AUTH_CACHE_SECONDS: '0' } });
    key = await createKey(gw.db, 'docs-reader', ['admin']);
    doc = (await request(gw.url).get('/openapi.json')).body;
  });
  afterAll(async () => {
    await gw.stop();
  });

  it('is served without a key and validates as OpenAPI 3.1', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const result = await validateOpenApi(doc);
    expect(result.errors).toBeUndefined();
    expect(result).toMatchObject({ valid: true, version: '3.1' });
  });

  it('documents every route the app serves (the OpenAI-compatible /v1 API follows OpenAI’s own spec)', () => {
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)));
    const normalise = (r: string) => r.replace(/\/$/, '') || r;
    const documentedNormalised = new Set([...documented].map(normalise));
    const missing = expressRoutes(gw.api.app)
      .filter((r) => !r.includes(' /v1/'))
      .filter((r) => !/ \/docs\/(index\.html|init\.js)$/.test(r))
      .filter((r) => !documentedNormalised.has(normalise(r)));
    expect(missing).toEqual([]);
  });

  it('gives each operation its request, its answers, its error codes and its access rule', () => {
    const submit = doc.paths['/ai/task']?.post as Operation;
    expect(submit.requestBody).toMatchObject({ content: { 'application/json': { schema: { $ref: '#/components/schemas/TaskRequest' } } } });
    expect(Object.keys(submit.responses)).toEqual(expect.arrayContaining(['200', '202', '400', '401', '403', '413', '415', '422', '429', '500', '503', '504']));
    expect(JSON.stringify(submit.responses['429'])).toContain('rate_limited');
    expect(submit.security).toEqual([{ ApiKeyHeader: ['tasks'] }, { BearerAuth: ['tasks'] }]);
    const history = doc.paths['/history']?.get as Operation;
    expect(history.parameters?.map((p) => p.name)).toEqual(['limit', 'cursor', 'status', 'provider', 'task', 'model', 'finish_reason', 'has_notes', 'tool_calls', 'since']);
    expect(doc.paths['/health']?.get?.security).toEqual([]);
  });

  it('describes what the API really answers', async () => {
    const check = async <T extends z.ZodType>(schema: T, path: string, init?: (r: request.Test) => request.Test) => {
      const req = request(gw.url).get(path).set('X-API-Key', key.key);
      const res = await (init ? init(req) : req);
      expect(res.status).toBeLessThan(300);
      return schema.parse(res.body);
    };
    const submitted = await request(gw.url).post('/ai/task').set('X-API-Key', key.key).send({ task: 'summarize', text: 'A first sentence. A second one follows.' });
    expect(submitted.status).toBe(200);
    schemas.taskResultSchema.parse(submitted.body);
    const accepted = await request(gw.url).post('/ai/task?wait=false').set('X-API-Key', key.key).send({ task: 'summarize', text: 'Short. Text.' });
    schemas.taskAcceptedSchema.parse(accepted.body);
    await check(schemas.taskResultSchema.or(schemas.taskPendingSchema), `/ai/task/${submitted.body.task_id}`);
    await check(schemas.historyPageSchema, '/history');
    await check(schemas.providerStatusSchema, '/provider/status');
    await check(schemas.taskCatalogSchema, '/ai/tasks');
    await check(schemas.taskCatalogEntrySchema, '/ai/tasks/summarize');
    await check(schemas.queueStatsSchema, '/queue/stats');
    await check(schemas.dashboardConfigSchema, '/dashboard/config');
    await check(schemas.readySchema, '/ready');
    const cleanup = await request(gw.url).post('/history/cleanup').set('X-API-Key', key.key);
    schemas.cleanupResultSchema.parse(cleanup.body);
    const error = await request(gw.url).get('/history?limit=x').set('X-API-Key', key.key);
    schemas.errorBodySchema.parse(error.body);
  });

  it('serves the interactive reference from the gateway itself, with no CDN', async () => {
    const redirect = await request(gw.url).get('/docs');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/docs/');
    const page = await request(gw.url).get('/docs/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).not.toMatch(/https?:\/\//);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    for (const asset of ['swagger-ui-bundle.js', 'swagger-ui.css', 'init.js']) {
      expect(page.text).toContain(`./${asset}`);
      const res = await request(gw.url).get(`/docs/${asset}`);
      expect(res.status).toBe(200);
    }
    expect((await request(gw.url).get('/docs/init.js')).text).toContain("url: '../openapi.json'");
    expect((await request(gw.url).get('/docs/nope.js')).status).toBe(404);
  });
});
