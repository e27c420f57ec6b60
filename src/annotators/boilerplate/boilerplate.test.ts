import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findParagraphs } from '../segment/paragraphs.js'
import { findBoilerplate } from './index.js'
import { furnitureRuns, isFurnitureLine, isTeaserLine, sandwiched } from './runs.js'

/** Lines of an invented page → the reason given to each line ('' when kept). */
function reasons(lines: string[], lang: string): string[] {
  const text = lines.join('\n')
  const paragraphs = findParagraphs(text).map((p) => ({ ...p, language: lang }))
  assert.equal(paragraphs.length, lines.length, 'one paragraph per line')
  const removed = findBoilerplate(text, paragraphs, lang)
  return paragraphs.map((p) => removed.find((r) => r.start === p.start)?.reason ?? '')
}

const article = [
  "Le conseil municipal a voté mardi soir le budget de l'année prochaine, après trois heures de débat.",
  "La maire a défendu une hausse des dépenses d'entretien des écoles, jugée « indispensable » par son adjoint.",
  "L'opposition a dénoncé un budget « sans ambition » et a voté contre, comme l'an dernier.",
]

describe('isFurnitureLine', () => {
  const cases: [string, boolean][] = [
    ['Accueil', true],
    ['Économie', true],
    ['Les forums du site', true],
    ['Le maire a démissionné.', false],
    ['« Nous resterons », a-t-il dit »', false],
    ['Un titre de douze mots qui ne finit pas par un point du tout ici', false],
    ['', false],
  ]
  for (const [line, expected] of cases) it(JSON.stringify(line), () => assert.equal(isFurnitureLine(line), expected))
})

describe('furnitureRuns and sandwiched', () => {
  const spans = (lens: number[]) => {
    let at = 0
    return lens.map((n) => ({ start: at, end: (at += n + 1) - 1 }))
  }
  it('takes runs of three short lines, not one or two', () => {
    const lines = ['Accueil', 'Monde', 'Sport', 'Le maire a parlé longuement hier soir.', 'Un intertitre', 'La suite du texte est ici.']
    const text = lines.join('\n')
    assert.deepEqual(furnitureRuns(text, spans(lines.map((l) => l.length)), new Set()), [0, 1, 2])
  })
  it('takes short kept lines between removed ones, not long ones', () => {
    assert.deepEqual(sandwiched(spans([10, 40, 10, 500, 10]), new Set([0, 2, 4])), [1])
  })
})

describe('findBoilerplate (French)', () => {
  it('keeps a plain article whole', () => assert.deepEqual(reasons(article, 'fr'), ['', '', '']))

  it('removes a site menu above the article but keeps the headline', () => {
    const got = reasons(['Accueil', 'Politique', 'Économie', 'Sport', 'Culture', 'Budget : la ville vote la hausse', ...article], 'fr')
    assert.deepEqual(got, ['navigation', 'navigation', 'navigation', 'navigation', 'navigation', '', '', '', ''])
  })

  it('removes tool bars, legal lines and the comment tail after the article', () => {
    const got = reasons([...article, 'Agrandir le texte', 'Imprimer', 'Commentaires', "Quel scandale, encore des impôts pour rien, comme d'habitude !", 'Mentions légales'], 'fr')
    assert.deepEqual(got, ['', '', '', 'navigation', 'navigation', 'page-tail', 'page-tail', 'legal'])
  })

  it('does not take a tail heading in the middle of a long article', () => {
    const got = reasons([article[0]!, 'Commentaires', ...article, ...article], 'fr')
    assert.deepEqual(got, ['', '', '', '', '', '', '', ''])
  })

  it('removes promotion, cross-links and comment-form lines', () => {
    const got = reasons([...article, 'Lire aussi : La ville refait ses écoles', 'Suivez-nous sur Facebook et Twitter', 'Le titre du commentaire est obligatoire'], 'fr')
    assert.deepEqual(got, ['', '', '', 'cross-link', 'promotion', 'comments'])
  })
  it('removes calls for donations, keeps a donation told as news', () => {
    const got = reasons([...article, 'Ce site ne peut exister sans votre soutien financier.', 'Aidez-nous par un don', 'Le Qatar a fait un don de 10 millions de dollars à la ville.', '« Aidez-nous, ils bombardent nos maisons », crie une femme.'], 'fr')
    assert.deepEqual(got, ['', '', '', 'promotion', 'promotion', '', ''])
  })
})

