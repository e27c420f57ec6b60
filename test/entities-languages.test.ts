/** French and English entity suites: sentences written for this repository, one behaviour each. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createEntitiesAnnotator } from '../src/annotators/entities/index.js'
import { createPipeline } from '../src/pipeline/pipeline.js'

const pipeline = createPipeline([createEntitiesAnnotator()])

// [language, text, mention text, expected "nerType/kind/actorId"]
const cases: [string, string, string, string][] = [
  ['en', 'ISIS fighters attacked the village. The Islamic State later claimed it.', 'ISIS', 'ORG/armed_group/islamic-state'],
  ['en', 'Rebels of the Free Syrian Army shelled Aleppo. The group denied it.', 'group', 'ORG/armed_group/free-syrian-army'],
  ['en', 'Defense Secretary Ashton Carter visited Baghdad on Tuesday.', 'Ashton Carter', 'PER/person/person:ashton-carter'],
  ['en', 'Dutch striker Robin van Persie scored twice in Amsterdam.', 'Robin van Persie', 'PER/person/person:robin-van-persie'],
  ['en', 'Protesters gathered outside parliament in Kenya; police fired tear gas.', 'Protesters', 'MISC/generic/protesters@KE'],
  ['en', 'Protesters gathered outside parliament in Kenya; police fired tear gas.', 'police', 'ORG/state_force/police-ke'],
  ['en', 'Boko Haram militants raided a market in Borno State, Nigeria.', 'Boko Haram', 'ORG/armed_group/boko-haram'],
  ['en', 'The United Nations Security Council met in New York.', 'United Nations Security Council', 'ORG/institution/un-security-council'],
  ['fr', "L'EI a revendiqué l'attentat. Daech avait déjà frappé la ville.", 'EI', 'ORG/armed_group/islamic-state'],
  ['fr', "Les talibans ont pris Kunduz, en Afghanistan. Le groupe contrôle la ville.", 'groupe', 'ORG/armed_group/taliban'],
  ['fr', 'Mme Anne Hidalgo a reçu le président Abdel Fattah al-Sissi à Paris.', 'Anne Hidalgo', 'PER/person/person:anne-hidalgo'],
  ['fr', "Les forces de sécurité nigérianes ont arrêté trois suspects à Kano.", 'forces de sécurité nigérianes', 'ORG/state_force/military-ng'],
  ['fr', "Des hommes armés ont tué deux civils au Burkina Faso.", 'hommes armés', 'MISC/generic/unidentified-armed-group@BF'],
  ['fr', "La coalition menée par l'Arabie saoudite a frappé Sanaa, au Yémen.", "coalition menée par l'Arabie saoudite", 'ORG/state_force/saudi-led-coalition'],
  ['fr', 'Le Conseil fédéral a présenté son budget à Berne.', 'Conseil fédéral', 'ORG/organisation/org:conseil-federal'],
]

describe('entities in French and English', () => {
  for (const [language, text, target, expected] of cases) {
    it(`${language}: "${target}" → ${expected}`, () => {
      const a = pipeline.analyze({ input: 'test', text, language })
      const m = a.mentions.find((x) => x.text === target)
      assert.ok(m, `no mention "${target}" among ${a.mentions.map((x) => x.text).join(' | ')}`)
      assert.equal(`${m.nerType}/${m.kind}/${m.actorId}`, expected)
    })
  }
})
