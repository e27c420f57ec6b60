import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findIdentityMilitias, identityEntry, peoplesNamed } from './identity.js'
import { resolveActorName, toActor } from './resolve.js'

const found = (lang: string, text: string) => findIdentityMilitias(text, 0, text.length, lang).map((m) => `${text.slice(m.start, m.end)} = ${m.entry.name}`)

describe('identity militias in text', () => {
  const cases: [string, string, string[]][] = [
    // A group's name with a word of armed men after it, or before it.
    ['en', 'Murle raiders stole cattle near the river.', ['Murle raiders = Murle Ethnic Militia']],
    ['en', 'Armed Tuareg seized the checkpoint.', ['Armed Tuareg = Tuareg Ethnic Militia']],
    ['fr', 'Des miliciens peuls ont tué trois villageois.', ['miliciens peuls = Fulani Ethnic Militia']],
    ['fr', 'Des Touaregs armés ont pris le poste.', ['Touaregs armés = Tuareg Ethnic Militia']],
    // "Forces" make armed men only of a people no state is named after: "Somali forces" are a state's.
    ['en', 'Kurdish forces attacked the village.', ['Kurdish forces = Kurd Ethnic Militia']],
    ['fr', 'Les forces kurdes ont attaqué le village.', ['forces kurdes = Kurd Ethnic Militia']],
    ['en', 'Somali forces attacked the village.', []],
    ['fr', 'Les forces somaliennes ont attaqué le village.', []],
    // Names joined by "and" share the words around them; two groups told as the sides of a clash.
    ['en', 'Tiv and Jukun youths clashed at the market.', ['Tiv = Tiv Ethnic Militia', 'Jukun youths = Jukun Ethnic Militia']],
    ['en', 'Fighting broke out between the Nuer and Anuak communities.', ['Nuer = Nuer Ethnic Militia', 'Anuak communities = Anuak Ethnic Militia']],
    ['en', 'A clash between Toposa and Didinga left ten dead.', ['Toposa = Toposa Ethnic Militia', 'Didinga = Didinga Ethnic Militia']],
    ['fr', 'Des affrontements entre les communautés dogon et peule ont fait dix morts.', ['dogon = Dogon Ethnic Militia', 'peule = Fulani Ethnic Militia']],
    // A people's attack is its armed men's; two peoples' "ethnic communities" clashing are the sides.
    ['en', 'Eight were killed in a Fulani attack on the village.', ['Fulani attack = Fulani Ethnic Militia']],
    ['en', 'Kikuyu and Luo ethnic communities clashed in the suburb.', ['Kikuyu = Kikuyu Ethnic Militia', 'Luo ethnic communities = Luo Ethnic Militia']],
    ['fr', 'Huit personnes ont été tuées dans une attaque peule.', ['attaque peule = Fulani Ethnic Militia']],
    // Clans and sub-clans, and armed men told by where they come from.
    ['en', 'Gunmen reportedly hailing from the Dhulbahante clan opened fire on a truck.', ['Gunmen reportedly hailing from the Dhulbahante clan = Dhulbahante Clan Militia']],
    ['en', 'Militia from Habar Gidir/Saleban sub-clan attacked the well.', ['Militia from Habar Gidir/Saleban sub-clan = Habar Gedir-Saleban Sub-Clan Militia']],
    ['fr', 'Des hommes armés issus de la communauté peule ont attaqué le village.', ['hommes armés issus de la communauté peule = Fulani Ethnic Militia']],
    // A plural name alone opening the sentence, and a bare name after the agent word.
    ['en', 'Fulanis attacked the farm at dawn.', ['Fulanis = Fulani Ethnic Militia']],
    ['en', 'Two farmers were killed by Fulani near the river.', ['Fulani = Fulani Ethnic Militia']],
    ['fr', 'Deux paysans ont été tués par des Peuls.', ['Peuls = Fulani Ethnic Militia']],
    // Members of a people or clan told as persons, victims or a nation are no militia.
    ['en', 'A man from the Dir clan was shot dead.', []],
    ['en', 'Members of the Fulani community were killed.', []],
    ['en', 'Somali forces raided the village.', []],
    ['en', 'Gunmen attacked the residence of a Somali member of parliament.', []],
    ['en', 'IDP rioters from the Masalit and Beni Halba tribes burned three cars.', []],
    ['fr', 'La communauté peule a dénoncé les violences.', []],
    ['fr', 'Des déplacés issus des communautés nande et hutu ont manifesté.', []],
    ['fr', 'Un Peul a été tué au marché.', []],
    // Words are runs of letters and digits, letters outside the BMP included: a name glued to one is no name.
    ['en', '\u{1F4F0} Murle raiders stole cattle; 𝐀Murle raiders did not.', ['Murle raiders = Murle Ethnic Militia']],
    ['fr', '« Des miliciens peuls » ont tué \u{1D400}peuls et 3peuls.', ['miliciens peuls = Fulani Ethnic Militia']],
  ]
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => assert.deepEqual(found(lang, text), expected))
  }
  it('are found alike in a sentence read again, after another text or other bounds', () => {
    const text = 'Murle raiders stole cattle. Nuer youths fled to the hills.'
    const second = text.indexOf('Nuer')
    const names = (from: number, to: number) => peoplesNamed(text, from, to, 'en').map((p) => text.slice(p.start, p.end))
    assert.deepEqual(names(second, text.length - 1), ['Nuer'])
    assert.deepEqual(findIdentityMilitias(text, 0, second, 'en').map((m) => text.slice(m.start, m.end)), ['Murle raiders'])
    assert.deepEqual(found('en', 'Armed Tuareg seized the checkpoint.'), ['Armed Tuareg = Tuareg Ethnic Militia'])
    assert.deepEqual(names(0, second), ['Murle'])
    // The same start with another end is another reading: a name cut by the end is no name.
    assert.deepEqual(names(second, second + 3), [])
    assert.deepEqual(names(second, text.length - 1), ['Nuer'])
    assert.deepEqual(names(0, second), ['Murle'])
  })
})

describe('identity militia actors', () => {
  it('are named as ACLED names them, with the country when known', () => {
    assert.equal(toActor(identityEntry('Fulani', 'ethnic'), 'NG').name, 'Fulani Ethnic Militia (Nigeria)')
    assert.equal(toActor(identityEntry('Majeerteen', 'clan'), 'SO').name, 'Majeerteen Clan Militia (Somalia)')
    assert.equal(identityEntry('Habar Gedir', 'clan', "Sa'ad").name, "Habar Gedir-Sa'ad Sub-Clan Militia")
  })
  it('resolve from ACLED names, descriptions and the name alone', () => {
    const id = (text: string, lang: string | null, hint: string | null = null) => {
      const r = resolveActorName(text, lang, hint)
      return r ? toActor(r.entry, r.country).id : null
    }
    assert.equal(id('Tiv Ethnic Militia (Nigeria)', 'en'), 'tiv-militia@NG')
    assert.equal(id('Murle youths', 'en', 'SS'), 'murle-militia@SS')
    assert.equal(id('miliciens peuls', 'fr', 'ML'), 'fulani-militia@ML')
    assert.equal(id('Fulanis', 'en'), 'fulani-militia')
  })
})
