import { readFileSync } from 'node:fs';
import path from 'node:path';

import {
  ParsedArticle,
  parseJointVentureContract,
  parseTechnologyInvestmentContract,
} from '../../src/seed/parse-contract';

const contractsDir = path.join(__dirname, '../../data/contracts');
const ticText = readFileSync(path.join(contractsDir, 'technology-investment-contract.txt'), 'utf8');
const jvcText = readFileSync(path.join(contractsDir, 'joint-venture-contract.txt'), 'utf8');

const tic = parseTechnologyInvestmentContract(ticText);
const jvc = parseJointVentureContract(jvcText);

function find(articles: ParsedArticle[], number: string): ParsedArticle {
  const article = articles.find((candidate) => candidate.number === number);
  if (!article) throw new Error(`article ${number} not parsed`);
  return article;
}

/** `text` without its lines from the one starting with `from` up to the one starting with `to`. */
function without(text: string, from: string, to: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(from));
  const end = lines.findIndex((line, i) => i > start && line.startsWith(to));
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

describe('parseTechnologyInvestmentContract', () => {
  it('finds the 75 numbered sections in order', () => {
    const sectionsPerArticle = [16, 8, 3, 3, 6, 3, 5, 7, 1, 4, 6, 2, 11];
    const expected = sectionsPerArticle.flatMap((count, i) =>
      Array.from({ length: count }, (_, j) => `${i + 1}.${j + 1}`),
    );
    expect(expected).toHaveLength(75);
    expect(tic.map((section) => section.number)).toEqual(expected);
    expect(tic.map((section) => section.position)).toEqual(expected.map((_, i) => i + 1));
  });

  it('gives each section its ARTICLE as chapter and the title-cased title as heading', () => {
    expect(find(tic, '8.1')).toMatchObject({
      chapter: 'ARTICLE 8 - CONFIDENTIAL INFORMATION',
      heading: 'Confidential Information',
    });
    expect(find(tic, '2.8')).toMatchObject({
      chapter: 'ARTICLE 2 - GRANT AND SCOPE OF TECHNOLOGY LICENSE',
      heading: 'Grant and Scope of Technology License',
    });
    expect(find(tic, '4.1').heading).toBe("Valence's Responsibilities");
  });

  it('keeps the text of each section, without its number', () => {
    expect(find(tic, '6.1').body).toContain('US $7,241,000');
    expect(find(tic, '11.2').body).toContain('sixty (60) days');
    expect(find(tic, '8.3').body).toContain('\n(d) is required to be disclosed');
    expect(find(tic, '1.1').body).toMatch(/^An "Affiliate\(s\)" of a Party/);
    expect(find(tic, '2.8').body).toMatch(/^For the absence of doubt/);
  });

  it('joins sentences split by a page break', () => {
    expect(find(tic, '9.1').body).toContain('WHETHER IMPLIED BY STATUTE OR OTHERWISE.');
    expect(find(tic, '2.8').body).toContain('before or after the Effective Date');
  });

  it('puts list items on lines of their own', () => {
    expect(find(tic, '7.5').body.split('\n')).toEqual([
      'If, after repeated efforts by the Licensee and Valence,',
      expect.stringMatching(/^\(a\) the cells, Powders, or Films produced/),
      '- 15% if the Powder(P1a) fails,',
      '- 5% if the P1a Film fails,',
      '- 10% if the Bellcore(LCO) Cells fail,',
      '- 5% if the Bellcore(P1a) Cells fail; and',
      expect.stringMatching(/^\(b\) if the LVP Powder produced fails/),
      expect.stringMatching(/^If the Cells or Powder cannot meet .* terms of Article 11\.4\.$/),
    ]);
  });

  it('leaves the preamble and the signature block out', () => {
    const last = find(tic, '13.11');
    expect(last.body).toMatch(/Joint Venture Contract are consistent\.$/);
    expect(last.body).not.toContain('IN WITNESS WHEREOF');
    expect(tic.some((section) => section.body.includes('NOW, THEREFORE'))).toBe(false);
    expect(find(tic, '1.1').body).not.toContain('For purposes of this Contract');
  });

  it('throws when a section is missing', () => {
    expect(() => parseTechnologyInvestmentContract(without(ticText, '8.3 ', '8.4 '))).toThrow(
      /expected section 8\.3, found 8\.4/,
    );
  });

  it('throws when the signature block is missing', () => {
    expect(() => parseTechnologyInvestmentContract(ticText.split('IN WITNESS')[0])).toThrow(
      /signature block/,
    );
  });
});

