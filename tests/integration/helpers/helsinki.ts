/**
 * The date in the plugin's configured time zone (Europe/Helsinki), for tests whose expectations
 * depend on "today" and so could meet midnight while they run.
 */
export const helsinkiDate = (at = new Date()) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(at);

/**
 * Runs `attempt` with today's date; if it fails and the date changed meanwhile (midnight passed),
 * runs it once more on the new day, so that only a real failure fails. `attempt` must set up its own data.
 */
export async function onOneHelsinkiDay<T>(attempt: (today: string) => Promise<T>): Promise<T> {
  const today = helsinkiDate();
  try {
    return await attempt(today);
  } catch (error) {
    if (helsinkiDate() === today) throw error;
    return attempt(helsinkiDate());
  }
}
