/**
 * Requests Node's HTTP parser refuses before Express sees them (a malformed request line, headers
 * over the 16 KB limit, a request that never finished arriving). Node's own reply is a bare
 * `400 Bad Request`; this one carries the gateway's error shape (OpenAI's for a /v1 path) and an
 * X-Request-Id, like every other error.
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { statusFor, type ErrorCode } from '../shared/errors/catalog';
import { errorBody } from './http-error';
import { openAIErrorBody } from './v1/errors';

interface ClientError extends Error {
  code?: string;
  /** The bytes Node had read when parsing failed (the request line, when it got that far). */
  rawPacket?: Buffer;
}

function classify(err: ClientError): { code: ErrorCode; message: string } {
  switch (err.code) {
    case 'HPE_HEADER_OVERFLOW':
      return { code: 'headers_too_large', message: "the request's headers are larger than the server's limit" };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { code: 'request_timeout', message: 'the request did not arrive in time' };
    default:
      return { code: 'bad_http_request', message: `the request is not valid HTTP (${err.code ?? 'parse error'})` };
  }
}

/** Whether the request line Node saw names a /v1 path, whose callers expect OpenAI's error shape. */
function isV1(raw: Buffer | undefined): boolean {
  return raw !== undefined && /^[A-Z]+ \/v1(?:[/? ]|$)/.test(raw.subarray(0, 64).toString('latin1'));
}

export function answerClientErrors(server: Server): void {
  server.on('clientError', (err: ClientError, socket: Duplex) => {
    // A peer that went away, or a socket already answered: nothing to write to.
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const { code, message } = classify(err);
    const status = statusFor(code, isV1(err.rawPacket) ? 'openai' : 'gateway');
    const requestId = randomUUID();
    const body = JSON.stringify(isV1(err.rawPacket) ? openAIErrorBody(code, message) : errorBody(code, message, undefined, requestId));
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Request-Id: ${requestId}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
}
