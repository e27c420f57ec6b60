/** The registry of evaluation tasks. Each extractor issue adds its task here. */
import type { EvalTask } from '../task.js'
import { eventsTask } from './events.js'
import { extractTask } from './extract.js'
import { geoTask } from './geo.js'
import { quotesTask } from './quotes.js'
import { timeTask } from './time.js'
import { nerTask } from './ner.js'

export const TASKS: EvalTask[] = [extractTask, geoTask, quotesTask, timeTask, eventsTask, nerTask]

export function findTask(name: string): EvalTask | undefined {
  return TASKS.find((t) => t.name === name)
}
