import { nationalityFindings } from '../../../src/rules/export/destination-controls';
import { militaryEndUserConsequence } from '../../../src/rules/export/military-end-user';
import { loadExportReferenceData } from '../../../src/services/export/reference-files';

const { groups } = loadExportReferenceData();

describe('militaryEndUserConsequence (15 C.F.R. 744.21)', () => {
  it.each([
    // Russia and Belarus: every item subject to the EAR, 744.21(a)(2).
    { destination: 'RU', eccn: 'EAR99', effect: 'LICENSE_REQUIRED' },
    // China: only the items of Supp. No. 2 to Part 744, 744.21(a)(1).
    { destination: 'CN', eccn: '3A991', effect: 'LICENSE_REQUIRED' },
    { destination: 'CN', eccn: 'EAR99', effect: 'NONE' },
    { destination: 'CN', eccn: '3E001', effect: 'NONE' },
    // Partly listed ECCNs need the scope read: 2A991 only for bearings above 573 K.
    { destination: 'CN', eccn: '2A991', effect: 'REVIEW' },
  ])('$eccn to $destination → $effect', ({ destination, eccn, effect }) => {
    expect(militaryEndUserConsequence({ destination, eccn }).effect).toBe(effect);
  });
});

describe('nationalityFindings (TIC 12.2: "to any national or resident thereof")', () => {
  it('stops a party of an E:1/E:2 country, whatever the destination', () => {
    const findings = nationalityFindings({
      parties: [
        { name: 'Consignee', country: 'IR' },
        { name: 'End user', country: 'CN' },
      ],
      recipientCountries: ['KP'],
      groups,
    });
    expect(findings.map((f) => [f.code, f.effect])).toEqual([
      ['PARTY_OF_EMBARGOED_COUNTRY', 'STOP'],
      ['PARTY_OF_EMBARGOED_COUNTRY', 'STOP'],
    ]);
    expect(findings[0].message).toContain('Consignee');
    expect(findings[1].message).toContain('the recipient');
  });

  it('says nothing for parties of other countries', () => {
    expect(
      nationalityFindings({
        parties: [{ name: 'A', country: 'CN' }, { name: 'B' }],
        recipientCountries: ['DE'],
        groups,
      }),
    ).toEqual([]);
  });
});
