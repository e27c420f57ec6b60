/**
 * `npm run eval -- <task> [--set NAME] [--limit N] [--json] [--verbose]`: scores one task (or `all`) on the
 * dev gold in SITREP_EVAL_DIR and prints a markdown table, or one JSON object per task.
 */
import { parseArgs } from 'node:util'
import { resultTable } from './table.js'
import type { TaskResult } from './task.js'
import { TASKS, findTask } from './tasks/index.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    set: { type: 'string', multiple: true },
    limit: { type: 'string' },
    json: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
})

const name = positionals[0]
if (!name) {
  console.error(`usage: npm run eval -- <task|all> [--set NAME] [--limit N] [--json] [--verbose]\ntasks: ${TASKS.map((t) => t.name).join(', ')}`)
  process.exit(2)
}
const tasks = name === 'all' ? TASKS : [findTask(name)].filter((t) => t !== undefined)
if (tasks.length === 0) {
  console.error(`unknown task "${name}"; tasks: ${TASKS.map((t) => t.name).join(', ')}`)
  process.exit(2)
}
const limit = values.limit === undefined ? undefined : Number(values.limit)
if (limit !== undefined && (!Number.isInteger(limit) || limit <= 0)) {
  console.error('--limit expects a positive whole number')
  process.exit(2)
}

for (const task of tasks) {
  const sets = values.set?.length ? values.set : task.sets
  const unknown = sets.filter((s) => !task.sets.includes(s))
  if (unknown.length) {
    console.error(`task ${task.name} has no set ${unknown.join(', ')}; sets: ${task.sets.join(', ')}`)
    process.exit(2)
  }
  const result: TaskResult = { task: task.name, sets: {} }
  const opts = { ...(limit === undefined ? {} : { limit }), ...(values.verbose ? { verbose: true } : {}) }
  for (const set of sets) result.sets[set] = await task.run(set, opts)
  console.log(values.json ? JSON.stringify(result) : resultTable(result))
}
