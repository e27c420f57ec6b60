/**
 * An evaluation task scores what `sitrep analyze` produces (the same pipeline, the same JSON)
 * against one or more gold sets. Each set yields flat metrics: scores in [0, 1] and counts.
 */
export type Metrics = Record<string, number>

export interface TaskOptions {
  /** Score only the first N documents (or items) of each set. */
  limit?: number
  /** Print a set's details (confusion tables) on stderr beside its metrics. */
  verbose?: boolean
}

export interface EvalTask {
  name: string
  description: string
  /** The gold sets this task knows, in print order. */
  sets: string[]
  /** Scores one set; may print nothing. */
  run(set: string, opts: TaskOptions): Promise<Metrics>
}

export interface TaskResult {
  task: string
  sets: Record<string, Metrics>
}
