/**
 * Three short tables of 15 C.F.R. Part 744 that the end-use rules need, transcribed from the
 * eCFR text in force on 2026-09-24 (the same edition as data/export-control; see its README).
 */

/**
 * Supp. No. 3 to Part 744, "Countries Not Subject to Certain Nuclear End-Use Restrictions in
 * § 744.2(a)". Italy includes San Marino and the Holy See; Turkey is Türkiye (TR).
 */
export const NUCLEAR_END_USE_EXCLUDED = [
  'AU',
  'AT',
  'BE',
  'CA',
  'DK',
  'FI',
  'FR',
  'DE',
  'GR',
  'IS',
  'IE',
  'IT',
  'SM',
  'VA',
  'JP',
  'LU',
  'NL',
  'NZ',
  'NO',
  'PT',
  'ES',
  'SE',
  'TR',
  'GB',
] as const;

/**
 * § 744.21(a): a licence is required for a 'military end use' or 'military end user' in Belarus
 * and Russia for every item subject to the EAR ((a)(2)), and in Burma, Cambodia, China,
 * Nicaragua and Venezuela for the items of Supp. No. 2 to Part 744 ((a)(1)).
 */
export const MILITARY_END_USE_ALL_ITEMS = ['BY', 'RU'] as const;
export const MILITARY_END_USE_SUPP2_ITEMS = ['MM', 'KH', 'CN', 'NI', 'VE'] as const;

/**
 * Supp. No. 2 to Part 744, the items subject to the military end use or end user licence
 * requirement of § 744.21. `limited`: only part of the ECCN is listed (the supplement's
 * "Limited to …"), so whether an item of that ECCN is listed needs a reading of the scope.
 */
export const MILITARY_END_USE_ITEMS: ReadonlyArray<{
  eccn: string;
  limited: boolean;
  scope?: string;
}> = [
  { eccn: '1A290', limited: true, scope: 'depleted uranium shielding in shipments over 1,000 kg' },
  { eccn: '1C990', limited: false },
  { eccn: '1C996', limited: false },
  { eccn: '1D993', limited: false },
  { eccn: '1D999', limited: true, scope: 'software of 1D999.b for 1B999.e prepreg equipment' },
  { eccn: '1E994', limited: true, scope: 'technology for fibrous materials of 1C990' },
  { eccn: '2A290', limited: false },
  { eccn: '2A291', limited: false },
  { eccn: '2A991', limited: true, scope: 'bearings above 573 K (300 °C)' },
  { eccn: '2B991', limited: true, scope: 'NC machine tools better than 9 µm; 2B991.d.1.a' },
  { eccn: '2B992', limited: false },
  { eccn: '2B996', limited: true, scope: 'dimensional inspection systems of the stated accuracy' },
  { eccn: '2B999', limited: false },
  { eccn: '2D290', limited: false },
  { eccn: '3A991', limited: false },
  { eccn: '3A992', limited: false },
  { eccn: '3A999', limited: false },
  { eccn: '3B991', limited: false },
  { eccn: '3B992', limited: false },
  { eccn: '3C992', limited: false },
  { eccn: '3D991', limited: false },
  {
    eccn: '3E991',
    limited: true,
    scope: 'technology for digital oscilloscopes and transient recorders above 1 GS/s',
  },
  { eccn: '4A994', limited: true, scope: 'computers above 0.5 Weighted TeraFLOPS' },
  { eccn: '4D993', limited: false },
  { eccn: '4D994', limited: true, scope: 'software for equipment of 4A101' },
  { eccn: '5A991', limited: true, scope: '5A991.a, 5A991.b.7 and 5A991.f' },
  { eccn: '5B991', limited: false },
  { eccn: '5D991', limited: true, scope: 'software for 5A991.a, b.7 and f' },
  { eccn: '5E991', limited: true, scope: 'technology for 5A991.a, b.7 and f' },
  { eccn: '5A992', limited: false },
  { eccn: '5D992', limited: false },
  { eccn: '6A991', limited: false },
  { eccn: '6A993', limited: false },
  { eccn: '6A995', limited: false },
  { eccn: '6A996', limited: false },
  { eccn: '6C992', limited: false },
  { eccn: '7A994', limited: false },
  { eccn: '7B994', limited: false },
  { eccn: '7D994', limited: false },
  { eccn: '7E994', limited: false },
  { eccn: '8A992', limited: false },
  { eccn: '8D992', limited: false },
  { eccn: '8E992', limited: false },
  { eccn: '9A012', limited: true, scope: 'UAVs of 9A012.a.1' },
  { eccn: '9A991', limited: false },
  { eccn: '9B990', limited: false },
  { eccn: '9D001', limited: true, scope: 'software for 9A012.a.1' },
  { eccn: '9D002', limited: true, scope: 'software for 9A012.a.1' },
  { eccn: '9D004', limited: true, scope: 'software for 9A012.a.1' },
  { eccn: '9D991', limited: false },
  { eccn: '9E001', limited: true, scope: 'technology for 9A012.a.1' },
  { eccn: '9E991', limited: false },
];
