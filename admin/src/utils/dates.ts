import { parseISO } from 'date-fns';

/** A `YYYY-MM-DD` date (päivitetty) in the admin's language, e.g. 15.9.2024 or Sep 15, 2024. */
export const formatDay = (isoDate: string, uiLocale: string) => new Intl.DateTimeFormat(uiLocale, { dateStyle: 'medium' }).format(parseISO(isoDate));

/** A moment (effective from) with its time of day. */
export const formatMoment = (isoDateTime: string, uiLocale: string) =>
  new Intl.DateTimeFormat(uiLocale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(isoDateTime));
