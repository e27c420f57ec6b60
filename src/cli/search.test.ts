import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { analyse, eventAt, placeAt } from '../store/fixtures.js'
import type { ArticleHit, MergedEvent, StatementHit } from '../store/store.js'
import { articleRow, eventRow, statementRow, WIDTH } from './search.js'

const long = (word: string) => Array.from({ length: 30 }, (_, i) => `${word}${i}`).join(' ')

const article: ArticleHit = {
  id: '0123456789abcdef', title: `Les forces gouvernementales reprennent le contrôle de ${long('quartier')}`, published: '2016-12-13', language: 'fr',
  source: 'Agence de presse régionale du Nord', url: null, storyId: '0123456789abcdef', events: 3, statements: 1, snippet: `… ${long('texte')} …`,
}
const a = analyse('Army artillery shelled Homs overnight, residents said, and heavy fire hit the old city.')
const homs = placeAt(a, 'Homs', { lat: 34.7308, lon: 36.7094, country: 'SY', admin1: 'Homs' })
const event = eventAt(a, 'shelled Homs', { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', date: '2016-12-20', place: homs, actor1: 'Military Forces of Syria (2000-)', actor2: `Civilians (Syria) ${long('x')}` })
const merged: MergedEvent = { id: 'ev-12345', event, sourceCount: 2, sources: ['X', 'Y'], evidence: [{ articleId: a.article.id, span: event.evidence[0]!, text: long('evidence') }] }
const statement: StatementHit = {
  articleId: '0123456789abcdef', title: null, published: null, source: null, kind: 'indirect', speaker: 'le porte-parole du ministère des Affaires étrangères de la République', cue: null,
  content: long('déclaration'), start: 0, end: 10,
}

describe('search tables', () => {
  it('keeps the matched word of a snippet in view', () => {
    const snippet = `…${long('avant')} le Conseil de «sécurité» se réunira mercredi à New York pour en débattre…`
    const line = articleRow({ ...article, snippet })[2]!
    assert.ok(line.length <= WIDTH, line)
    assert.match(line, /^ {4}….* le Conseil de «sécurité» se réunira/)
  })

  const rows: [string, string[], RegExp][] = [
    ['article', articleRow(article), /^2016-12-13 {2}fr {2}Les forces gouvernementales .*…\n {4}Agence de presse régionale du N… · 3 events · 1 statement · 0123456789abcdef\n {4}… texte0 /],
    ['event', eventRow(merged), /^2016-12-20 {2}Shelling\/artillery\/missile attack — Homs \(SY\) · 2 sources · ev-12345\n {4}Military Forces of Syria \(2000-\) vs Civilians \(Syria\) x0 .*…\n {4}« evidence0 .*… »$/],
    ['statement', statementRow(statement), /^---------- {2}le porte-parole du ministère des Affa… \(indirect\) · 0123456789abcdef\n {4}« déclaration0 .*… »$/],
  ]
  for (const [name, lines, expected] of rows) {
    it(`prints ${name === 'event' ? 'an' : 'a'} ${name} in lines of at most ${WIDTH} characters`, () => {
      for (const l of lines) assert.ok(l.length <= WIDTH, `${l.length}: ${l}`)
      assert.match(lines.join('\n'), expected)
    })
  }
})
