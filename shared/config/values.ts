/** The value types environment variables are read as; each names what it wants when a value is bad. */
import { isIP } from 'node:net';
import { z } from 'zod';
import { hasUserinfo } from '../text/userinfo';

/** Same rule everywhere a provider is named (PROVIDER_ORDER, ROUTES, extra servers), so each can name the others. */
export const PROVIDER_NAME = /^[a-z][a-z0-9_-]{0,31}$/;

export const int = (min: number, max = Number.MAX_SAFE_INTEGER) => z.coerce.number().int().min(min).max(max);
export const seconds = () => z.coerce.number().positive().max(86_400);
export const fraction = () => z.coerce.number().gt(0).max(1);

/** Unset and blank both mean "none". */
export const optionalSecret = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));

/** A comma-separated list of secrets (several API keys); blanks dropped; unset or empty: none. */
export const secretList = z
  .string()
  .optional()
  .transform((v) => (v ?? '').split(',').map((k) => k.trim()).filter((k) => k !== ''));

export const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

export const url = (protocols: string[]) =>
  z.string().refine((v) => {
    try {
      return protocols.includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, `must be a URL starting with ${protocols.join(' or ')}//`);

export const httpUrl = url(['http:', 'https:']);

/**
 * A provider's base URL: credentials in it (`user:password@`) would reach error texts, attempts and
 * history rows, and fetch refuses such URLs anyway; keys belong in the key variables.
 */
export const providerUrl = httpUrl.refine(
  (v) => !hasUserinfo(v),
  'must not hold credentials (user:password@host); put the key in the provider\'s key setting (its _API_KEY variable or `apiKey`)',
);

export const providerList = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  )
  .refine((names) => names.length > 0, 'must name at least one provider')
  .refine((names) => names.every((n) => PROVIDER_NAME.test(n)), 'provider names are lower-case letters, digits, - or _');

/** Comma-separated browser origins (`https://app.example.com`), or `*` for any. */
export const originList = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim().replace(/\/+$/, ''))
      .filter(Boolean),
  )
  .refine(
    (origins) =>
      origins.every((o) => {
        if (o === '*') return true;
        try {
          const parsed = new URL(o);
          return ['http:', 'https:'].includes(parsed.protocol) && parsed.origin === o;
        } catch {
          return false;
        }
      }),
    'comma-separated origins like https://app.example.com (scheme, host and optional port only), or *',
  );

/** Express `trust proxy`: true/false, a hop count, or trusted proxy addresses, subnets and names. */
export const trustProxy = z.string().transform((v, ctx): boolean | number | string[] => {
  const lower = v.toLowerCase();
  if (['true', 'false'].includes(lower)) return lower === 'true';
  if (/^\d{1,2}$/.test(v)) return Number(v);
  const entries = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const valid = (e: string) => ['loopback', 'linklocal', 'uniquelocal'].includes(e) || isIpOrSubnet(e);
  if (entries.length === 0 || !entries.every(valid)) {
    ctx.addIssue({ code: 'custom', message: 'true, false, a hop count, or comma-separated IPs/subnets (loopback, linklocal, uniquelocal allowed)' });
    return z.NEVER;
  }
  return entries;
});

function isIpOrSubnet(entry: string): boolean {
  const [address = '', bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
}