describe('teaser lists: other articles\' headlines around the article', () => {
  // Invented headlines, the shape of a scraped page's "most read" block.
  const frTeasers = [
    'Une enseigne annonce la fermeture de douze magasins en province',
    'Pourquoi les hérissons disparaissent-ils de nos jardins ?',
    '« Les jeunes ne peuvent pas attendre une année de plus »',
    "Épidémie : comment le couvre-feu a évité des milliers de morts",
    'Cinq recettes pour accommoder les restes de la semaine',
    'Un acteur accusé de plagiat par deux écrivains',
  ]
  const enTeasers = [
    'Retailer to close twelve stores across the region',
    'Why are hedgehogs vanishing from our gardens?',
    '"Young people cannot wait another year"',
    'Pandemic: how the curfew saved thousands of lives',
    'Five recipes for the week’s leftovers',
    'Actor accused of plagiarism by two writers',
  ]
  it('fr: removes a run of five or more headlines, keeps the article\'s own headline before its lead', () => {
    const got = reasons([...frTeasers, 'Budget : la ville vote la hausse', ...article], 'fr')
    assert.deepEqual(got, [...frTeasers.map(() => 'navigation'), '', '', '', ''])
  })
  it('en: removes a run of five or more headlines, keeps the article\'s own headline before its lead', () => {
    const en = ['The city council approved next year’s budget on Tuesday night after a three-hour debate.', 'The mayor defended higher spending on school repairs, which her deputy called essential.']
    const got = reasons([...enTeasers, 'Council votes budget rise', ...en], 'en')
    assert.deepEqual(got, [...enTeasers.map(() => 'navigation'), '', '', ''])
  })
  it('keeps four headline-shaped lines, wrapped prose and lines that open a quotation', () => {
    assert.deepEqual(reasons([...frTeasers.slice(0, 4), ...article], 'fr'), ['', '', '', '', '', '', ''])
    const wrapped = ['Le conseil municipal a voté mardi soir le budget de l\'année prochaine, après', 'trois heures de débat et une longue suspension de séance demandée par', 'l\'opposition. La maire a défendu une hausse des dépenses d\'entretien des', 'écoles, jugée indispensable par son adjoint chargé des finances et par', 'les parents d\'élèves, venus nombreux assister à la séance du conseil', 'municipal, qui a duré jusqu\'à minuit passé.']
    assert.deepEqual(reasons(wrapped, 'fr'), ['', '', '', '', '', ''])
    const voices = ['Une habitante écrit :', 'Nous sommes enfin libres de parler !', 'Un étudiant répond :', 'Personne ne nous fera taire !', 'Une militante ajoute :', 'La peur a changé de camp !']
    assert.deepEqual(reasons(voices, 'fr'), ['', '', '', '', '', ''])
  })
  it('keeps headline-shaped entries in the middle of the text: a live report\'s, not a list at the page\'s edge', () => {
    const live = ["La police donne l'assaut au campement installé depuis six semaines sur la place", 'Les autorités font état de sept morts et de dizaines de blessés dans la matinée', "Des églises attaquées et incendiées dans plusieurs villes du sud du pays selon les habitants", "L'armée progresse vers la mosquée où se sont retranchés les derniers manifestants", "Les trains à l'arrêt dans toute la capitale jusqu'à nouvel ordre, annonce le ministère"]
    assert.deepEqual(reasons([article[0]!, ...live, article[1]!], 'fr'), ['', '', '', '', '', '', ''])
  })
  it('isTeaserLine', () => {
    assert.equal(isTeaserLine('Pourquoi les hérissons disparaissent-ils de nos jardins ?'), true)
    assert.equal(isTeaserLine('Le maire a démissionné.'), false)
    assert.equal(isTeaserLine('« Nous resterons », a-t-il dit.»'), false)
    assert.equal(isTeaserLine('le budget de l\'année prochaine, après trois heures'), false)
    assert.equal(isTeaserLine('Un habitant écrit :'), false)
  })
})

