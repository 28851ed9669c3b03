import { decideGrant } from '../../../../src/rules/confidential/grant-decision';
import { ndaCovers } from '../../../../src/rules/confidential/nda-coverage';
import { decideReveal } from '../../../../src/rules/confidential/reveal-access';
import {
  watermarkLine,
  watermarked,
  watermarkedDocument,
} from '../../../../src/rules/confidential/watermark';

const covered = { covered: true, reason: 'an NDA', article: 'TIC 8.1(ii)' };
const uncovered = { covered: false, reason: 'no NDA on record', article: 'TIC 8.1(ii)' };
const valenceToJv = {
  disclosingParty: 'VALENCE',
  receivingParty: 'JV',
  status: 'PROTECTED',
} as const;

describe('ndaCovers (TIC 8.1(ii); JVC Art. 98)', () => {
  it.each([
    // An NDA counts for the disclosing party that approved its form, and for no other.
    {
      user: 'JV',
      discloser: 'VALENCE',
      signed: [{ kind: 'NDA', approvedBy: ['VALENCE'] }],
      covered: true,
      by: 'NDA',
    },
    {
      user: 'JV',
      discloser: 'FENGFAN',
      signed: [{ kind: 'NDA', approvedBy: ['VALENCE'] }],
      covered: false,
      by: null,
    },
    {
      user: 'JV',
      discloser: 'VALENCE',
      signed: [{ kind: 'NDA', approvedBy: [] }],
      covered: false,
      by: null,
    },
    // The JV undertaking needs the acceptance of all Parties (Valence and Fengfan).
    {
      user: 'JV',
      discloser: 'VALENCE',
      signed: [{ kind: 'JV_UNDERTAKING', approvedBy: ['VALENCE', 'FENGFAN'] }],
      covered: true,
      by: 'JV_UNDERTAKING',
    },
    {
      user: 'JV',
      discloser: 'VALENCE',
      signed: [{ kind: 'JV_UNDERTAKING', approvedBy: ['VALENCE'] }],
      covered: false,
      by: null,
    },
    // Only JV staff sign the undertaking; a Fengfan employee needs an NDA.
    {
      user: 'FENGFAN',
      discloser: 'JV',
      signed: [{ kind: 'JV_UNDERTAKING', approvedBy: ['VALENCE', 'FENGFAN'] }],
      covered: false,
      by: null,
    },
    { user: 'FENGFAN', discloser: 'JV', signed: [], covered: false, by: null },
  ] as const)(
    '$user user, $discloser discloses: covered $covered',
    ({ user, discloser, signed, covered: expected, by }) => {
      const verdict = ndaCovers({
        userParty: user,
        disclosingParty: discloser,
        agreements: signed,
      });
      expect(verdict.covered).toBe(expected);
      expect(verdict.by).toBe(by);
    },
  );

  it('cites TIC 8.1(ii) when nothing covers the user', () => {
    expect(ndaCovers({ userParty: 'JV', disclosingParty: 'VALENCE', agreements: [] }).article).toBe(
      'TIC 8.1(ii)',
    );
  });
});

describe('decideReveal (TIC 8.1)', () => {
  const base = {
    readerParty: 'JV' as const,
    item: valenceToJv,
    purpose: 'Set up the coating line',
    grants: [{ expiresOn: '2026-03-31', revoked: false }],
    ndaCovered: covered,
    today: '2026-03-01',
  };

  it('refuses a read without a purpose, naming the field', () => {
    const ruling = decideReveal({ ...base, purpose: '   ' });
    expect(ruling).toMatchObject({
      ok: false,
      refusal: { kind: 'input', field: 'purpose', article: 'TIC 8.1' },
    });
  });

  it('lets the receiving party read with a live grant and a covering NDA', () => {
    expect(decideReveal(base).ok).toBe(true);
  });

  it('still reads on the last day of the grant, and not the day after', () => {
    expect(decideReveal({ ...base, today: '2026-03-31' }).ok).toBe(true);
    const after = decideReveal({ ...base, today: '2026-04-01' });
    expect(after).toMatchObject({ ok: false, refusal: { kind: 'party', article: 'TIC 8.1(i)' } });
    if (!after.ok) expect(after.refusal.reason).toContain('expired on 2026-03-31');
  });

  it('refuses a revoked grant and no grant at all (TIC 8.1(i))', () => {
    const revoked = decideReveal({ ...base, grants: [{ expiresOn: '2026-03-31', revoked: true }] });
    expect(revoked).toMatchObject({ ok: false, refusal: { article: 'TIC 8.1(i)' } });
    if (!revoked.ok) expect(revoked.refusal.reason).toContain('revoked');
    expect(decideReveal({ ...base, grants: [] })).toMatchObject({
      ok: false,
      refusal: { article: 'TIC 8.1(i)' },
    });
  });

  it('refuses a grant holder without a covering agreement (TIC 8.1(ii))', () => {
    expect(decideReveal({ ...base, ndaCovered: uncovered })).toMatchObject({
      ok: false,
      refusal: { kind: 'party', article: 'TIC 8.1(ii)' },
    });
  });

  it('lets the disclosing party read its own information without a grant', () => {
    expect(
      decideReveal({ ...base, readerParty: 'VALENCE', grants: [], ndaCovered: uncovered }).ok,
    ).toBe(true);
  });

  it('refuses a party on neither side', () => {
    expect(decideReveal({ ...base, readerParty: 'FENGFAN' })).toMatchObject({
      ok: false,
      refusal: { kind: 'party' },
    });
  });

  it('needs no grant once an accepted exception released the item (TIC 8.3)', () => {
    expect(
      decideReveal({
        ...base,
        item: { ...valenceToJv, status: 'RELEASED' },
        grants: [],
        ndaCovered: uncovered,
      }).ok,
    ).toBe(true);
  });
});

