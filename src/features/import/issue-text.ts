// Turns import issues and unmatched table rows into plain sentences (text only, never HTML).
import { translate, type Lang, type MessageKey } from '../../i18n';
import { MAX_FILE_BYTES } from '../../lib/import/limits';
import type { UnmatchedReason, UnmatchedRow } from '../../lib/import/table-join';
import type { ImportIssue, IssueCode } from '../../lib/import/types';

const ISSUE_KEYS: Record<IssueCode, MessageKey> = {
  tooLarge: 'importFileTooLarge',
  unsupported: 'importUnsupported',
  malformed: 'importMalformed',
  empty: 'importEmpty',
  unknownProjection: 'importUnknownProjection',
  invalidGeometry: 'importInvalidGeometry',
  noGeometry: 'importNoGeometry',
  outsideArea: 'importOutsideArea',
  markupAsText: 'importMarkupAsText',
  noFigures: 'importNoFigures',
};

const REASON_KEYS: Record<UnmatchedReason, MessageKey> = {
  notFound: 'joinNotFound',
  ambiguous: 'joinAmbiguous',
  splitFormerCommune: 'joinSplitFormerCommune',
  duplicate: 'joinDuplicate',
  noValue: 'joinNoValue',
  otherLevel: 'joinOtherLevel',
};

/**
 * One sentence naming the file and the row or feature, with the detail (parser message, .prj
 * name, feature name) quoted at the end.
 * @example issueText('en', { code: 'invalidGeometry', file: 'a.geojson', feature: 2, detail: 'self-intersecting polygon' })
 *   // 'a.geojson, feature 2: invalid geometry, skipped (self-intersecting polygon).'
 */
export function issueText(lang: Lang, issue: ImportIssue): string {
  const where =
    issue.row !== undefined
      ? translate(lang, 'importWhereRow', { file: issue.file, row: issue.row })
      : issue.feature !== undefined
        ? translate(lang, 'importWhereFeature', { file: issue.file, feature: issue.feature })
        : issue.file;
  const limit = `${MAX_FILE_BYTES / 2 ** 20} MB`;
  const text = translate(lang, ISSUE_KEYS[issue.code], { where, limit, file: issue.file });
  return issue.detail ? `${text} (${issue.detail}).` : `${text}.`;
}

/** One sentence for a table row that found no unit. */
export function unmatchedText(lang: Lang, file: string, u: UnmatchedRow): string {
  const where = translate(lang, 'joinRow', { file, row: u.row, key: u.key });
  return `${where}: ${translate(lang, REASON_KEYS[u.reason], { candidates: (u.candidates ?? []).join(', ') })}.`;
}
