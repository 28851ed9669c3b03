import {
  EXPORT_DATASETS,
  EXPORT_FORMATS,
  type ExportDataset,
  type ExportFormat,
} from '../../domain/desk';
import { refuse, type Ruling } from '../refusal';
import { exportPeriod, type Period } from './report-period';

export interface ExportRequest {
  dataset: ExportDataset;
  format: ExportFormat;
  period: Period;
}

/**
 * What an export URL asks for: `/exports/<dataset>.<format>?from=…&to=…`, each part from its
 * closed vocabulary (domain/desk.ts); anything else is refused with the part at fault.
 */
export function exportRequest({
  file,
  from,
  to,
}: {
  file: string;
  from: unknown;
  to: unknown;
}): Ruling<ExportRequest> {
  const article = 'TIC 8.2; 15 C.F.R. 762.6';
  const dot = file.lastIndexOf('.');
  const [dataset, format] = dot < 0 ? [file, ''] : [file.slice(0, dot), file.slice(dot + 1)];
  if (!(EXPORT_DATASETS as readonly string[]).includes(dataset)) {
    return refuse({
      field: 'dataset',
      reason: `expected one of ${EXPORT_DATASETS.join(', ')}, got ${dataset}`,
      article,
    });
  }
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    return refuse({
      field: 'format',
      reason: `expected one of ${EXPORT_FORMATS.join(', ')}, got ${format || 'nothing'}`,
      article,
    });
  }
  const period = exportPeriod({ from, to });
  if (!period.ok) return period;
  return {
    ok: true,
    value: {
      dataset: dataset as ExportDataset,
      format: format as ExportFormat,
      period: period.value,
    },
  };
}