describe('findBoilerplate (English)', () => {
  const en = [
    'The city council approved next year’s budget on Tuesday night after a three-hour debate.',
    'The mayor defended higher spending on school repairs, which her deputy called essential.',
    'The opposition called the budget unambitious and voted against it, as it did last year.',
  ]
  it('keeps a plain article whole', () => assert.deepEqual(reasons(en, 'en'), ['', '', '']))
  it('removes the tail after a "You may also like" heading', () => {
    assert.deepEqual(reasons([...en, 'You may also like', 'Ten things about budgets you did not know.'], 'en'), ['', '', '', 'page-tail', 'page-tail'])
  })
  it('removes legal and tool lines', () => {
    assert.deepEqual(reasons([...en, 'Privacy Policy', 'Terms of Use'], 'en'), ['', '', '', 'legal', 'legal'])
  })
  it('removes calls for donations, keeps a donation told as news', () => {
    assert.deepEqual(reasons([...en, 'This site cannot exist without your support.', 'Donate now', 'Support our journalism', 'Qatar made a donation of $10 million to the city.', '"Help us, they are shelling our homes," a woman cried.'], 'en'), ['', '', '', 'promotion', 'promotion', 'promotion', '', ''])
  })
})

/** The tag lists removed inside the invented paragraph `text`, as the removed text. */
function tagLists(text: string, lang: string): string[] {
  const paragraphs = findParagraphs(text).map((p) => ({ ...p, language: lang }))
  return findBoilerplate(text, paragraphs, lang).filter((r) => r.reason === 'tags').map((r) => text.slice(r.start, r.end))
}

