import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createPipeline } from '../../pipeline/pipeline.js'
import { createEntitiesAnnotator } from './index.js'

const pipeline = createPipeline([createEntitiesAnnotator()])
const analyze = (text: string, language: string) => pipeline.analyze({ input: 'test', text, language })

describe('entity mentions', () => {
  // [language, text, mention text, expected "nerType/actorId"]
  const cases: [string, string, string, string][] = [
    ['en', 'Syrian troops shelled the town on Monday, residents said.', 'Syrian troops', 'ORG/military-sy'],
    ['en', 'Syrian troops shelled the town on Monday, residents said.', 'residents', 'MISC/civilians@SY'],
    // A country's name before a force word: the forces, and the country's name a place name of its own.
    ['en', 'There are 2,000 U.S. troops in the region, officials said.', 'U.S. troops', 'ORG/military-us'],
    ['en', 'There are 2,000 U.S. troops in the region, officials said.', 'U.S.', 'LOC/null'],
    ['en', 'Uganda forces killed three cattle raiders, the army said.', 'Uganda forces', 'ORG/military-ug'],
    ['en', 'Uganda forces killed three cattle raiders, the army said.', 'Uganda', 'LOC/null'],
    ['en', 'Rebels killed five government soldiers near Nekemte in Ethiopia.', 'government soldiers', 'ORG/military-et'],
    ['en', 'President Emmanuel Macron met Angela Merkel in Berlin.', 'Emmanuel Macron', 'PER/person:emmanuel-macron'],
    ['en', 'President Emmanuel Macron met Angela Merkel in Berlin.', 'Berlin', 'LOC/null'],
    ['en', 'The Islamic State claimed the attack. The group said its fighters entered Mosul in Iraq.', 'group', 'ORG/islamic-state'],
    ['en', 'Unidentified gunmen killed two farmers near Maiduguri in Nigeria.', 'Unidentified gunmen', 'MISC/unidentified-armed-group@NG'],
    ['en', 'Shares of Acme Holdings rose after the Bank of England cut rates.', 'Acme Holdings', 'ORG/org:acme-holdings'],
    ['fr', "L'armée malienne a repoussé une attaque du JNIM près de Mopti, au Mali.", 'armée malienne', 'ORG/military-ml'],
    ['fr', "L'armée malienne a repoussé une attaque du JNIM près de Mopti, au Mali.", 'JNIM', 'ORG/jnim'],
    ['fr', "Les manifestants ont défilé à Bamako. La police malienne a dispersé la foule.", 'manifestants', 'MISC/protesters@ML'],
    ['fr', 'Le ministre Jean Dupont, porte-parole du gouvernement, a démenti. M. Dupont a ensuite quitté Paris.', 'Dupont', 'PER/person:jean-dupont'],
    ['fr', "Les Chebab ont attaqué une base de l'Amisom en Somalie. Le groupe a revendiqué l'attaque.", 'groupe', 'ORG/al-shabaab'],
    // Aliases over words of one piece and of several (hyphens, elisions).
    ['en', 'Fighters of Jabhat al-Nusra shelled the town, and Al-Shabaab denied it.', 'Jabhat al-Nusra', 'ORG/jabhat-al-nusra'],
    ['en', 'Fighters of Jabhat al-Nusra shelled the town, and Al-Shabaab denied it.', 'Al-Shabaab', 'ORG/al-shabaab'],
    ['fr', "Des combattants de l'État islamique et du Front al-Nosra ont attaqué la ville.", 'État islamique', 'ORG/islamic-state'],
    ['fr', "Des combattants de l'État islamique et du Front al-Nosra ont attaqué la ville.", 'Front al-Nosra', 'ORG/jabhat-al-nusra'],
    // A regional administration's name qualifies the force word after it, a word like "security" or
    // "special" between, and so does each acronym of a list before a force word another name holds.
    ['en', 'ISWA security forces clashed with militants near Baidoa in Somalia.', 'ISWA security forces', 'ORG/military-so'],
    ['en', 'ISWA Special Forces raided a village near Baidoa in Somalia.', 'ISWA Special Forces', 'ORG/military-so'],
    ['en', 'ISWA/SNG forces clashed with militants near Baidoa in Somalia.', 'ISWA', 'ORG/military-so'],
    ['fr', "L'Administration intérimaire du Sud-Ouest a annoncé un couvre-feu à Baidoa, en Somalie.", 'Administration intérimaire du Sud-Ouest', 'ORG/government-so'],
    // A possessive apostrophe after a plural, straight or curly, stays inside the name; an elision is none.
    ['en', 'Fighters of the Kurdistan Workers’ Party attacked a post near Van.', 'Kurdistan Workers’ Party', 'ORG/pkk'],
    ['en', "Members of the Benghazi Revolutionaries' Shoura Council shelled the port.", "Benghazi Revolutionaries' Shoura Council", 'ORG/shura-council-benghazi'],
    ['fr', 'L’armée malienne a repoussé une attaque près de Mopti, au Mali.', 'armée malienne', 'ORG/military-ml'],
    // A hyphen after an abbreviation's period ("U.S.-led") joins its words as inside one word.
    ['en', 'Air strikes by the U.S.-led coalition hit the town.', 'U.S.-led coalition', 'ORG/us-led-coalition'],
    // So does a slash glued on both sides, as in the alias ("SPLA/M-IO"); two names so joined are each matched.
    ['en', 'Clashes broke out between the army and SPLA/M-IO fighters near Yei.', 'SPLA/M-IO', 'ORG/splm-io'],
    ['fr', "Des combattants du SPLM-IO et du MODEN/FA Lumana ont manifesté à Yei.", 'MODEN/FA Lumana', 'ORG/lumana-niger'],
    ['en', 'A roadside bomb hit an AMISOM/KDF convoy near Afmadow.', 'AMISOM', 'ORG/amisom'],
    // A ministry word after a title's particle completes the title: the person is the name after it.
    ['en', 'Secretary of State Jane Doe met the president in the capital.', 'Jane Doe', 'PER/person:jane-doe'],
    ['fr', "Le secrétaire d'État Jean Dupont a rencontré le président.", 'Jean Dupont', 'PER/person:jean-dupont'],
    ['fr', 'Le ministre de la Défense Jean Dupont est arrivé.', 'Jean Dupont', 'PER/person:jean-dupont'],
    // A tie between a bare town's country (a namesake abroad) and a named group's home goes to the group's.
    ['en', 'OLA fighters attacked a police post in Lange.', 'police', 'ORG/police-et'],
    ['fr', "Des combattants de l'OLA ont attaqué un poste de police à Lange.", 'police', 'ORG/police-et'],
    ['fr', 'Des combattants du SLM/A-Nur ont affronté des soldats à Rokoro.', 'soldats', 'ORG/military-sd'],
    // A name countries also bear: a person after a title right before it, or once the article named
    // that person in full; a country after a particle or a locative word.
    ['fr', 'Le président Hollande a déclaré que la France agirait.', 'Hollande', 'PER/person:hollande'],
    ['en', 'Mr Jordan told reporters the plan had failed.', 'Jordan', 'PER/person:jordan'],
    ['fr', 'François Hollande a reçu le roi. Hollande a ensuite parlé aux journalistes.', 'Hollande', 'PER/person:francois-hollande'],
    ['en', 'Barbara Jordan arrived on Monday. Jordan said the talks had failed.', 'Jordan', 'PER/person:barbara-jordan'],
    ['fr', 'François Hollande a reçu le roi. Le roi a longtemps vécu en Hollande.', 'Hollande', 'LOC/null'],
    ["fr", "L'ambassadeur de France a quitté Damas.", 'France', 'LOC/null'],
    // A participle after a country's name is no adjective of the name (« Afrique australe » is).
    ['fr', "Une réunion sur la Libye convoquée par l'Union africaine s'est tenue.", 'Libye', 'LOC/null'],
    // A public figure's surname alone is that person (Obama, Japan; County Kerry), unless an article,
    // a place word or a particle stands before it.
    ['en', 'Kerry said the talks in Geneva would resume.', 'Kerry', 'PER/person:kerry'],
    ['fr', 'Bush, Obama et Cameron ne sont pas des dictateurs.', 'Obama', 'PER/person:obama'],
    ['en', 'The festival takes place in Kerry, in the west of Ireland.', 'Kerry', 'LOC/null'],
    ['fr', 'La Hollande a voté contre le projet.', 'Hollande', 'LOC/null'],
    ['fr', 'Le roi de Hollande a reçu le ministre.', 'Hollande', 'LOC/null'],
    // A name does not run over a line break: a photo credit above a paragraph is not its first words.
    ['fr', 'François Hollande arrive. Photo Kevin Lamarque\nMoscou appelle au calme.', 'Moscou', 'LOC/null'],
  ]
  for (const [lang, text, target, expected] of cases) {
    it(`${lang}: "${target}" in "${text.slice(0, 50)}…" is ${expected}`, () => {
      const a = analyze(text, lang)
      const m = a.mentions.filter((x) => x.text === target).at(-1)
      assert.ok(m, `no mention "${target}" among ${a.mentions.map((x) => x.text).join(' | ')}`)
      assert.equal(`${m.nerType}/${m.actorId}`, expected)
    })
  }

  it('finds no name in lower-case prose and keeps every span on its text', () => {
    const a = analyze('the talks resumed on friday after a long pause in the morning.', 'en')
    assert.deepEqual(a.mentions.filter((m) => m.form === 'name'), [])
    const b = analyze("Le général Ahmed Ben Salah a rencontré l'émissaire de l'ONU à Tripoli.", 'fr')
    for (const m of b.mentions) assert.equal(b.article.text.slice(m.start, m.end), m.text)
  })

  it('reads the force word a state actor\'s name qualifies as that country\'s force', () => {
    // [language, text, mention text, expected actor]
    const cases: [string, string, string, string][] = [
      ['en', 'Two FGS soldiers were wounded at the checkpoint.', 'FGS soldiers', 'military-so'],
      ['en', 'Gunmen attacked policemen of the Federal Government of Somalia.', 'policemen of the Federal Government of Somalia', 'police-so'],
      ['en', 'Gunmen attacked a convoy of FGS and AMISOM troops.', 'FGS', 'military-so'],
      ['fr', 'Des soldats du gouvernement fédéral somalien ont été blessés.', 'soldats du gouvernement fédéral somalien', 'military-so'],
      ['fr', 'Des hommes armés ont attaqué des policiers du gouvernement malien.', 'policiers du gouvernement malien', 'police-ml'],
    ]
    for (const [lang, text, target, expected] of cases) {
      const a = analyze(text, lang)
      const m = a.mentions.find((x) => x.text === target)
      assert.equal(m?.actorId, expected, `${target}: ${a.mentions.map((x) => `${x.text}=${x.actorId}`).join(' | ')}`)
    }
  })

  it('reads no person in a title that ends in a ministry word', () => {
    for (const [lang, text] of [
      ['en', 'The Secretary of State called for calm.'],
      ['fr', "La secrétaire d'État a appelé au calme."],
    ] as const) {
      const a = analyze(text, lang)
      assert.deepEqual(a.mentions.filter((m) => m.nerType === 'PER').map((m) => m.text), [], text)
    }
  })

  it('leaves "the army" unresolved when no country is in sight', () => {
    const a = analyze('The army said the operation was over.', 'en')
    assert.ok(a.mentions.every((m) => m.actorId === null))
  })

  it('takes the country of a country feed\'s hint when the text names none', () => {
    const hinted = (text: string, language: string, country: string) => pipeline.analyze({ input: 'test', text, language, country })
    assert.equal(hinted('Soldiers shot two farmers in a village.', 'en', 'ET').mentions.find((m) => m.text === 'Soldiers')?.actorId, 'military-et')
    assert.equal(hinted('Des soldats ont tiré sur deux paysans dans un village.', 'fr', 'ML').mentions.find((m) => m.text === 'soldats')?.actorId, 'military-ml')
    // The text outweighs the hint when it names another country more often.
    assert.equal(hinted('Soldiers in Nairobi, Kenya shot two men. Kenyan police said the Nairobi suspects had fled.', 'en', 'ET').mentions.find((m) => m.text === 'Soldiers')?.actorId, 'military-ke')
  })
})

