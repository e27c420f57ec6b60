/**
 * An event's days as text: its date, or for a happening told over a span of days an ISO 8601
 * interval with the end's leading parts left out where they repeat ("2016-12-07/10",
 * "2016-12-30/01-02"). No dependencies, so the web app can use it too.
 */
export function eventDays(e: { date: string | null; dateEnd?: string | null }): string | null {
  if (!e.date) return null
  const end = e.dateEnd
  if (!end || end.length !== 10 || e.date.length < 10 || end <= e.date) return e.date
  const cut = end.slice(0, 4) !== e.date.slice(0, 4) ? 0 : end.slice(5, 7) !== e.date.slice(5, 7) ? 5 : 8
  return `${e.date}/${end.slice(cut)}`
}
