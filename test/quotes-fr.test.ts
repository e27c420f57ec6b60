/**
 * French statements suite: wire-style sentences written for this repository, each with the
 * statements it must yield (kind, cue lemma, speaker name, content text) or none at all.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createQuotesAnnotator } from '../src/annotators/quotes/index.js'
import { createPipeline } from '../src/pipeline/pipeline.js'

type Expected = [kind: string, lemma: string | null, speaker: string | null, content: string]

const pipeline = createPipeline([createQuotesAnnotator()])

export function statementsOf(text: string, language: string): Expected[] {
  const a = pipeline.analyze({ input: 'test', text, language })
  return a.statements.map((s) => [s.kind, s.cue?.lemma ?? null, s.speaker?.name ?? null, text.slice(s.content.start, s.content.end)])
}

const CASES: [string, Expected[]][] = [
  // Indirect speech with « que »
  ['Le ministre de la Défense a déclaré que les troupes resteraient sur place.', [['indirect', 'déclarer', null, 'que les troupes resteraient sur place']]],
  ['Jean Dupont affirme que la trêve sera respectée.', [['indirect', 'affirmer', 'Jean Dupont', 'que la trêve sera respectée']]],
  ['Marie Curval estime que le scrutin a été truqué.', [['indirect', 'estimer', 'Marie Curval', 'que le scrutin a été truqué']]],
  ['Le porte-parole a indiqué que trois soldats avaient été blessés.', [['indirect', 'indiquer', null, 'que trois soldats avaient été blessés']]],
  ["Paul Martin a précisé qu'aucune victime n'était à déplorer.", [['indirect', 'préciser', 'Paul Martin', "qu'aucune victime n'était à déplorer"]]],
  ['Le Kremlin a annoncé que les négociations reprendraient lundi.', [['indirect', 'annoncer', 'Kremlin', 'que les négociations reprendraient lundi']]],
  ["Ahmed Benali a souligné que l'aide humanitaire n'arrivait plus.", [['indirect', 'souligner', 'Ahmed Benali', "que l'aide humanitaire n'arrivait plus"]]],
  ['Claire Moreau assure que son parti soutiendra le texte.', [['indirect', 'assurer', 'Claire Moreau', 'que son parti soutiendra le texte']]],
  ["Le gouvernement a démenti que des civils aient été visés.", [['indirect', 'démentir', 'gouvernement', 'que des civils aient été visés']]],
  ['Pierre Lenoir explique que la ville est encerclée depuis mardi.', [['indirect', 'expliquer', 'Pierre Lenoir', 'que la ville est encerclée depuis mardi']]],
  ["Sophie Leclerc a ajouté que l'enquête se poursuivait.", [['indirect', 'ajouter', 'Sophie Leclerc', "que l'enquête se poursuivait"]]],
  ['Le rapport conclut que les frappes ont touché un hôpital.', [['indirect', 'conclure', 'rapport', 'que les frappes ont touché un hôpital']]],
  ["Karim Haddad est d'avis que le conflit durera des années.", [['indirect', "être d'avis", 'Karim Haddad', 'que le conflit durera des années']]],
  ['Luc Bernard a dit que la frontière serait rouverte.', [['indirect', 'dire', 'Luc Bernard', 'que la frontière serait rouverte']]],
  ["Anne Roux a également affirmé que l'accord tenait.", [['indirect', 'affirmer', 'Anne Roux', "que l'accord tenait"]]],
  ["L'ONU a averti que la famine menaçait deux millions de personnes.", [['indirect', 'avertir', 'ONU', 'que la famine menaçait deux millions de personnes']]],
  ['Le ministre a déclaré à la presse que le couvre-feu serait levé.', [['indirect', 'déclarer', null, 'que le couvre-feu serait levé']]],
  // Appositions and roles
  ['Richard Morel, chercheur au CNRS, estime que la crise va durer.', [['indirect', 'estimer', 'Richard Morel', 'que la crise va durer']]],
  ['Le chef de la diplomatie, Jean Fabre, a affirmé que Paris restait prudent.', [['indirect', 'affirmer', 'Jean Fabre', 'que Paris restait prudent']]],
  ["Nadia Karim, porte-parole de l'ONG, a indiqué que les convois étaient bloqués.", [['indirect', 'indiquer', 'Nadia Karim', 'que les convois étaient bloqués']]],
  // According-to markers
  ['Selon le ministère, les combats ont fait dix morts.', [['indirect', 'selon', 'ministère', 'les combats ont fait dix morts']]],
  ["D'après Jean Dupont, la ville est tombée.", [['indirect', "d'après", 'Jean Dupont', 'la ville est tombée']]],
  ['Les combats ont fait dix morts, selon une ONG locale.', [['indirect', 'selon', null, 'Les combats ont fait dix morts']]],
  ['Pour Marc Lévy, cette décision est une erreur.', [['indirect', 'pour', 'Marc Lévy', 'cette décision est une erreur']]],
  ["Selon Rami Haddad, président de l'observatoire, onze chars se sont retirés.", [['indirect', 'selon', 'Rami Haddad', 'onze chars se sont retirés']]],
  ['Le ministre a reçu la demande de la Turquie.', []],
  ['« Nous ne céderons pas », explique Jean Dupont, chercheur au CNRS.', [['direct', 'expliquer', 'Jean Dupont', '« Nous ne céderons pas »']]],
  ["Marc Petit nous a dit que l'armée reculait.", [['indirect', 'dire', 'Marc Petit', "que l'armée reculait"]]],
  ['Il est venu pour nous dire que tout allait bien.', []],
  ['Les frappes ont repris, selon des sources militaires.', [['indirect', 'selon', null, 'Les frappes ont repris']]],
  // Inverted and post-posed cues
  ['La situation est grave, a déclaré le ministre.', [['indirect', 'déclarer', null, 'La situation est grave']]],
  ['La trêve tiendra, a-t-il assuré.', [['indirect', 'assurer', null, 'La trêve tiendra']]],
  ['Les négociations avancent, a indiqué Marc Petit.', [['indirect', 'indiquer', 'Marc Petit', 'Les négociations avancent']]],
  ['Nous ne céderons pas, a affirmé la présidente.', [['indirect', 'affirmer', null, 'Nous ne céderons pas']]],
  ['« Nous ne céderons pas », a déclaré Jean Dupont.', [['direct', 'déclarer', 'Jean Dupont', '« Nous ne céderons pas »']]],
  ['« La ville est tombée », a-t-elle ajouté.', [['direct', 'ajouter', null, '« La ville est tombée »']]],
  ['« Rien ne justifie cette attaque », dit-il.', [['direct', 'dire', null, '« Rien ne justifie cette attaque »']]],
  ['« Nous avons repris le contrôle du pont », a annoncé le porte-parole de l\'armée.', [['direct', 'annoncer', null, '« Nous avons repris le contrôle du pont »']]],
  // Direct quotations
  ['Jean Dupont a déclaré : « Nous ne négocierons pas. »', [['direct', 'déclarer', 'Jean Dupont', '« Nous ne négocierons pas. »']]],
  ['Le ministre explique que « la situation reste tendue ».', [['direct', 'expliquer', null, 'que « la situation reste tendue »']]],
  ['Marie Curval a dit : « Nous partirons demain. »', [['direct', 'dire', 'Marie Curval', '« Nous partirons demain. »']]],
  ['Paul Martin a lancé : « Ce sera long. »', [['direct', 'lancer', 'Paul Martin', '« Ce sera long. »']]],
  // Mixed: partial quotes inside indirect speech
  ['Jean Dupont estime que cette défaite est « un cinglant revers » pour Damas.', [['mixed', 'estimer', 'Jean Dupont', 'que cette défaite est « un cinglant revers » pour Damas']]],
  ['Selon Anne Roux, il s\'agit d\'une « erreur historique ».', [['mixed', 'selon', 'Anne Roux', 'il s\'agit d\'une « erreur historique »']]],
  // Pronouns and definite descriptions resolved to the last speaker
  ['Paul Martin, expert en sécurité, estime que la trêve est fragile. Il ajoute que les deux camps se réarment.', [
    ['indirect', 'estimer', 'Paul Martin', 'que la trêve est fragile'],
    ['indirect', 'ajouter', 'Paul Martin', 'que les deux camps se réarment'],
  ]],
  ["Karim Haddad, analyste politique, juge que l'accord est mort. L'analyste précise que Moscou s'y oppose.", [
    ['indirect', 'juger', 'Karim Haddad', "que l'accord est mort"],
    ['indirect', 'préciser', 'Karim Haddad', "que Moscou s'y oppose"],
  ]],
  ['Claire Moreau a rappelé que le vote aurait lieu en mars. Selon elle, le résultat est incertain.', [
    ['indirect', 'rappeler', 'Claire Moreau', 'que le vote aurait lieu en mars'],
    ['indirect', 'selon', 'Claire Moreau', 'le résultat est incertain'],
  ]],
  ["Marc Petit a affirmé que l'armée avançait. M. Petit a ajouté que la ville serait reprise.", [
    ['indirect', 'affirmer', 'Marc Petit', "que l'armée avançait"],
    ['indirect', 'ajouter', 'Marc Petit', 'que la ville serait reprise'],
  ]],
  ['Anne Roux juge que la réforme échouera. Et de conclure que le gouvernement devra reculer.', [
    ['indirect', 'juger', 'Anne Roux', 'que la réforme échouera'],
    ['indirect', 'conclure', 'Anne Roux', 'que le gouvernement devra reculer'],
  ]],
  // Block quote after a colon: one mixed statement
  ["D'après Jean Dupont, la situation est claire :\n« Les rebelles ont perdu la bataille. »", [['mixed', "d'après", 'Jean Dupont', 'la situation est claire :\n« Les rebelles ont perdu la bataille. »']]],
  // No statement: scare quotes, set phrases, negation, non-reporting uses
  ['Les « rebelles » contrôlent le nord du pays.', []],
  ['Les forces de ce que Damas appelle les « terroristes » ont reculé.', []],
  ["L'opposition modérée, comme ils disent, a perdu Alep.", []],
  ["Le ministre n'a pas dit que la ville était tombée.", []],
  ['Les habitants ont fui la ville pendant la nuit.', []],
  ['Pour la première fois, les convois sont entrés dans la ville.', []],
  ['Le président a signé le décret mardi.', []],
  ['Trois soldats ont été tués dans une embuscade près de la frontière.', []],
  ['Selon', []],
  ['La ville, selon toute vraisemblance', []],
]

describe('French statements', () => {
  it('has at least 50 sentences', () => assert.ok(CASES.length >= 50, `${CASES.length} cases`))
  for (const [text, expected] of CASES) {
    it(text.replace(/\n/gu, ' ').slice(0, 90), () => {
      assert.deepEqual(statementsOf(text, 'fr'), expected)
    })
  }
})