describe('persons across a document', () => {
  // [language, text, mention text (last one), expected actorId]
  const cases: [string, string, string, string][] = [
    // A bare surname is the first person of that surname; a full name is its own person.
    ['en', 'Minister Sarah Okafor met the mayor, Daniel Okafor, on Monday. Daniel Okafor said little. Okafor later left.', 'Okafor', 'person:sarah-okafor'],
    ['en', 'Minister Sarah Okafor met the mayor, Daniel Okafor, on Monday. Later Daniel Okafor said little.', 'Daniel Okafor', 'person:daniel-okafor'],
    ['fr', "Le juge Paul Mercier a reçu l'avocate Claire Mercier. Selon Claire Mercier, l'audience est reportée.", 'Claire Mercier', 'person:claire-mercier'],
    // « l'expert » is the last person described as an expert.
    ['fr', "Richard Lemoine, expert des questions de sécurité, et Anne Carrel, experte, ont parlé. Jacques Morin, expert militaire, a conclu. L'expert a ajouté que rien n'était réglé.", 'expert', 'person:jacques-morin'],
  ]
  for (const [lang, text, target, expected] of cases) {
    it(`${lang}: "${target}" in "${text.slice(0, 50)}…" is ${expected}`, () => {
      const a = analyze(text, lang)
      const m = a.mentions.filter((x) => x.text === target).at(-1)
      assert.ok(m, `no mention "${target}" among ${a.mentions.map((x) => x.text).join(' | ')}`)
      assert.equal(m.actorId, expected)
    })
  }
})