describe('tag lists glued into a paragraph (invented pages)', () => {
  const cases: [string, string, string[]][] = [
    // Before the lead: the lead starts at a determiner, a quantifier or a number written with a capital.
    ['en', 'Rebels said the town had fallen. Tags Ruritania Northport Border Guards Car Bomb A car bomb exploded near the harbour on Monday.', ['Tags Ruritania Northport Border Guards Car Bomb']],
    ['en', 'Tags Ruritania Northport shelling human rights At least nine people were killed in the port.', ['Tags Ruritania Northport shelling human rights']],
    ['en', 'Tags Ruritania Northport 14 houses burned in the night.', ['Tags Ruritania Northport']],
    // No opener: the lead starts at the last capital before its first verb or function word.
    ['en', 'Tags Ruritania Northport Border Guards Ruritanian troops shelled the port overnight.', ['Tags Ruritania Northport Border Guards']],
    // A period or the paragraph's end closes the list; names keep their function words.
    ['en', 'Tags Ruritania curfew sniper fire. A boy was wounded.', ['Tags Ruritania curfew sniper fire.']],
    ['en', 'The ministry gave no toll. Tags shelling Northport Union for Peace Ruritania Comment via Facebook', ['Tags shelling Northport Union for Peace Ruritania Comment via Facebook']],
    ['en', '(NORTHPORT - Tags: POLITICS CIVIL UNREST) The port was calm.', ['Tags: POLITICS CIVIL UNREST']],
    // Not a tag list: a sentence about tags, a lower-case "tags", a label with nothing after it.
    ['en', 'Tags were found on the birds ringed last spring.', []],
    ['en', 'Price tags Ruritania rose last year.', []],
    ['en', 'Tags', []],
    ['fr', 'Le bilan reste provisoire. Mots-clés : Ruritanie, Port-Nord, Observatoire ruritanien des droits de l\'homme Au moins neuf personnes ont été tuées lundi.', ['Mots-clés : Ruritanie, Port-Nord, Observatoire ruritanien des droits de l\'homme']],
    ['fr', 'Mots-clés Ruritanie Port-Nord bombardements L\'armée a pilonné le port dans la nuit.', ['Mots-clés Ruritanie Port-Nord bombardements']],
    ['fr', 'Tags Ruritanie Port-Nord garde-frontières Des tirs ont visé le port.', ['Tags Ruritanie Port-Nord garde-frontières']],
    ['fr', 'Les mots-clés de la recherche ont changé.', []],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text.slice(0, 60)}`, () => assert.deepEqual(tagLists(text, lang), expected))

  it('leaves the rest of the paragraph to the segmenter, and other paragraphs alone', () => {
    const text = 'Tags Ruritania Northport A car bomb exploded near the harbour.\nTags were found on the birds.'
    const paragraphs = findParagraphs(text).map((p) => ({ ...p, language: 'en' }))
    assert.deepEqual(findBoilerplate(text, paragraphs, 'en'), [{ start: 0, end: 24, reason: 'tags', rule: 'tags en/boilerplate/tags.tsv:14' }])
  })
})

/** The headline lists removed inside the invented paragraph `text`, as the removed text. */
function relatedLists(text: string, lang: string): string[] {
  const paragraphs = findParagraphs(text).map((p) => ({ ...p, language: lang }))
  return findBoilerplate(text, paragraphs, lang).filter((r) => r.rule?.startsWith('related ') === true).map((r) => text.slice(r.start, r.end))
}

const body = 'The ministry said the port had been closed since Monday and that ships were waiting offshore. Traders said prices of flour and fuel had doubled in a week, and the council asked for help. '

describe('lists of other articles\' headlines glued into a paragraph (invented pages)', () => {
  const cases: [string, string, string[]][] = [
    // Before the lead: the lead starts at a capitalised opener that lower-case words follow.
    ['en', 'Storm hits Northport Views 12 Related Ruritania lifts fuel curfew in the north Border talks stall again in Eastport A car bomb exploded near the harbour on Monday, police said.', ['Related Ruritania lifts fuel curfew in the north Border talks stall again in Eastport']],
    ['en', 'Read more here Northport mayor resigns over port deal The council met on Tuesday to choose a successor.', ['Read more here Northport mayor resigns over port deal']],
    // A Title Case headline's "At Least" is no lead; a separator opens the next headline.
    ['en', 'Related Blast In Northport Leaves At Least 9 Dead Ruritanian Army Retakes Border Post At least nine people were killed in the port.', ['Related Blast In Northport Leaves At Least 9 Dead Ruritanian Army Retakes Border Post']],
    ['en', 'Related Northport port reopens | The long road home | Border talks stall In a statement, the ministry said the port was calm.', ['Related Northport port reopens | The long road home | Border talks stall']],
    // In the page's tail, a list runs to the end, questions and all.
    ['en', `${body}${body}Source agencies Related News Northport port reopens | Border talks stall Will the ferries run again? Category News Ruritania votes Privacy Policy Cookie Policy`, ['Related News Northport port reopens | Border talks stall Will the ferries run again? Category News Ruritania votes Privacy Policy Cookie Policy']],
    // … up to a tag list.
    ['en', `${body}Related Ruritania Lifts Fuel Curfew Border Talks Stall in Eastport Tags Ruritania Northport`, ['Related Ruritania Lifts Fuel Curfew Border Talks Stall in Eastport']],
    // Not a list: prose reached before any lead (a period), a heading before a lower-case word,
    // "Read also" in the tail before prose, a list's heading in the tail before prose that ends a sentence.
    ['en', 'Read also Port strike enters third week Outside Northport meanwhile two ships were turned back.', []],
    ['en', 'Related fighting killed two more people in Eastport on Monday.', []],
    ['en', `${body}${body}Read also Port strike enters third week Outside Northport two ships were turned back. Read Also`, []],
    ['en', `${body}${body}Related Coverage Port strike enters third week Ships wait Port officials said two ships were turned back.`, []],
    ['fr', 'Le port est fermé. Lire aussi Le maire de Port-Nord démissionne Au moins neuf personnes ont été tuées lundi dans le port.', ['Lire aussi Le maire de Port-Nord démissionne']],
    ['fr', 'A lire aussi : La longue route des réfugiés Les navires attendent au large depuis lundi.', ['A lire aussi : La longue route des réfugiés']],
    ['fr', 'Voir aussi la page du ministère, qui donne les horaires.', []],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text.slice(0, 60)}`, () => assert.deepEqual(relatedLists(text, lang), expected))
})
