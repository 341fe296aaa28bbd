/**
 * The dates a new version may carry. Päivitetty (updatedOn, the "last updated" date readers see)
 * cannot lie in the future, nor before the previous version's; a version cannot take effect before
 * the one it follows, or the public history would go out of order.
 */
export const PUBLISH_DATE_CODES = ['validation.updatedOn.afterToday', 'validation.updatedOn.beforePrevious', 'validation.effectiveFrom.beforePrevious'] as const;
export type PublishDateCode = (typeof PUBLISH_DATE_CODES)[number];

export interface PublishDates {
  /** `YYYY-MM-DD`. */
  updatedOn: string;
  /** ISO datetime. */
  effectiveFrom: string;
}

export interface PublishDateProblem {
  path: 'updatedOn' | 'effectiveFrom';
  code: PublishDateCode;
  message: string;
  params: Record<string, string | number>;
}

/**
 * Problems with the dates of a new version, given today's date in the configured time zone and
 * the version it follows (null for version 1). Empty when the dates are fine.
 */
export function publishDateProblems(
  dates: PublishDates,
  { today, previous }: { today: string; previous: (PublishDates & { version: number }) | null },
): PublishDateProblem[] {
  const problems: PublishDateProblem[] = [];
  if (dates.updatedOn > today) {
    problems.push({
      path: 'updatedOn',
      code: 'validation.updatedOn.afterToday',
      message: `updatedOn must not be later than today (${today})`,
      params: { today },
    });
  } else if (previous && dates.updatedOn < previous.updatedOn) {
    problems.push({
      path: 'updatedOn',
      code: 'validation.updatedOn.beforePrevious',
      message: `updatedOn must not be earlier than ${previous.updatedOn}, the päivitetty date of version ${previous.version}`,
      params: { previous: previous.updatedOn, version: previous.version },
    });
  }
  if (previous && Date.parse(dates.effectiveFrom) < Date.parse(previous.effectiveFrom)) {
    problems.push({
      path: 'effectiveFrom',
      code: 'validation.effectiveFrom.beforePrevious',
      message: `effectiveFrom must not be earlier than ${previous.effectiveFrom}, when version ${previous.version} takes effect`,
      params: { previous: previous.effectiveFrom, version: previous.version },
    });
  }
  return problems;
}

/** How far the clocks of the servers sharing one database may disagree. */
const CLOCK_SKEW_MS = 60_000;

/**
 * A new version takes effect now unless told otherwise. When the previous version's moment lies
 * only a little ahead — another server, whose clock runs slightly fast, published it a moment
 * ago — the new one takes effect at that same moment instead of being refused. A version
 * announced further ahead is not overtaken silently: a default publish is then refused.
 */
export function defaultEffectiveFrom(now: Date, previous: Pick<PublishDates, 'effectiveFrom'> | null): string {
  const previousAt = previous ? Date.parse(previous.effectiveFrom) : Number.NEGATIVE_INFINITY;
  const ahead = previousAt - now.getTime();
  return new Date(ahead > 0 && ahead <= CLOCK_SKEW_MS ? previousAt : now.getTime()).toISOString();
}
