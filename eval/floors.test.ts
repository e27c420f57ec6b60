/**
 * CI gate: every registered task runs on a fixed dev subset and each metric must stay at or above
 * its floor in eval/floors.json ({task: {set: {limit, metrics: {name: floor}}}}). Raising a floor
 * is how an issue locks in its gains; lowering one is a reviewed change to that file.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { REPO_DIR, hasEvalData } from './paths.js'
import { findTask } from './tasks/index.js'

interface Floor {
  limit?: number
  /** The gold folder under SITREP_EVAL_DIR that must exist for this check to run. */
  requires: string
  metrics: Record<string, number>
}

const floors = JSON.parse(readFileSync(join(REPO_DIR, 'eval', 'floors.json'), 'utf8')) as Record<string, Record<string, Floor>>

describe('eval floors', () => {
  for (const [taskName, sets] of Object.entries(floors)) {
    for (const [set, floor] of Object.entries(sets)) {
      it(`${taskName}/${set} stays above its floors`, { skip: !hasEvalData(floor.requires) && `no gold at ${floor.requires}` }, async () => {
        const task = findTask(taskName)
        assert.ok(task, `floors.json names unknown task ${taskName}`)
        const got = await task.run(set, floor.limit === undefined ? {} : { limit: floor.limit })
        for (const [metric, min] of Object.entries(floor.metrics)) {
          assert.ok(metric in got, `${taskName}/${set} has no metric ${metric}`)
          assert.ok(got[metric]! >= min, `${taskName}/${set} ${metric} = ${got[metric]} fell below its floor ${min}`)
        }
      })
    }
  }
})
