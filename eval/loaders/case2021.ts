/**
 * CASE-2021 task 2: 1,019 English news snippets, each labelled with one of the 25 ACLED sub-event
 * types (short codes) or one of 5 non-ACLED classes. TSV with a header, no quoting (split on tabs),
 * read from SITREP_EVAL_DIR at run time. No spans.
 */
import { readFileSync } from 'node:fs'
import { evalPath } from '../paths.js'

export const CASE_DIR = 'events/events-case2021-task2'

export const CASE_ACLED_LABELS = [
  'ABDUCT_DISSAP', 'AGREEMENT', 'AIR_STRIKE', 'ARMED_CLASH', 'ARREST', 'ART_MISS_ATTACK', 'ATTACK', 'CHANGE_TO_GROUP_ACT',
  'CHEM_WEAP', 'DISR_WEAP', 'FORCE_AGAINST_PROTEST', 'GOV_REGAINS_TERIT', 'GRENADE', 'HQ_ESTABLISHED', 'MOB_VIOL',
  'NON_STATE_ACTOR_OVERTAKES_TER', 'NON_VIOL_TERRIT_TRANSFER', 'OTHER', 'PEACE_PROTEST', 'PROPERTY_DISTRUCT',
  'PROTEST_WITH_INTER', 'REM_EXPLOS', 'SEX_VIOL', 'SUIC_BOMB', 'VIOL_DEMONSTR',
] as const
export const CASE_OTHER_LABELS = ['ORG_CRIME', 'NATURAL_DISASTER', 'MAN_MADE_DISASTER', 'DIPLO', 'ATTRIB'] as const

export interface CaseSnippet {
  id: string
  text: string
  label: string
}

export function parseCaseTsv(content: string): CaseSnippet[] {
  const lines = content.split('\n').filter((l) => l.trim() !== '')
  const header = lines[0]?.split('\t') ?? []
  if (header[0] !== 'id' || header[1] !== 'EventSnippet' || header[2]?.trim() !== 'SubType') {
    throw new Error(`CASE-2021 TSV: expected header "id<TAB>EventSnippet<TAB>SubType", got "${lines[0] ?? ''}"`)
  }
  return lines.slice(1).map((line, i) => {
    const cols = line.split('\t')
    if (cols.length !== 3) throw new Error(`CASE-2021 TSV line ${i + 2}: expected 3 tab-separated columns, got ${cols.length}`)
    return { id: cols[0]!, text: cols[1]!, label: cols[2]!.trim() }
  })
}

export function loadCase2021(limit?: number): CaseSnippet[] {
  const all = parseCaseTsv(readFileSync(evalPath(CASE_DIR, 'test_set_final_release_with_labels.tsv'), 'utf8'))
  return limit === undefined ? all : all.slice(0, limit)
}
