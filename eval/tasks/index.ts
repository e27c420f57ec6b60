/** The registry of evaluation tasks. Each extractor issue adds its task here. */
import type { EvalTask } from '../task.js'
import { extractTask } from './extract.js'

export const TASKS: EvalTask[] = [extractTask]

export function findTask(name: string): EvalTask | undefined {
  return TASKS.find((t) => t.name === name)
}
