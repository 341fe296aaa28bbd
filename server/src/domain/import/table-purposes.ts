/**
 * Purposes from a table of purposes and their legal bases ("| Purpose | Legal basis |" and a row a
 * purpose). A column is the bases' when most rows' cells in it name one basis and no row's first
 * cell names one; the first column is then the purposes'. Each purpose takes the basis its own
 * row's cell names, nothing else: a cell naming none, or two grounds, sets none.
 */
import { upperFirst } from 'lodash';
import type { LegalBasis } from '../types';
import type { Element } from './markdown';
import type { ImportedPurpose } from './types';

export function purposesFromTables(elements: Element[], guessBasis: (text: string) => LegalBasis | null, locale: string): ImportedPurpose[] {
  return elements.flatMap((element) => {
    if (element.kind !== 'paragraph' || !element.table) return [];
    // The header row names the columns ("Legal basis"), no purpose.
    const [header, ...rows] = element.table;
    const width = header.length;
    if (!rows.length || width < 2 || rows.some((row) => row.length !== width || guessBasis(row[0]) !== null)) return [];
    const naming = (i: number) => rows.filter((row) => guessBasis(row[i]) !== null).length;
    const column = [...Array(width).keys()].slice(1).find((i) => naming(i) * 2 > rows.length);
    if (column === undefined) return [];
    return rows.map((row) => {
      const basis = guessBasis(row[column]);
      const rest = row.filter((_, i) => i !== 0 && i !== column).join('\n');
      return {
        title: { [locale]: upperFirst(row[0]) },
        description: rest ? { [locale]: rest } : null,
        legalBasis: basis,
        legalBasisEvidence: basis ? row[column] : null,
      };
    });
  });
}