describe('parseJointVentureContract', () => {
  it('finds the 128 articles in order', () => {
    const expected = Array.from({ length: 128 }, (_, i) => String(i + 1));
    expect(jvc.map((article) => article.number)).toEqual(expected);
    expect(jvc.map((article) => article.position)).toEqual(expected.map(Number));
  });

  it('takes headings from the heading line and chapters as printed', () => {
    expect(find(jvc, '1').heading).toBe('Parties to this Joint Venture Contract');
    expect(find(jvc, '1').chapter).toBe('CHAPTER 2 PARTIES TO THIS CONTRACT');
    expect(find(jvc, '32').heading).toBe('The Method of Investment');
    expect(find(jvc, '96')).toMatchObject({ heading: null, chapter: 'CHAPTER 17 CONFIDENTIALITY' });
    expect(find(jvc, '67').chapter).toBe('CHAPTER 11 BUSINESS MANAGEMENT ORGANISATION');
    expect(find(jvc, '128').chapter).toBe('CHAPTER 25 MISCELLANEOUS PROVISIONS');
  });

  it('keeps the text of each article', () => {
    expect(find(jvc, '32').body).toContain('US$5,900,000');
    // A stray blank line splits this sentence in the source.
    expect(find(jvc, '32').body).toContain('purchase of foreign and domestic equipment, and land');
    expect(find(jvc, '105').body).toContain('thirty (30) days');
    expect(find(jvc, '44').body).toMatch(/^Party A and Party B shall sign/);
    expect(find(jvc, '67').body).toMatch(/^The CEO shall be in charge/);
    expect(find(jvc, '96').body).toContain('Furthermore, during the Contract Term');
  });

  it('keeps cross-references that wrap to the start of a line in the body', () => {
    expect(find(jvc, '106').body).toContain('Article 105, the Board of Directors');
    expect(find(jvc, '104').body).toMatch(/described in Article 119\.$/);
  });

  it('leaves chapter lead-ins and the signature block out', () => {
    expect(find(jvc, '1').body).toMatch(/^1\. Baoding Fengfan Group/);
    expect(find(jvc, '1').body).not.toContain('Unless otherwise provided herein');
    expect(find(jvc, '128').body).toMatch(/Appendix 4 Export Sales Contract$/);
    expect(find(jvc, '128').body).not.toContain('IN WITNESS');
    expect(jvc.some((article) => article.body.includes('Joint Venture Law'))).toBe(false);
  });

  it('throws when an article is missing', () => {
    expect(() => parseJointVentureContract(without(jvcText, 'Article 50', 'Article 51'))).toThrow(
      /expected Article 50, found Article 51/,
    );
  });

  it('throws when a chapter is out of order', () => {
    const swapped = jvcText.replace('CHAPTER 17 CONFIDENTIALITY', 'CHAPTER 18 CONFIDENTIALITY');
    expect(() => parseJointVentureContract(swapped)).toThrow(/expected CHAPTER 17/);
  });
});

describe.each([
  ['Contract for Technology Investment', tic],
  ['Joint Venture Contract', jvc],
])('%s bodies', (_, articles) => {
  it('are not empty', () => {
    for (const article of articles) expect(article.body.trim()).not.toBe('');
  });

  it('carry no page furniture', () => {
    for (const article of articles) {
      expect(article.body).not.toContain('<PAGE>');
      expect(article.body).not.toMatch(/^\s*(?:Page\s+)?\d+\s*$/m);
      expect(article.body).not.toMatch(/\bPage \d+\b/);
    }
  });

  it('have one paragraph per line, single-spaced and trimmed', () => {
    for (const article of articles) {
      expect(article.body).not.toMatch(/ {2}|\n\n|^\s|\s$|\t/);
      for (const paragraph of article.body.split('\n')) expect(paragraph).toBe(paragraph.trim());
    }
  });
});
