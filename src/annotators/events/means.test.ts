import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { eventsOf } from './test-events.js'

const types = (text: string, language: string) =>
  eventsOf(text, language)
    .filter((e) => ['Battles', 'Explosions/Remote violence', 'Violence against civilians'].includes(e.eventType))
    .map((e) => `${e.subEventType} ${e.fatalities ?? '-'}`)

describe('events: a killing told with no means is the strike or the blast told right after it', () => {
  // Invented sentences: [language, text, the violent events]
  const cases: [string, string, string[]][] = [
    ['en', 'Nine people were killed in a terrorist attack in Aleppo on Monday. Six civilians were killed in the attack with rocket shells on the Midan neighbourhood of Aleppo, police said.', ['Shelling/artillery/missile attack 9']],
    ['en', 'Militants kill four villagers in Gwoza. The mortar rounds they fired killed four people in the market of Gwoza.', ['Shelling/artillery/missile attack 4']],
    ['fr', 'Cinq civils ont été tués lundi dans une attaque terroriste à Alep. Les obus tirés par les terroristes ont tué cinq civils dans le quartier de Midane à Alep.', ['Shelling/artillery/missile attack 5']],
    // Not the same happening: a strike that harmed no one, other victims, another place.
    ['en', 'Gunmen attacked a checkpoint in Aleppo, killing three soldiers. Mortar shells hit Aleppo.', ['Armed clash 3', 'Shelling/artillery/missile attack -']],
    ['en', 'Gunmen attacked a checkpoint in Aleppo, killing three soldiers. Mortar shells killed two civilians in Aleppo.', ['Armed clash 3', 'Shelling/artillery/missile attack 2']],
    ['en', 'Nine people were killed in a terrorist attack in Aleppo on Monday. Rocket shells killed six civilians in Homs, police said.', ['Attack 9', 'Shelling/artillery/missile attack 6']],
  ]
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => assert.deepEqual(types(text, lang), expected))
  }
})
