import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

/** The official file, e.g. https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv */
export function isUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

/**
 * Fetches the list from its URL into a temporary file (the import then reads it like any file,
 * in one transaction); the file keeps the URL's name so that .json and .gz are recognised.
 * Returns the path and a function that removes it.
 */
export async function downloadScreeningList(
  url: string,
): Promise<{ file: string; remove: () => Promise<void> }> {
  const response = await fetch(url, { redirect: 'follow' });
  if (!response.ok || !response.body) {
    throw new Error(`fetching ${url} failed: HTTP ${response.status} ${response.statusText}`);
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'screening-list-'));
  const name = path.basename(new URL(url).pathname) || 'consolidated.csv';
  const file = path.join(dir, name.replace(/[^\w.-]/g, '_'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await pipeline(Readable.fromWeb(response.body as WebReadableStream), createWriteStream(file));
  } catch (error) {
    await remove();
    throw error;
  }
  return { file, remove };
}
