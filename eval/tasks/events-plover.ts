/** The PLOVER GSR set of the `events` task (filled in below). */
import type { Metrics, TaskOptions } from '../task.js'

export async function scorePlover(_opts: TaskOptions): Promise<Metrics> {
  return {}
}
