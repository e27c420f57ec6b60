import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createPipeline } from '../../pipeline/pipeline.js'
import { createEventsAnnotator } from './index.js'

// Happenings told by words no trigger found before (sixteenth session): arson, breakage and rubbish in
// the streets with no crowd word, property set ablaze by a doer named, a village burnt down.
const pipeline = createPipeline([createEventsAnnotator()])
const main = (text: string, language: string) =>
  [...pipeline.analyze({ input: 'test', text, language, published: '2020-06-10' }).events].sort((a, b) => b.confidence - a.confidence)[0]

describe('events: public property set alight with no doer and no armed party is a crowd\'s arson', () => {
  const cases: [string, string][] = [
    ['en', 'A clinic and a library were set alight at Tshilamba village on Sunday.'],
    ['en', 'Two buses set alight at the depot in Kagiso overnight.'],
    ['en', 'The home of the ward councillor in Ivory Park has been petrol-bombed.'],
    ['fr', 'Une école et une boutique ont été incendiées à Tshilamba dimanche.'],
    ['fr', 'Des jeunes non identifiés ont lancé un cocktail Molotov contre la permanence du député.'],
  ]
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      const e = main(text, lang)
      assert.equal(e?.subEventType, 'Violent demonstration')
      assert.ok(e?.actor1?.name.startsWith('Rioters'), e?.actor1?.name)
    })
  }
  // Told with armed men or an attack, the arson is theirs.
  for (const [lang, text] of [['en', 'Gunmen attacked the village and several houses were set alight.'], ['fr', 'Des hommes armés ont attaqué le village et plusieurs maisons ont été incendiées.']] as const) {
    it(`${lang}: ${text}`, () => assert.notEqual(main(text, lang)?.subEventType, 'Violent demonstration'))
  }
})

describe('events: windows smashed, stones thrown at people or buildings, rubbish dumped in the streets make rioters', () => {
  const cases: [string, string][] = [
    ['en', 'Angry pensioners smashed a window at the post office in Mbale and threw stones at officials.'],
    ['en', 'Cleaners tossed rubbish onto the streets of the city centre and broke bins.'],
    ['fr', 'Des retraités en colère ont brisé les vitres de la poste à Mbale.'],
    ['fr', 'Des éboueurs ont renversé des poubelles et jeté des ordures dans les rues du centre-ville.'],
  ]
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      const e = main(text, lang)
      assert.equal(e?.subEventType, 'Violent demonstration')
      assert.ok(e?.actor1?.name.startsWith('Rioters'), e?.actor1?.name)
    })
  }
  // A shell that smashed windows is the shelling; the forces breaking a window are no crowd.
  for (const [lang, text] of [['en', 'A mortar round smashed the windows of the hospital in Aleppo.'], ['fr', "Un obus a brisé les vitres de l'hôpital d'Alep."]] as const) {
    it(`${lang}: ${text}`, () => assert.notEqual(main(text, lang)?.subEventType, 'Violent demonstration'))
  }
})

describe('events: property set ablaze by a doer named, a village burnt down, is property destroyed', () => {
  const cases: [string, string][] = [
    ['en', 'Unknown assailants set ablaze the granaries of two farmers near Kaga Bandoro.'],
    ['en', 'The village of Ndoko was burned down by unidentified men on Tuesday.'],
    ['fr', 'Des inconnus ont mis le feu aux greniers de deux paysans près de Kaga Bandoro.'],
    ['fr', 'Le village de Ndoko a été rasé mardi.'],
  ]
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => assert.equal(main(text, lang)?.subEventType, 'Looting/property destruction'))
  }
})

describe('events: a headline strike and an attempt to set oneself on fire are protests held', () => {
  const cases: [string, string][] = [
    ['en', 'Hospital cleaners at the regional referral hospital strike in Gulu.'],
    ['en', 'Bank employees strike over unpaid bonuses.'],
    ['en', 'A street vendor tried to kill himself through self-immolation outside the municipality of Kasserine.'],
    ['en', 'An unemployed graduate attempted to set himself on fire in front of the governorate.'],
    ['fr', "Un vendeur ambulant a tenté de s'immoler par le feu devant la municipalité de Kasserine."],
    ['fr', 'Un diplômé chômeur a tenté de se suicider par le feu devant le gouvernorat.'],
  ]
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      const e = main(text, lang)
      assert.equal(e?.subEventType, 'Peaceful protest')
      assert.equal(e?.flags.hypothetical, false)
    })
  }
  // A strike from the air, or one only threatened, is no strike held.
  it('en: Russian jets strike in Idlib province.', () => assert.notEqual(main('Russian jets strike in Idlib province.', 'en')?.subEventType, 'Peaceful protest'))
})

describe('events: an office, a school, a station, a train or a tent set on fire by someone not told as armed is a crowd\'s arson', () => {
  const cases: [string, string][] = [
    ['en', 'Unknown people set fire to the district education offices in Mbarara overnight.'],
    ['en', 'Two train carriages were gutted in a suspected arson attack at Bellville station.'],
    ['fr', 'Des inconnus ont mis le feu aux bureaux de la sous-préfecture de Kolda dans la nuit.'],
    ['fr', 'Des individus ont incendié le lycée de Dabo dans la nuit de lundi.'],
  ]
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      const e = main(text, lang)
      assert.equal(e?.subEventType, 'Violent demonstration')
      assert.ok(e?.actor1?.name.startsWith('Rioters'), e?.actor1?.name)
    })
  }
  // Armed men's arson is theirs; shops burnt are property destroyed.
  const not: [string, string][] = [
    ['en', 'Militants set fire to a school in the village of Kudu.'],
    ['fr', "Des jihadistes ont mis le feu à l'école du village de Kudu."],
    ['en', 'Unidentified attackers set fire to five shops near the market.'],
  ]
  for (const [lang, text] of not) it(`${lang}: ${text}`, () => assert.notEqual(main(text, lang)?.subEventType, 'Violent demonstration'))
})
