import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook may never reach in production: the machine itself, private networks,
 * link-local (cloud metadata services answer at 169.254.169.254), shared and benchmark ranges,
 * multicast and reserved space. A webhook is a URL a party's ADMIN types; without this, a
 * deployment's alerts could be made to probe the network it runs in.
 */
const INTERNAL = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  INTERNAL.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  INTERNAL.addSubnet(network, prefix, 'ipv6');
}

/** An IPv4 address written inside IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address. */
const MAPPED = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;

/** Whether `address` (an IP literal, brackets allowed) is internal; false for a host name. */
export function isInternalAddress(address: string): boolean {
  const bare = address.replace(/^\[(.*)\]$/, '$1');
  const mapped = MAPPED.exec(bare);
  if (mapped) return INTERNAL.check(mapped[1], 'ipv4');
  const family = isIP(bare);
  if (family === 4) return INTERNAL.check(bare, 'ipv4');
  if (family === 6) return INTERNAL.check(bare, 'ipv6');
  return false;
}

/** A host name that names this machine whatever DNS says (RFC 6761). */
export const isLocalHostName = (host: string): boolean =>
  /^localhost\.?$/i.test(host) || /\.localhost\.?$/i.test(host);
