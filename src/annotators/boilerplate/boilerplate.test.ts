import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findParagraphs } from '../segment/paragraphs.js'
import { findBoilerplate } from './index.js'
import { furnitureRuns, isFurnitureLine, sandwiched } from './runs.js'

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
})
