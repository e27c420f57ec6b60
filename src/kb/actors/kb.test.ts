import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { loadActorEntries } from './load.js'
import { missionActor, resolveActorName, toActor } from './resolve.js'

describe('actor knowledge base', () => {
  const actors = [...loadActorEntries().values()]

  it('holds at least 400 canonical actors with valid parents', () => {
    assert.ok(actors.length >= 400, `only ${actors.length} actors`)
    const ids = new Set(actors.map((a) => a.id))
    for (const a of actors) if (a.parent) assert.ok(ids.has(a.parent), `${a.id}: unknown parent ${a.parent}`)
  })

  it('gives every actor an English and a French alias that resolve back to it', () => {
    const failures: string[] = []
    for (const a of actors) {
      for (const lang of ['en', 'fr'] as const) {
        const aliases = a.aliases[lang]
        if (aliases.length === 0) failures.push(`${a.id}: no ${lang} alias`)
        else if (!aliases.some((alias) => resolveActorName(alias, lang, a.country)?.entry.id === a.id)) failures.push(`${a.id}: no ${lang} alias resolves to it`)
      }
    }
    assert.deepEqual(failures, [])
  })

  it('never resolves an alias to an actor that does not list it, unless both list it', () => {
    const failures: string[] = []
    for (const a of actors) {
      for (const alias of [...a.aliases.en, ...a.aliases.fr, ...a.aliases.ar]) {
        const got = resolveActorName(alias, null, a.country)?.entry
        if (!got) failures.push(`${a.id}: "${alias}" resolves to nothing`)
      }
    }
    assert.deepEqual(failures, [])
  })
})

describe('resolveActorName', () => {
  const cases: [string, string | null, string | null, string | null][] = [
    ['Daech', 'fr', null, 'islamic-state'],
    ['ISIL', 'en', null, 'islamic-state'],
    // The group's full names, whose places are no places of their own ("in Iraq and the Levant").
    ['Islamic State in Iraq and the Levant', 'en', null, 'islamic-state'],
    ['État islamique en Irak et au Levant', 'fr', null, 'islamic-state'],
    ["l'armée gouvernementale syrienne", 'fr', null, 'military-sy'],
    ['Al-Qaïda en Syrie', 'fr', null, 'jabhat-al-nusra'],
    ['Military Forces of Syria (2000-)', 'en', null, 'military-sy'],
    ['Police Forces of Nigeria (2015-)', 'en', null, 'police-ng'],
    ['Civilians (Nigeria)', 'en', null, 'civilians@NG'],
    ['the army', 'en', 'ML', 'military-ml'],
    ['the army', 'en', null, null],
    // "Regime forces" and « les forces du régime » are any state's: the text's country names them.
    ['regime forces', 'en', 'LY', 'military-ly'],
    ['regime forces', 'en', 'SY', 'military-sy'],
    ['les forces du régime', 'fr', 'LY', 'military-ly'],
    ['Syrian regime forces', 'en', 'LY', 'military-sy'],
    ['la coalition', 'fr', 'IQ', 'us-led-coalition'],
    ['Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad', 'en', null, 'boko-haram'],
    ['la presse occidentale', 'fr', null, null],
    ['unidentified gunmen', 'en', 'NG', 'unidentified-armed-group@NG'],
    // National forces by their own acronyms, and ACLED's spellings of an opposition army.
    ['SAF', 'en', null, 'military-sd'],
    ["People's National Army", 'en', null, 'military-dz'],
    ['Police Forces of Sudan (1989-) National Intelligence and Security Services', 'en', null, 'niss-sudan'],
    // Identity militias by ACLED's naming ("<group> Ethnic Militia (<country>)") and by their descriptions.
    ['Murle Ethnic Militia (South Sudan)', 'en', null, 'murle-militia@SS'],
    ['Murle youths', 'en', null, 'murle-militia'],
    ['Fulanis', 'en', null, 'fulani-militia'],
    // Parties by their ACLED names: a note naming only the party still has a country.
    ['ANC: African National Congress', 'en', null, 'anc'],
    ['SLM/A-Nur: Sudan Liberation Movement/Army (Abdul Wahid al-Nur Faction)', 'en', null, 'slm-a-nur'],
    ['FARDC', 'fr', null, 'military-cd'],
    ['SPLA', 'en', null, 'military-ss'],
    ['SPLA/M-IO', 'en', null, 'splm-io'],
    ["SPLA/M-In Opposition: Sudanese People's Liberation Army/Movement-In Opposition", 'en', null, 'splm-io'],
    // National organisations with a home country: parties, unions, universities, in both languages.
    ['UGTT', 'en', null, 'ugtt'],
    ['Union générale tunisienne du travail', 'fr', null, 'ugtt'],
    ['Makerere University', 'en', null, 'ugandan-universities'],
    ['Université Cheikh Anta Diop', 'fr', null, 'senegal-universities'],
    ["People's Movement for Progress", 'en', null, 'mpp-burkina'],
    ['Mouvement du peuple pour le progrès', 'fr', null, 'mpp-burkina'],
    ['SAPS', 'en', null, 'police-za'],
    ['Somaliland authorities', 'en', null, 'government-somaliland'],
    // « UMP » in French news is the French party; the Iraqi units are named in full.
    ['UMP', 'fr', null, 'ump-france'],
    ['Unités de mobilisation populaire', 'fr', null, 'pmf'],
    ['Somaliland troops', 'en', null, 'military-somaliland'],
    ['Puntland police', 'en', null, 'police-puntland'],
  ]
  for (const [text, lang, hint, expected] of cases) {
    it(`${text} (${hint ?? 'no country'}) -> ${expected}`, () => {
      const r = resolveActorName(text, lang, hint)
      assert.equal(r ? toActor(r.entry, r.country).id : null, expected)
    })
  }
})

describe('missionActor', () => {
  it('a troop contributor\'s military in the mission\'s country is the mission', () => assert.equal(missionActor('military-ke', 'SO')?.id, 'amisom'))
  it('at home it is itself', () => assert.equal(missionActor('military-ke', 'KE'), null))
  it('the host\'s own forces are not the mission', () => assert.equal(missionActor('military-so', 'SO'), null))
  it('a non-contributor is not the mission', () => assert.equal(missionActor('military-fr', 'SO'), null))
})
