import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getDefaultPipeline } from '../../pipeline/default.js'

// Invented articles: paragraphs apart, the later mention names no place of its own (placed by the
// article's focus), so only the rule of `sameHappening` in build.ts tells whether it is the earlier happening.
const violent = (text: string, language: string) =>
  getDefaultPipeline().analyze({ input: 'test', text, language, published: '2016-06-08' }).events
    .filter((e) => /Battles|Violence|Explosions/.test(e.eventType))

describe('events: a happening placed only by the focus, far from the earlier one of its family', () => {
  const otherDay: [string, string][] = [
    ['fr', "Le gouvernement égyptien a présenté mardi son budget.\n\nUne attaque a tué trois soldats dans le Sinaï lundi.\n\nLe ministre des Finances a défendu les nouvelles taxes.\n\nLes syndicats ont critiqué la baisse des subventions.\n\nLes prix du pain ont augmenté de dix pour cent.\n\nPrécisément 1059 décès ont été recensés mardi."],
    ['en', "The Egyptian government presented its budget on Tuesday.\n\nAn attack killed three soldiers in Sinai on Monday.\n\nThe finance minister defended the new taxes.\n\nUnions criticised the cut in subsidies.\n\nBread prices rose by ten percent.\n\nExactly 1059 deaths were recorded on Tuesday."],
  ]
  for (const [lang, text] of otherDay) {
    it(`${lang}: told on another day, it is another happening (the attack keeps its own toll)`, () => {
      const events = violent(text, lang)
      assert.equal(events.length, 2)
      assert.equal(events.find((e) => e.date === '2016-06-06')?.fatalities, 3)
    })
  }
  const unrelated: [string, string][] = [
    ['fr', "Le gouvernement a présenté son budget.\n\nLe ministre a défendu les nouvelles taxes. Les députés ont voté le texte. Les syndicats ont critiqué la baisse des subventions.\n\nDes hommes armés ont tué cinq villageois à Kidal.\n\nLe gouverneur a appelé au calme.\n\nLes écoles resteront fermées toute la semaine.\n\nLes commerçants ont baissé leurs rideaux.\n\nDes soldats ont tué deux bergers."],
    ['en', "The government presented its budget.\n\nThe minister defended the new taxes. Deputies voted for the bill. Unions criticised the cut in subsidies.\n\nGunmen killed five villagers in Kidal.\n\nThe governor called for calm.\n\nSchools will stay closed all week.\n\nShopkeepers pulled down their shutters.\n\nSoldiers killed two herders."],
  ]
  for (const [lang, text] of unrelated) {
    it(`${lang}: neither near, nor the lead's happening, nor of its day or party: another happening`, () => {
      assert.deepEqual(violent(text, lang).map((e) => e.fatalities).sort(), [2, 5])
    })
  }
  const retold: [string, string][] = [
    ['fr', "Des hommes armés ont tué cinq villageois à Kidal lundi.\n\nLe gouverneur a appelé au calme.\n\nLes écoles resteront fermées toute la semaine.\n\nLes commerçants ont baissé leurs rideaux.\n\nUn habitant raconte que les assaillants ont tué cinq villageois devant la mosquée."],
    ['en', "Gunmen killed five villagers in Kidal on Monday.\n\nThe governor called for calm.\n\nSchools will stay closed all week.\n\nShopkeepers pulled down their shutters.\n\nA resident said the attackers killed five villagers in front of the mosque."],
  ]
  for (const [lang, text] of retold) {
    it(`${lang}: the happening of the article's lead told again far below stays one`, () => {
      const events = violent(text, lang)
      assert.equal(events.length, 1)
      assert.equal(events[0]!.date, '2016-06-06')
    })
  }
})
