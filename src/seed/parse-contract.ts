/**
 * Pure parsers that split the two contract texts in data/contracts into their articles.
 *
 * Both texts are typewriter-style plain text: page furniture between pages, hanging indentation
 * and hard line wraps. The parsers undo that layout and check the numbering as they go, so a
 * corrupted or truncated text throws instead of seeding a partial contract.
 */

export interface ParsedArticle {
  /** As cited: "8.1" for the TIC, "96" for the JVC. */
  number: string;
  /**
   * The article's own title where it has one: TIC sections take their ARTICLE's title in title
   * case ("Confidential Information"); JVC articles take the title on their heading line if any,
   * else null.
   */
  heading: string | null;
  /**
   * The enclosing division as printed: "ARTICLE 8 - CONFIDENTIAL INFORMATION" or
   * "CHAPTER 17 CONFIDENTIALITY".
   */
  chapter: string;
  /**
   * The article's text without its number, page furniture removed, hanging indentation and line
   * wrapping undone: paragraphs (and list items like "(a) ...", "a) ...", "(1) ...", "o ...")
   * separated by a single "\n", words in a paragraph joined by single spaces.
   */
  body: string;
  /** 1-based order in the document. */
  position: number;
}

/** Lines added between pages: `<PAGE>`, a bare page number, or `Page 12`. */
const PAGE_FURNITURE = /^\s*(?:<PAGE>|Page\s+\d+|\d+)\s*$/;
/**
 * List-item markers as typeset in both texts. They are always followed by at least two spaces,
 * which keeps a wrapped line that happens to start with "o" or "1." from counting as one.
 */
