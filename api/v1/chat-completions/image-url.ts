/**
 * An `image_url` as the chat job's image: a `data:` URL of a PNG, JPEG, GIF or WebP within
 * IMAGE_MAX_BYTES, or an https URL whose host is on the public internet (checked again, at
 * connection time, by the worker that downloads it for a provider that takes no URLs).
 */
import { NonPublicAddressError, publicAddressesOf, type HostLookup } from '../../../shared/net/public-address';
import { invalidRequest } from '../errors';
import type { HttpError } from '../../http-error';

const DATA_URL = /^data:(image\/(?:png|jpeg|gif|webp));base64,([A-Za-z0-9+/]*={0,2})$/;

export interface ImageRules {
  maxBytes: number;
  lookup?: HostLookup;
}

function refused(param: string, why: string): HttpError {
  return invalidRequest(param, `${param}: ${why}`, 'invalid_image_url');
}

/** Checks that need no network: the URL's form, a data URL's type and size. Returns the https host to resolve, if any. */
export function checkImageUrlForm(url: string, param: string, rules: ImageRules): string | undefined {
  if (url.startsWith('data:')) {
    const match = DATA_URL.exec(url);
    if (!match) throw refused(param, 'a data URL must be data:image/{png,jpeg,gif,webp};base64,<base64>');
    const base64 = match[2] as string;
    const bytes = Math.floor((base64.length * 3) / 4) - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);
    if (bytes === 0) throw refused(param, 'the data URL holds no image');
    if (bytes > rules.maxBytes) throw refused(param, `the image is ${bytes} bytes, over IMAGE_MAX_BYTES (${rules.maxBytes})`);
    return undefined;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw refused(param, 'not a URL; send an https URL or a data:image URL');
  }
  if (parsed.protocol !== 'https:') throw refused(param, `only https and data URLs are accepted, not ${parsed.protocol.replace(':', '')}`);
  if (parsed.username !== '' || parsed.password !== '') throw refused(param, 'the URL must not carry credentials');
  return parsed.hostname;
}

/** Resolves the host and refuses any address that is not public. */
export async function checkImageHost(host: string, param: string, rules: ImageRules): Promise<void> {
  try {
    await publicAddressesOf(host, rules.lookup);
  } catch (err) {
    if (err instanceof NonPublicAddressError) throw refused(param, `the image host is refused: ${err.message}`);
    throw err;
  }
}