describe('entities: a dateline before a headline', () => {
  const names = (text: string, language: string) => analyze(text, language).mentions.filter((m) => m.form === 'name').map((m) => text.slice(m.start, m.end))
  it('en: the headline word after the date is its first word, and the date names no one', () => {
    const text = 'Sun 16 Apr 2017 Death toll from Aleppo bomb attack at least 112. The death toll rose on Sunday.'
    assert.deepEqual(names(text, 'en').filter((n) => n === 'Death' || n === 'Sun' || n === 'Apr'), [])
  })
  it('fr: « Lundi 3 mars 2014 Bilan… »', () => {
    const text = 'Lundi 3 mars 2014 Bilan de l\'attaque de Gao : cinq morts. Le bilan reste provisoire.'
    assert.deepEqual(names(text, 'fr').filter((n) => n === 'Bilan' || n === 'Lundi'), [])
  })
  it('a year told as a time, not a dateline, leaves the name after it', () => {
    assert.ok(names('In 2008, Gaddafi met the envoy in Tripoli. The envoy left.', 'en').includes('Gaddafi'))
    assert.ok(names('En 2008, Kadhafi avait rencontré l\'envoyée à Tripoli. L\'envoyée est partie.', 'fr').includes('Kadhafi'))
  })
})

describe('entities: a Title Case headline', () => {
  const names = (text: string, language: string) => analyze(text, language).mentions.filter((m) => m.form === 'name').map((m) => text.slice(m.start, m.end))
  it('en: a capitalised word the article writes in lower case, in any inflected form, is no name', () => {
    const text = 'Rebels Kill 40 Injure Scores in Aleppo Province\nRebel fighters killed 40 people and injured scores of others in the province, medics said.'
    const found = names(text, 'en')
    assert.deepEqual(found.filter((n) => /Kill|Injure|Scores/.test(n)), [])
    assert.ok(found.some((n) => n.startsWith('Aleppo')), found.join(' | '))
  })
  it('en: the head noun of a headline is read as an actor, not a name', () => {
    const text = 'Army Units Kill Dozens of Terrorists in Hama\nArmy units killed dozens of terrorists on Sunday, a military source said.'
    const a = analyze(text, 'en')
    assert.deepEqual(a.mentions.filter((m) => m.form === 'name' && /Kill|Dozens|Terrorists/.test(m.text)).map((m) => m.text), [])
  })
  it('en: names and titles keep their capitals in a Title Case headline', () => {
    const text = 'President Assad Meets Envoy Samuel Okoro in Damascus\nThe president met the envoy, who said the meeting went well.'
    const found = names(text, 'en')
    assert.ok(found.some((n) => n.includes('Samuel Okoro')), found.join(' | '))
    assert.ok(found.includes('Damascus'), found.join(' | '))
  })
  it('en: the first word of a place name keeps its capital, though the article writes it in lower case', () => {
    const text = 'Gunmen Attack Shop Owners in New York\nThe gunmen fled in a new car after the attack on the shop owners, police said.'
    const found = names(text, 'en')
    assert.ok(found.includes('New York'), found.join(' | '))
  })
  it('en: prose with a capitalised word is no Title Case headline', () => {
    const text = 'The rebels said the Security Council would meet. The council met in New York.'
    assert.ok(names(text, 'en').some((n) => n.includes('Security Council')))
  })
  it('fr: French writes headlines in sentence case; its capitals keep their meaning', () => {
    const text = 'Le Général Dupont reçoit les États Membres à Bamako\nLe général a reçu les délégations des états membres.'
    assert.ok(names(text, 'fr').some((n) => n.includes('États Membres')), names(text, 'fr').join(' | '))
  })
})

