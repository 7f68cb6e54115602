/**
 * Image parts as the providers check them: a URL must be http(s), inline data must be base64 of
 * a real PNG, JPEG, GIF or WebP (the magic bytes are checked, so a gateway that mangles the bytes
 * on the way is caught). Each check answers `undefined` when the part is fine, else why not.
 */

export const IMAGE_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'] as const;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function decodeBase64(data: string): Buffer | undefined {
  const compact = data.replace(/\s+/g, '');
  if (compact.length === 0 || compact.length % 4 === 1 || !BASE64.test(compact)) return undefined;
  return Buffer.from(compact, 'base64');
}

/** The media type the bytes really are, from their magic numbers. */
export function sniffImage(bytes: Buffer): (typeof IMAGE_MEDIA_TYPES)[number] | undefined {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(bytes.subarray(0, 6).toString('latin1'))) return 'image/gif';
  if (bytes.length >= 12 && bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  return undefined;
}

export function checkHttpUrl(url: unknown): string | undefined {
  if (typeof url !== 'string' || url === '') return 'the image URL is missing';
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? undefined : `the image URL scheme must be http or https, got ${parsed.protocol}`;
  } catch {
    return `the image URL is not a URL`;
  }
}

/** Base64 image bytes: decodable, and an image format the providers take. */
export function checkImageData(data: unknown): string | undefined {
  if (typeof data !== 'string') return 'the image data is missing';
  const bytes = decodeBase64(data);
  if (!bytes) return 'the image data is not valid base64';
  return sniffImage(bytes) ? undefined : 'the image data is not a PNG, JPEG, GIF or WebP image';
}

/** `data:image/png;base64,...` (OpenAI and Mistral `image_url`). */
export function checkDataUrl(url: string): string | undefined {
  const m = url.match(/^data:([^;,]+)(;base64)?,(.*)$/s);
  if (!m) return 'the data URL is malformed';
  if (!m[1]?.startsWith('image/')) return `the data URL has no image media type (got ${m[1] ?? 'none'})`;
  if (!m[2]) return 'the data URL is not base64-encoded';
  return checkImageData(m[3]);
}
