/**
 * A selection-shaped read can only reach what TypeORM itself would select: a field the shape
 * does not know brings "every column", and every column must still leave out the ciphertext of
 * confidential content and documents and the webhooks' secrets (`select: false`).
 */
import {
  ConfidentialDocumentEntity,
  ConfidentialItemEntity,
  WebhookEntity,
} from '../../../src/entities';
import { ITEM_SHAPE } from '../../../src/services/confidential/item-shape';
import { columnsOf } from '../../../src/services/shaped-read/columns';
import { NodeSelection } from '../../../src/services/shaped-read/node-selection';
import { nodeSql } from '../../../src/services/shaped-read/shaped-rows';
import { startTestApp, type TestApp } from '../../support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('columns a shaped read may select', () => {
  it('leave out the never-selected columns and keep the others', () => {
    const item = [...columnsOf(t.appDb, ConfidentialItemEntity).keys()];
    expect(item).not.toContain('contentCipher');
    expect(item).toEqual(expect.arrayContaining(['id', 'title', 'contentSha256', 'registeredAt']));
    expect([...columnsOf(t.appDb, ConfidentialDocumentEntity).keys()]).not.toContain('cipher');
    expect([...columnsOf(t.appDb, WebhookEntity).keys()]).not.toContain('secret');
  });

  it('never name the ciphertext, even when an unknown field asks for every column', () => {
    // What `nodeSql` makes of a selection it cannot account for: every column of the item and
    // of its documents (an unknown field under `documents` too).
    const selection = new NodeSelection([
      tree('somethingNew', {}),
      tree('documents', { ConfidentialDocument: { alsoNew: tree('alsoNew', {}) } }),
    ]);
    const sql = nodeSql(t.appDb, ITEM_SHAPE, selection, 'JV', 'item');
    expect(sql).toContain('"registered_at"');
    expect(sql).toContain('"sha256"');
    expect(sql).not.toMatch(/cipher/);
  });
});

/** A node of graphql-parse-resolve-info's tree, as `NodeSelection` reads it. */
function tree(name: string, fieldsByTypeName: Record<string, Record<string, unknown>>) {
  return { name, alias: name, args: {}, fieldsByTypeName } as never;
}