describe('decideGrant (TIC 8.1)', () => {
  const base = {
    receivingParty: 'JV' as const,
    grantee: { party: 'JV' as const, active: true },
    ndaCovered: covered,
    today: '2026-01-31',
    defaultDays: 90,
    requestedExpiresOn: null,
  };

  it('lasts the default period: 90 days from 31 January 2026 is 1 May 2026', () => {
    // 31 Jan + 90 days: February 28 days, March 31, April 30 → 29 + 31 + 30 = 90 → 1 May.
    expect(decideGrant(base)).toEqual({ ok: true, value: { expiresOn: '2026-05-01' } });
  });

  it('refuses a user without a covering NDA, citing TIC 8.1(ii)', () => {
    expect(decideGrant({ ...base, ndaCovered: uncovered })).toMatchObject({
      ok: false,
      refusal: { kind: 'state', field: 'userId', article: 'TIC 8.1(ii)' },
    });
  });

  it('refuses a user of another party or a deactivated one', () => {
    expect(decideGrant({ ...base, grantee: { party: 'FENGFAN', active: true } })).toMatchObject({
      ok: false,
      refusal: { field: 'userId', article: 'TIC 8.1' },
    });
    expect(decideGrant({ ...base, grantee: { party: 'JV', active: false } }).ok).toBe(false);
  });

  it('takes a shorter expiry, not a longer one nor a past one', () => {
    expect(decideGrant({ ...base, requestedExpiresOn: '2026-02-15' })).toEqual({
      ok: true,
      value: { expiresOn: '2026-02-15' },
    });
    expect(decideGrant({ ...base, requestedExpiresOn: '2026-05-02' })).toMatchObject({
      ok: false,
      refusal: { field: 'expiresOn' },
    });
    expect(decideGrant({ ...base, requestedExpiresOn: '2026-01-30' }).ok).toBe(false);
  });
});

describe('the watermark', () => {
  it('names the reader, the party, the time and the fingerprint, above and below the text', () => {
    const line = watermarkLine({
      viewer: { displayName: 'Li Ming', email: 'li@jv.example' },
      party: 'JV',
      at: new Date('2026-03-01T02:03:04.000Z'),
      fingerprint: 'abc123',
    });
    expect(line).toContain('Li Ming <li@jv.example>');
    expect(line).toContain('of JV');
    expect(line).toContain('2026-03-01T02:03:04.000Z');
    expect(line).toContain('fingerprint abc123');
    expect(watermarked('secret', line)).toBe(`${line}\nsecret\n${line}`);
  });
});

describe('a revealed document', () => {
  const line = 'CONFIDENTIAL | revealed to A <a@jv.demo> of JV | fingerprint 00ff';

  it('carries the watermark at head and foot when it is text', () => {
    const copy = watermarkedDocument('text/csv; charset=utf-8', Buffer.from('a,b\n1,2'), line);
    expect(copy.watermarked).toBe(true);
    expect(copy.content.toString()).toBe(`${line}\na,b\n1,2\n${line}`);
  });

  it('is returned as registered when it is a binary file', () => {
    const pdf = Buffer.from('%PDF-1.7 binary');
    const copy = watermarkedDocument('application/pdf', pdf, line);
    expect(copy.watermarked).toBe(false);
    expect(copy.content.equals(pdf)).toBe(true);
  });
});
