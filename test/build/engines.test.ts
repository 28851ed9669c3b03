import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';

const root = path.resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
};

/** Every installed package (nested copies included) and the Node versions it declares. */
function installedEngines(dir: string): Array<{ name: string; version: string; node: string }> {
  if (!existsSync(dir)) return [];
  const found: Array<{ name: string; version: string; node: string }> = [];
  for (const entry of readdirSync(dir)) {
    if (entry.startsWith('.')) continue;
    const folder = path.join(dir, entry);
    if (entry.startsWith('@')) {
      found.push(...installedEngines(folder));
      continue;
    }
    const file = path.join(folder, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as {
      name?: string;
      version?: string;
      engines?: { node?: unknown };
    };
    if (typeof pkg.engines?.node === 'string') {
      found.push({ name: pkg.name ?? entry, version: pkg.version ?? '?', node: pkg.engines.node });
    }
    found.push(...installedEngines(path.join(folder, 'node_modules')));
  }
  return found;
}

describe('the Node version the project names', () => {
  const oldest = semver.minVersion(manifest.engines.node);

  it('is the one the README tells operators to install', () => {
    expect(oldest).not.toBeNull();
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain(`Node.js ${oldest!.major}.${oldest!.minor} or later`);
  });

  it('is accepted by every installed package, so the tree agrees with engines', () => {
    const refusing = installedEngines(path.join(root, 'node_modules'))
      .filter((pkg) => !semver.satisfies(oldest!, pkg.node))
      .map((pkg) => `${pkg.name}@${pkg.version} requires node ${pkg.node}`);
    expect(refusing).toEqual([]);
  });

  it('includes the Node running the tests', () => {
    expect(semver.satisfies(process.versions.node, manifest.engines.node)).toBe(true);
  });
});
