import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The folder holding the project's package.json, found by walking up from this file: the same
 * answer from the sources (ts-node, jest: src/) and from the build (dist/src/), so data files
 * shipped beside the code (data/contracts, data/export-control) are found from either.
 */
function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) {
      throw new Error(`No package.json above ${start}: cannot locate the project's data files`);
    }
  }
}

export const PROJECT_ROOT = findProjectRoot(__dirname);

/** A path inside the project, e.g. `projectPath('data', 'contracts')`. */
export function projectPath(...segments: string[]): string {
  return path.join(PROJECT_ROOT, ...segments);
}
