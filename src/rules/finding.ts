/**
 * One explainable result of a contract rule: what was checked (`code`), under which
 * article ("TIC 13.3", "JVC Art. 127"), the outcome, and a sentence a lawyer can read.
 */
export interface Finding {
  code: string;
  article: string;
  status: 'PASS' | 'FAIL' | 'WARN' | 'INFO';
  message: string;
}
