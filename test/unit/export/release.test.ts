import {
  effectiveDestination,
  isUsPerson,
  mostRecentCountry,
  type Recipient,
  type TransferInput,
} from '../../../src/rules/export/release';

const chineseNational: Recipient = {
  statuses: [{ country: 'CN', basis: 'CITIZENSHIP', since: '1988-04-02' }],
};

describe('effectiveDestination: the country whose chart row governs a transfer (Part 734)', () => {
  it.each<{
    name: string;
    input: TransferInput;
    kind: string;
    destination: string | null;
    citation: string;
  }>([
    {
      name: 'an export goes to its destination',
      input: { kind: 'EXPORT', to: 'cn' },
      kind: 'EXPORT',
      destination: 'CN',
      citation: '15 C.F.R. 734.13(a)(1)',
    },
    {
      name: 'a reexport from Singapore to China goes to China',
      input: { kind: 'REEXPORT', from: 'SG', to: 'CN' },
      kind: 'REEXPORT',
      destination: 'CN',
      citation: '15 C.F.R. 734.14(a)(1)',
    },
    {
      name: 'a return from China to the United States is not a reexport',
      input: { kind: 'REEXPORT', from: 'CN', to: 'US' },
      kind: 'NOT_AN_EXPORT',
      destination: null,
      citation: '15 C.F.R. 734.14(a)(1)',
    },
    {
      name: 'a transfer (in-country) stays in its country',
      input: { kind: 'TRANSFER_IN_COUNTRY', within: 'CN' },
      kind: 'TRANSFER_IN_COUNTRY',
      destination: 'CN',
      citation: '15 C.F.R. 734.16',
    },
    {
      // 734.13(b): a release in the United States to a foreign person is a deemed export to the
      // person's most recent country of citizenship or permanent residency — here China.
      name: 'a release in the US to a Chinese national is a deemed export to China',
      input: { kind: 'RELEASE', releasedIn: 'US', recipient: chineseNational },
      kind: 'DEEMED_EXPORT',
      destination: 'CN',
      citation: '15 C.F.R. 734.13(a)(2) and (b)',
    },
    {
      // The most recent status counts: Singapore permanent residency (2015) came after Chinese
      // citizenship (1988).
      name: 'a Chinese national who later became a Singapore permanent resident → Singapore',
      input: {
        kind: 'RELEASE',
        releasedIn: 'US',
        recipient: {
          statuses: [
            { country: 'CN', basis: 'CITIZENSHIP', since: '1988-04-02' },
            { country: 'SG', basis: 'PERMANENT_RESIDENCY', since: '2015-09-01' },
          ],
        },
      },
      kind: 'DEEMED_EXPORT',
      destination: 'SG',
      citation: '15 C.F.R. 734.13(a)(2) and (b)',
    },
    {
      // A U.S. permanent resident is a U.S. person (772.1): no deemed export (734.18(a)(2)).
      name: 'a Chinese national with a U.S. green card is a U.S. person: not an export',
      input: {
        kind: 'RELEASE',
        releasedIn: 'US',
        recipient: {
          statuses: [
            { country: 'CN', basis: 'CITIZENSHIP', since: '1988-04-02' },
            { country: 'US', basis: 'PERMANENT_RESIDENCY', since: '2019-06-30' },
          ],
        },
      },
      kind: 'NOT_AN_EXPORT',
      destination: null,
      citation: '15 C.F.R. 734.18(a)(2) and 772.1 ("U.S. person")',
    },
    {
      name: 'a protected individual is a U.S. person too',
      input: {
        kind: 'RELEASE',
        releasedIn: 'US',
        recipient: { ...chineseNational, protectedIndividual: true },
      },
      kind: 'NOT_AN_EXPORT',
      destination: null,
      citation: '15 C.F.R. 734.18(a)(2) and 772.1 ("U.S. person")',
    },
    {
      // 734.14(b): a release abroad to a foreign person of another country is a deemed reexport.
      name: 'a release in China to a German engineer is a deemed reexport to Germany',
      input: {
        kind: 'RELEASE',
        releasedIn: 'CN',
        recipient: { statuses: [{ country: 'DE', basis: 'CITIZENSHIP', since: '1979-01-20' }] },
      },
      kind: 'DEEMED_REEXPORT',
      destination: 'DE',
      citation: '15 C.F.R. 734.14(a)(2) and (b)',
    },
    {
      name: 'a release in China to a Chinese national is not a deemed reexport',
      input: { kind: 'RELEASE', releasedIn: 'CN', recipient: chineseNational },
      kind: 'TRANSFER_IN_COUNTRY',
      destination: 'CN',
      citation: '15 C.F.R. 734.14(b), 734.16 and 734.18(a)(3)',
    },
    {
      name: 'a release in China to a U.S. citizen stays within China',
      input: {
        kind: 'RELEASE',
        releasedIn: 'CN',
        recipient: { statuses: [{ country: 'US', basis: 'CITIZENSHIP', since: '1970-01-01' }] },
      },
      kind: 'TRANSFER_IN_COUNTRY',
      destination: 'CN',
      citation: '15 C.F.R. 734.14(b), 734.16 and 734.18(a)(3)',
    },
    {
      name: 'a release in the US to an Iranian national is a deemed export to Iran',
      input: {
        kind: 'RELEASE',
        releasedIn: 'US',
        recipient: { statuses: [{ country: 'IR', basis: 'CITIZENSHIP', since: '1990-02-02' }] },
      },
      kind: 'DEEMED_EXPORT',
      destination: 'IR',
      citation: '15 C.F.R. 734.13(a)(2) and (b)',
    },
  ])('$name', ({ input, kind, destination, citation }) => {
    const result = effectiveDestination(input);
    expect(result).toEqual({
      kind,
      destination,
      citation,
      finding: expect.objectContaining({
        step: 'DESTINATION',
        code: `TRANSFER_${kind}`,
        effect: 'NONE',
        citation,
      }),
    });
  });

  it.each<{ name: string; input: TransferInput; field: string }>([
    { name: 'an export to the US', input: { kind: 'EXPORT', to: 'US' }, field: 'to' },
    {
      name: 'a reexport from the US',
      input: { kind: 'REEXPORT', from: 'US', to: 'CN' },
      field: 'from',
    },
    {
      name: 'a reexport within one country',
      input: { kind: 'REEXPORT', from: 'CN', to: 'CN' },
      field: 'to',
    },
    {
      name: 'a transfer within the US',
      input: { kind: 'TRANSFER_IN_COUNTRY', within: 'US' },
      field: 'within',
    },
    { name: 'a malformed country', input: { kind: 'EXPORT', to: 'China' }, field: 'to' },
    {
      name: 'a release to a person with no citizenship recorded',
      input: { kind: 'RELEASE', releasedIn: 'US', recipient: { statuses: [] } },
      field: 'recipient.statuses',
    },
    {
      name: 'two statuses acquired the same day',
      input: {
        kind: 'RELEASE',
        releasedIn: 'US',
        recipient: {
          statuses: [
            { country: 'CN', basis: 'CITIZENSHIP', since: '2001-01-01' },
            { country: 'SG', basis: 'CITIZENSHIP', since: '2001-01-01' },
          ],
        },
      },
      field: 'recipient.statuses',
    },
    {
      name: 'a malformed date',
      input: {
        kind: 'RELEASE',
        releasedIn: 'US',
        recipient: { statuses: [{ country: 'CN', basis: 'CITIZENSHIP', since: '02/04/1988' }] },
      },
      field: 'recipient.statuses[0].since',
    },
  ])('rejects $name with BAD_USER_INPUT on $field', ({ input, field }) => {
    expect(() => effectiveDestination(input)).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(`^${field.replace(/[[\]]/g, '\\$&')}:`),
      }),
    );
  });

  it('mostRecentCountry and isUsPerson', () => {
    expect(mostRecentCountry({ recipient: chineseNational })).toBe('CN');
    expect(isUsPerson({ recipient: chineseNational })).toBe(false);
    expect(
      isUsPerson({
        recipient: { statuses: [{ country: 'us', basis: 'CITIZENSHIP', since: '1970-01-01' }] },
      }),
    ).toBe(true);
  });
});
