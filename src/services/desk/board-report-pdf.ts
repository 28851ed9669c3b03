import PDFDocument from 'pdfkit';
import { LISTED, type BoardReport, type Counted } from './board-report.service';

/**
 * The board report as a PDF (pdfkit, its built-in Helvetica: the report is in English, and
 * needs no font file). Written to `out` as it is laid out; returns when the file is complete.
 */
export function renderBoardReport(
  report: BoardReport,
  out: NodeJS.WritableStream,
  now: Date,
): Promise<void> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: {
      Title: `Quarterly compliance report ${report.period.label} — ${report.party}`,
      Subject: 'Obligations, notices, export checks, licences and open reviews',
      CreationDate: now,
    },
  });
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', () => resolve());
    out.on('error', reject);
    doc.on('error', reject);
  });
  doc.pipe(out);

  const heading = (text: string) =>
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).text(text);
  const line = (text: string) => doc.font('Helvetica').fontSize(10).text(text);
  const counts = (title: string, rows: Counted[]) => {
    line(`${title}: ${rows.reduce((sum, r) => sum + r.count, 0)} in all`);
    for (const row of rows) line(`    ${row.key}: ${row.count}`);
  };

  doc.font('Helvetica-Bold').fontSize(18).text('Quarterly compliance report');
  line(`Party: ${report.party}`);
  line(`Period: ${report.period.label} (${report.period.from} to ${report.period.to})`);
  line(`Statuses as of ${report.asOf}; only the records ${report.party} may see.`);

  heading('Obligations falling due in the period');
  counts('Obligations', report.obligationsByStatus);
  line(`Missed (${report.missed.length}${report.missed.length === LISTED ? ' listed' : ''}):`);
  for (const o of report.missed)
    line(`    ${o.dueOn}  ${o.contract} ${o.article}  ${o.description}`);
  line(`Met (${report.met.length}${report.met.length === LISTED ? ' listed' : ''}):`);
  for (const o of report.met) {
    line(`    ${o.metOn ?? '—'}  ${o.contract} ${o.article}  ${o.description}`);
  }

  heading('Notices sent in the period (TIC 13.3; JVC Art. 127)');
  counts('Notices by kind', report.noticesByKind);
  counts('Notices by state', report.noticesByState);

  heading('Export checks run in the period (TIC 12.2)');
  counts('Checks by decision', report.checksByDecision);

  heading('Export licences in force in the period (TIC 4.1)');
  if (report.licences.length === 0) line('None.');
  for (const l of report.licences) {
    line(`    ${l.number} (${l.agency}) valid ${l.validFrom} to ${l.validTo}`);
  }

  heading('Screening reviews still open');
  if (report.openReviews.length === 0) line('None.');
  for (const c of report.openReviews) {
    line(`    check ${c.id} run ${c.runAt} by ${c.runParty} for ${c.destination}`);
  }

  doc.end();
  return done;
}