const LIST_ITEM = /^(?:\([a-z]{1,3}\)|[a-z]\)|\(\d{1,2}\)|\d{1,2}\.|o|-)\s{2,}\S/;
/** A line that ends a sentence or introduces a list, so a paragraph may end there. */
const SENTENCE_END = /[.;:!?]["')\]]*$/;
/** Both texts end with the signature block, which is no article. */
const SIGNATURE_BLOCK = /^IN WITNESS WHEREOF/;

/** Words left in lower case by titleCase unless they come first. */
const MINOR_WORDS = new Set('a an and as at by for in of on or the to with'.split(' '));

interface Draft {
  number: string;
  heading: string | null;
  chapter: string;
  lines: string[];
}

/** The document's lines up to, not including, the signature block, which must be there. */
function linesBeforeSignature(text: string, name: string): string[] {
  const lines = text.split(/\r?\n/);
  const end = lines.findIndex((line) => SIGNATURE_BLOCK.test(line));
  if (end < 0) throw new Error(`${name}: signature block ("IN WITNESS WHEREOF") not found`);
  return lines.slice(0, end);
}

/**
 * Whether `line` carries on `paragraph` across a gap. Without a gap it always does. A page break
 * mostly falls mid-sentence (TIC 9.1 "WHETHER IMPLIED BY STATUTE" / "OR OTHERWISE"), so an
 * unfinished sentence carries over it. A blank line separates paragraphs, even after an unfinished
 * line ("Name:  ..." lines, JVC 55 "...decision of the Board"), unless the next line goes on in
 * lower case: JVC 32 has a stray blank line mid-sentence.
 */
function continues(paragraph: string, line: string, gap: 'none' | 'blank' | 'page'): boolean {
  if (gap === 'none') return true;
  if (SENTENCE_END.test(paragraph)) return false;
  return gap === 'page' || /^[a-z]/.test(line);
}

/** Joins an article's raw lines into paragraphs, one per line of the result. */
function toBody(lines: readonly string[]): string {
  const paragraphs: string[] = [];
  let gap: 'none' | 'blank' | 'page' = 'none';
  for (const raw of lines) {
    if (PAGE_FURNITURE.test(raw)) {
      gap = 'page';
      continue;
    }
    const line = raw.trim();
    if (line === '') {
      if (gap === 'none') gap = 'blank';
      continue;
    }
    const last = paragraphs.length - 1;
    if (last >= 0 && !LIST_ITEM.test(line) && continues(paragraphs[last], line, gap)) {
      paragraphs[last] += ` ${line}`;
    } else {
      paragraphs.push(line);
    }
    gap = 'none';
  }
  return paragraphs.map((paragraph) => paragraph.replace(/\s+/g, ' ')).join('\n');
}

function finish(drafts: readonly Draft[], name: string): ParsedArticle[] {
  if (drafts.length === 0) throw new Error(`${name}: no articles found`);
  return drafts.map((draft, index) => {
    const body = toBody(draft.lines);
    if (body === '') throw new Error(`${name}: article ${draft.number} has an empty body`);
    const { number, heading, chapter } = draft;
    return { number, heading, chapter, body, position: index + 1 };
  });
}

function titleCase(title: string): string {
  return title
    .toLowerCase()
    .split(/\s+/)
    .map((word, i) =>
      i > 0 && MINOR_WORDS.has(word) ? word : word[0].toUpperCase() + word.slice(1),
    )
    .join(' ');
}

const TIC_ARTICLE = /^ARTICLE\s+(\d+)\s+-\s+(\S.*?)\s*$/;
/** Sections start at column 0; "2.8." carries a stray trailing dot. */
const TIC_SECTION = /^(\d+)\.(\d+)\.?\s+(\S.*)$/;

/** Splits the Contract for Technology Investment into its 75 numbered sections ("8.1"). */
export function parseTechnologyInvestmentContract(text: string): ParsedArticle[] {
  const name = 'Contract for Technology Investment';
  const drafts: Draft[] = [];
  let article: { number: number; chapter: string; heading: string; sections: number } | null = null;
  let current: Draft | null = null;
  for (const [index, line] of linesBeforeSignature(text, name).entries()) {
    const at = `${name}, line ${index + 1}`;
    const articleMatch = TIC_ARTICLE.exec(line);
    if (articleMatch) {
      const expected: number = (article?.number ?? 0) + 1;
      if (Number(articleMatch[1]) !== expected) {
        throw new Error(`${at}: expected ARTICLE ${expected}, found ARTICLE ${articleMatch[1]}`);
      }
      if (article?.sections === 0) throw new Error(`${at}: ARTICLE ${article.number} is empty`);
      const heading = titleCase(articleMatch[2]);
      article = { number: expected, chapter: line.trim(), heading, sections: 0 };
      // Text between an ARTICLE heading and its first section (ARTICLE 1's lead-in to the
      // definitions) belongs to no section.
      current = null;
      continue;
    }
    const sectionMatch = TIC_SECTION.exec(line);
    if (sectionMatch) {
      const number = `${sectionMatch[1]}.${sectionMatch[2]}`;
      const expected = article ? `${article.number}.${article.sections + 1}` : 'ARTICLE 1';
      if (!article || number !== expected) {
        throw new Error(`${at}: expected section ${expected}, found ${number}`);
      }
      article.sections += 1;
      const { heading, chapter } = article;
      current = { number, heading, chapter, lines: [sectionMatch[3]] };
      drafts.push(current);
      continue;
    }
    current?.lines.push(line);
  }
  if (article?.sections === 0) throw new Error(`${name}: ARTICLE ${article.number} is empty`);
  return finish(drafts, name);
}

const JVC_CHAPTER = /^\s*CHAPTER\s+(\d+)\s+\S/;
/**
 * A title, if any, follows the number after two or more spaces. Cross-references that wrap to
 * column 0 ("Article 105, the Board of Directors ...") do not fit this shape.
 */
const JVC_ARTICLE = /^Article\s+(\d+)(?:\s{2,}(\S.*?))?\s*$/;

/** Splits the Joint Venture Contract into its 128 articles ("96"). */
export function parseJointVentureContract(text: string): ParsedArticle[] {
  const name = 'Joint Venture Contract';
  const drafts: Draft[] = [];
  let chapter: { number: number; title: string } | null = null;
  let current: Draft | null = null;
  for (const [index, line] of linesBeforeSignature(text, name).entries()) {
    const at = `${name}, line ${index + 1}`;
    const chapterMatch = JVC_CHAPTER.exec(line);
    if (chapterMatch) {
      const expected: number = (chapter?.number ?? 0) + 1;
      if (Number(chapterMatch[1]) !== expected) {
        throw new Error(`${at}: expected CHAPTER ${expected}, found CHAPTER ${chapterMatch[1]}`);
      }
      chapter = { number: expected, title: line.trim() };
      // A chapter's lead-in (CHAPTER 1's preamble, CHAPTER 3's "Unless otherwise provided
      // herein ...") belongs to no article.
      current = null;
      continue;
    }
    const articleMatch = JVC_ARTICLE.exec(line);
    if (articleMatch) {
      const expected = String(drafts.length + 1);
      if (articleMatch[1] !== expected) {
        throw new Error(`${at}: expected Article ${expected}, found Article ${articleMatch[1]}`);
      }
      if (!chapter) throw new Error(`${at}: Article ${expected} precedes every CHAPTER`);
      const heading = articleMatch[2] ?? null;
      current = { number: expected, heading, chapter: chapter.title, lines: [] };
      drafts.push(current);
      continue;
    }
    current?.lines.push(line);
  }
  return finish(drafts, name);
}
