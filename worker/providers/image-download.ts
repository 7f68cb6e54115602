/**
 * Downloads an image for a provider that takes no image URLs (the AI SDK would otherwise fetch it
 * with plain `fetch`, anywhere). Only https, only to public addresses, checked on the address the
 * connection actually uses (a host that resolves to a public address for the API's check and to
 * 127.0.0.1 now is still refused), no redirects, within IMAGE_MAX_BYTES and
 * IMAGE_FETCH_TIMEOUT_SECONDS, and only an image content type.
 */
import { request } from 'node:https';
import type { LookupFunction } from 'node:net';
import { ProviderError } from '../../shared/provider-error';
import { isPublicAddress, NonPublicAddressError, publicAddressesOf, systemLookup, type HostLookup } from '../../shared/net/public-address';

export interface ImageFetchLimits {
  maxBytes: number;
  timeoutMs: number;
  /** The resolver (the system's unless a test names one). */
  lookup?: HostLookup;
}

export const DEFAULT_IMAGE_FETCH: ImageFetchLimits = { maxBytes: 5 * 1024 * 1024, timeoutMs: 10_000 };

export interface DownloadedImage {
  data: Uint8Array;
  mediaType: string | undefined;
}

/** A bad image URL is the request's fault: not retried, not counted against the provider. */
function refused(provider: string, message: string): ProviderError {
  return new ProviderError({ provider, kind: 'bad_request', message: `${provider}: the image could not be used: ${message}` });
}

/** A `lookup` for the socket that resolves through the policy and hands back only public addresses. */
function publicLookup(resolve: HostLookup): LookupFunction {
  return (hostname, options, callback) => {
    publicAddressesOf(hostname, resolve).then(
      (addresses) => {
        const address = addresses[0] as string;
        const family = address.includes(':') ? 6 : 4;
        if (options.all) callback(null, addresses.map((a) => ({ address: a, family: a.includes(':') ? 6 : 4 })));
        else callback(null, address, family);
      },
      (err: Error) => callback(err as NodeJS.ErrnoException, '', 4),
    );
  };
}

export async function downloadImage(url: URL, limits: ImageFetchLimits, provider: string, signal?: AbortSignal): Promise<DownloadedImage> {
  if (url.protocol !== 'https:') throw refused(provider, `only https image URLs are fetched, not ${url.protocol}`);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  // An IP literal never reaches `lookup`: check it here.
  if (/^[\d.]+$|:/.test(host) && !isPublicAddress(host)) throw refused(provider, `${host} is not a public address`);
  const lookup = limits.lookup ?? systemLookup;
  return new Promise<DownloadedImage>((resolve, reject) => {
    const req = request(url, { method: 'GET', lookup: publicLookup(lookup), timeout: limits.timeoutMs, signal, headers: { accept: 'image/*' } }, (res) => {
      const status = res.statusCode ?? 0;
      const type = res.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
      if (status !== 200) {
        res.resume();
        reject(refused(provider, `${url.host} answered ${status}${status >= 300 && status < 400 ? ' (redirects are not followed)' : ''}`));
        return;
      }
      if (type !== undefined && !type.startsWith('image/')) {
        res.resume();
        reject(refused(provider, `${url.host} sent ${type}, not an image`));
        return;
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > limits.maxBytes) {
        res.destroy();
        reject(refused(provider, `the image is ${declared} bytes, over IMAGE_MAX_BYTES (${limits.maxBytes})`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limits.maxBytes) {
          res.destroy();
          reject(refused(provider, `the image is over IMAGE_MAX_BYTES (${limits.maxBytes})`));
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => resolve({ data: new Uint8Array(Buffer.concat(chunks)), mediaType: type }));
      res.on('error', (err) => reject(refused(provider, err.message)));
    });
    req.on('timeout', () => req.destroy(new Error(`no image within ${limits.timeoutMs} ms (IMAGE_FETCH_TIMEOUT_SECONDS)`)));
    req.on('error', (err) => reject(err instanceof ProviderError ? err : refused(provider, err instanceof NonPublicAddressError ? err.message : err.message)));
    req.end();
  });
}
