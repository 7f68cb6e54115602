/**
 * Body and URL decoding failures are 400s in the route's error shape (the gateway's, or OpenAI's
 * under /v1), Node's own parser errors carry the shape too, and 415 names the encoding it refuses.
 */
import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { rawRequest } from '../helpers/raw-http';

const BODY = JSON.stringify({ task: 'summarize', text: 'The council met. It approved the budget.' });

describe('decoding failures', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ withWorker: false });
  });
  afterAll(async () => {
    await gw.stop();
  });

  // fetch sends the bytes as given (supertest would serialise a Buffer as JSON under a JSON content type).
  const gzipPost = async (path: string, body: Buffer) => {
    const res = await fetch(`${gw.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, body });
    return { status: res.status, body: (await res.json()) as { error: Record<string, unknown> } };
  };

  it('accepts a well-formed gzip body', async () => {
    const res = await gzipPost('/ai/task?wait=false', gzipSync(BODY));
    expect(res.status).toBe(202);
  });

  it('400 undecodable_body for a corrupt gzip body', async () => {
    const corrupt = gzipSync(BODY);
    corrupt.fill(0x41, 10, 30);
    const res = await gzipPost('/ai/task', corrupt);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'undecodable_body', message: expect.stringContaining('corrupt or truncated'), request_id: expect.any(String) });
  });

  it('400 undecodable_body for a truncated gzip body', async () => {
    const whole = gzipSync(BODY);
    const res = await gzipPost('/ai/task', whole.subarray(0, whole.length - 12));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('undecodable_body');
  });

  it('400 in OpenAI shape for a corrupt gzip body under /v1', async () => {
    const res = await gzipPost('/v1/chat/completions', Buffer.from('not gzip at all'));
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { message: expect.stringContaining('decompressed'), type: 'invalid_request_error', param: null, code: 'undecodable_body' } });
  });

  it('415 naming the unsupported Content-Encoding', async () => {
    const res = await request(gw.url).post('/ai/task').set('Content-Type', 'application/json').set('Content-Encoding', 'compress').send(BODY);
    expect(res.status).toBe(415);
    expect(res.body.error).toMatchObject({
      code: 'unsupported_content_encoding',
      message: 'the Content-Encoding "compress" is not supported; send the body as identity, gzip, deflate or br',
    });
  });

  it.each(['/ai/task/%E0%A4%A', '/ai/tasks/%E0%A4%A', '/ai/task/%ZZ'])('400 invalid_path for bad %%-encoding in %s', async (path) => {
    const res = await request(gw.url).get(path);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_path', message: expect.stringContaining('%-encoding'), request_id: expect.any(String) });
  });

  it('400 invalid_path in OpenAI shape for /v1/models/%E0%A4%A', async () => {
    const res = await request(gw.url).get('/v1/models/%E0%A4%A');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { message: expect.stringContaining('%-encoding'), type: 'invalid_request_error', param: null, code: 'invalid_path' } });
  });

  it("Node's 400 for a malformed request line carries the gateway's shape", async () => {
    const res = await rawRequest(gw.url, 'GET /health HTTP/1.1 extra\r\nHost: x\r\n\r\n');
    expect(res.status).toBe(400);
    expect(res.headers['x-request-id']).toEqual(expect.any(String));
    expect(res.body).toEqual({ error: { code: 'bad_http_request', message: expect.stringContaining('not valid HTTP'), request_id: res.headers['x-request-id'] } });
  });

  it("Node's 431 for oversized headers carries the gateway's shape", async () => {
    const res = await rawRequest(gw.url, `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(res.status).toBe(431);
    expect(res.body).toMatchObject({ error: { code: 'headers_too_large', request_id: expect.any(String) } });
  });

  it("Node's 431 under /v1 is in OpenAI's shape", async () => {
    const res = await rawRequest(gw.url, `POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(res.status).toBe(431);
    expect(res.body).toEqual({ error: { message: expect.any(String), type: 'invalid_request_error', param: null, code: 'headers_too_large' } });
  });
});
