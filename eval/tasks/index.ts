/** The registry of evaluation tasks. Each extractor issue adds its task here. */
import type { EvalTask } from '../task.js'

export const TASKS: EvalTask[] = []

export function findTask(name: string): EvalTask | undefined {
  return TASKS.find((t) => t.name === name)
}
