/**
 * The gaps of a completeness report: what publishing an incomplete notice must be confirmed for,
 * and what the version then records as accepted (admin-only: outside the snapshot and the record hash).
 */
import type { CompletenessItemId, CompletenessReport, ProblemCode } from './types';

export interface CompletenessGap {
  item: CompletenessItemId;
  /** The item's problems as codes with their values; empty when the item is simply not given. */
  problems: Array<{ code: ProblemCode; params: Record<string, string> }>;
}

/** Who published a version with which gaps, confirming them in the publish dialog. */
export interface AcceptedGaps {
  gaps: CompletenessGap[];
  /** The admin user's id. */
  acceptedBy: number | null;
  /** ISO datetime. */
  acceptedAt: string;
}

export function gapsOf(report: CompletenessReport): CompletenessGap[] {
  return report.items
    .filter((item) => item.status === 'missing')
    .map((item) => ({ item: item.id, problems: (item.problems ?? []).map(({ code, params }) => ({ code, params })) }));
}