describe('entities: a possessive that lost its apostrophe', () => {
  // A country's or a large place's name with the possessive's "s" ends the name before it and is no name itself.
  const names = (text: string, language: string) => analyze(text, language).mentions.filter((m) => m.form === 'name').map((m) => text.slice(m.start, m.end))
  it('en: "Nairobi Kenyas capital", "Kenyas army" are no names of their own', () => {
    assert.deepEqual(names('Fighting resumed in Nairobi Kenyas capital on Monday.', 'en'), ['Nairobi'])
    assert.deepEqual(names('Kenyas army shelled a village near Marsabit on Monday.', 'en'), ['Marsabit'])
    assert.deepEqual(names('Gunmen attacked a market in Iraqs Basra province.', 'en'), ['Basra'])
    // Nor does a particle join it to the name before ("the Minister of Kenyas …").
    assert.deepEqual(names('The Minister of Kenyas cabinet resigned on Monday in Nairobi.', 'en'), ['Nairobi'])
  })
  it('en: a public figure\'s surname with the "s" ends the name; after a given name it is the name\'s end', () => {
    // Alone it names the figure, as "Putin's" does: the surname, no place ("Assads" is a Moroccan town's name).
    assert.deepEqual(names('Fighters loyal to Putins government shelled Homs.', 'en'), ['Putin', 'Homs'])
    assert.deepEqual(names('Opposition to Assads rule grew in Homs.', 'en'), ['Assad', 'Homs'])
    assert.equal(analyze('Opposition to Assads rule grew in Homs.', 'en').mentions.find((m) => m.start === 14)?.kind, 'person')
    assert.deepEqual(names('President Bashar Assads forces shelled Homs.', 'en'), ['Bashar Assad', 'Homs'])
    assert.deepEqual(names('A truce between Bashar al Assads regime and the rebels held in Homs.', 'en'), ['Bashar al Assad', 'Homs'])
    // A figure's surname itself, and a name that only starts like one, stay.
    assert.deepEqual(names('Troops loyal to Assad shelled Homs.', 'en'), ['Assad', 'Homs'])
  })
  it('en: a name that is a place or a first name itself stays ("Texas", "Frances")', () => {
    assert.deepEqual(names('Frances Harrison met the mayor of Nairobi.', 'en'), ['Frances Harrison', 'Nairobi'])
    assert.deepEqual(names('The Texas governor met the mayor of Nairobi.', 'en'), ['Texas', 'Nairobi'])
  })
  it('fr: French has no such possessive', () => {
    assert.deepEqual(names('Le chanteur Pedro Russias a chanté à Damas.', 'fr'), ['Pedro Russias', 'Damas'])
  })
})
