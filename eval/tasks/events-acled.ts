/** The ACLED-notes set of the `events` task (filled in below). */
import type { Metrics, TaskOptions } from '../task.js'

export async function scoreAcled(_opts: TaskOptions): Promise<Metrics> {
  return {}
}
