/**
 * The statement texts kept for list reads (services/shaped-read/statement-text.ts): a text is
 * reused only for a builder TypeORM would render the same, its parameters are bound afresh,
 * and under `verify` a kept text TypeORM no longer renders is an error, not a wrong answer.
 */
import { StatementTexts } from '../../../src/services/shaped-read/statement-text';
import { startTestApp, type TestApp } from '../../support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** The parties, as the seed holds them (DOMAIN.md: Valence, Fengfan, the JV). */
const parties = (where?: { code: string }) => {
  const query = t.appDb
    .createQueryBuilder()
    .select('p.code', 'code')
    .from('party', 'p')
    .orderBy('p.code', 'ASC');
  return where ? query.where('p.code = :code', where) : query;
};

describe('StatementTexts', () => {
  it('renders what TypeORM renders, and binds each request’s own parameters', async () => {
    const texts = new StatementTexts(true);
    const fengfan = parties({ code: 'FENGFAN' });
    expect(texts.textAndParameters(fengfan)).toEqual(fengfan.getQueryAndParameters());
    expect(await texts.rawMany(fengfan)).toEqual([{ code: 'FENGFAN' }]);
    // The same shape with another value: the kept text, the new parameter.
    expect(await texts.rawMany(parties({ code: 'JV' }))).toEqual([{ code: 'JV' }]);
  });

  it('keeps one text per shape: a limit, an order or a condition of its own is its own text', async () => {
    const texts = new StatementTexts(true);
    expect(await texts.rawMany(parties())).toEqual([
      { code: 'FENGFAN' },
      { code: 'JV' },
      { code: 'VALENCE' },
    ]);
    expect(await texts.rawMany(parties().take(1))).toEqual([{ code: 'FENGFAN' }]);
    expect(await texts.rawMany(parties().orderBy('p.code', 'DESC'))).toEqual([
      { code: 'VALENCE' },
      { code: 'JV' },
      { code: 'FENGFAN' },
    ]);
    expect(await texts.rawMany(parties().where(`p.code <> 'JV'`))).toEqual([
      { code: 'FENGFAN' },
      { code: 'VALENCE' },
    ]);
  });

  it('binds named parameters by position, a name used twice in one position', async () => {
    const texts = new StatementTexts(true);
    const either = (first: string, second: string) =>
      parties().where('(p.code = :second OR p.code = :first) AND :first <> :second', {
        first,
        second,
      });
    const [sql, values] = texts.textAndParameters(either('JV', 'VALENCE'));
    // Numbered in the order the text names them, once per name.
    expect(sql).toContain('("p"."code" = $1 OR "p"."code" = $2) AND $2 <> $1');
    expect(values).toEqual(['VALENCE', 'JV']);
    expect(await texts.rawMany(either('FENGFAN', 'JV'))).toEqual([
      { code: 'FENGFAN' },
      { code: 'JV' },
    ]);
    expect(await texts.rawMany(either('JV', 'JV'))).toEqual([]);
  });

  it('leaves a spread list to TypeORM, whatever its length', async () => {
    const texts = new StatementTexts(true);
    const among = (codes: string[]) => parties().where('p.code IN (:...codes)', { codes });
    expect(await texts.rawMany(among(['JV']))).toEqual([{ code: 'JV' }]);
    expect(await texts.rawMany(among(['VALENCE', 'FENGFAN']))).toEqual([
      { code: 'FENGFAN' },
      { code: 'VALENCE' },
    ]);
  });

  it('refuses, when verifying, a kept text that TypeORM no longer renders', () => {
    const texts = new StatementTexts(true);
    texts.textAndParameters(parties());
    const changed = parties();
    // As if a part of the builder the key does not hold had changed the statement.
    changed.getQuery = () => 'SELECT 1';
    expect(() => texts.textAndParameters(changed)).toThrow(/misses a part of the statement/);
    // Without verifying, the kept text is used as it is: the reason tests verify.
    expect(new StatementTexts(false).textAndParameters(changed)[0]).toBe('SELECT 1');
  });

  it('leaves a builder with a join to TypeORM', () => {
    const texts = new StatementTexts(true);
    const joined = parties().innerJoin('party', 'q', 'q.code = p.code');
    const render = jest.spyOn(joined, 'getQueryAndParameters');
    expect(texts.textAndParameters(joined)).toEqual(joined.getQueryAndParameters());
    expect(render).toHaveBeenCalled();
  });
});
