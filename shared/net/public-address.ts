/**
 * Whether an address is on the public internet. The gateway fetches nothing a client names unless
 * it is (no loopback, private, link-local, carrier-grade NAT, multicast, documentation or reserved
 * ranges): an image URL must never reach the cloud metadata service, a database on the private
 * network, or the gateway itself. IPv4-mapped, IPv4-compatible and NAT64 IPv6 addresses are judged
 * by the IPv4 address they carry.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

const BLOCKED = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  BLOCKED.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  BLOCKED.addSubnet(net, bits, 'ipv6');
}

/** The IPv4 address an IPv6 address carries (`::ffff:a.b.c.d`, `::a.b.c.d`, `64:ff9b::a.b.c.d`), if any. */
function embeddedIPv4(address: string): string | undefined {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return undefined;
  const high = parseInt(hex[1] as string, 16);
  const low = parseInt(hex[2] as string, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** True only for a literal IP address on the public internet. */
export function isPublicAddress(address: string): boolean {
  const unbracketed = address.replace(/^\[(.*)\]$/, '$1');
  const family = isIP(unbracketed);
  if (family === 4) return !BLOCKED.check(unbracketed, 'ipv4');
  if (family !== 6) return false;
  const v4 = embeddedIPv4(unbracketed);
  if (v4 !== undefined) return isPublicAddress(v4);
  return !BLOCKED.check(unbracketed, 'ipv6');
}

export type HostLookup = (hostname: string) => Promise<readonly string[]>;

export const systemLookup: HostLookup = async (hostname) => (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

export class NonPublicAddressError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NonPublicAddressError';
  }
}

/**
 * The addresses a host resolves to, all public, or a NonPublicAddressError saying why not. Every
 * address must be public, since the connection may use any of them.
 */
export async function publicAddressesOf(hostname: string, lookup: HostLookup = systemLookup): Promise<readonly string[]> {
  const host = hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIP(host) !== 0) {
    if (!isPublicAddress(host)) throw new NonPublicAddressError(`${host} is not a public address`);
    return [host];
  }
  if (host === 'localhost' || host.endsWith('.localhost') || !host.includes('.')) throw new NonPublicAddressError(`${host} is not a public host name`);
  let addresses: readonly string[];
  try {
    addresses = await lookup(host);
  } catch {
    throw new NonPublicAddressError(`${host} does not resolve`);
  }
  if (addresses.length === 0) throw new NonPublicAddressError(`${host} does not resolve`);
  const private_ = addresses.find((a) => !isPublicAddress(a));
  if (private_ !== undefined) throw new NonPublicAddressError(`${host} resolves to ${private_}, which is not a public address`);
  return addresses;
}
