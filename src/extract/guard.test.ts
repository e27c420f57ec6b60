import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { nestingDepth, withDocumentShell } from './guard.js'

describe('nestingDepth', () => {
  const cases: [string, number][] = [
    ['<div><div><span>x</span></div></div>', 3],
    ['<p>a<p>b<p>c', 0],
    ['<ul><li>a<li>b</ul>', 1],
    ['<div><br><img src=x><hr/></div>', 1],
    ['<script>if (a < b) { "<div><div><div>" }</script><div></div>', 1],
    ['<div', 0],
    ['</div></div><div>', 1],
  ]
  for (const [html, depth] of cases) it(html, () => assert.equal(nestingDepth(html), depth))

  it('stays linear on a huge unterminated tag soup', () => {
    const soup = '<a href="x" '.repeat(200_000)
    const t = performance.now()
    nestingDepth(soup)
    assert.ok(performance.now() - t < 2000)
  })
})

describe('withDocumentShell', () => {
  const cases: [string, string][] = [
    ['<p>x</p>', '<!doctype html><html><body><p>x</p></body></html>'],
    ['<head><title>t</title></head><p>x</p>', '<!doctype html><html><head><title>t</title></head><body><p>x</p></body></html>'],
    ['<html lang="fr"><p>x</p></html>', '<html lang="fr"><body><p>x</p></html></body>'],
    ['<html><body><p>x</p></body></html>', '<html><body><p>x</p></body></html>'],
    ['<b>Warning</b>: db down<br>\n<!DOCTYPE html><html><body><p>x</p></body></html>', '<!DOCTYPE html><html><body><p>x</p></body></html>'],
  ]
  for (const [html, expected] of cases) it(html, () => assert.equal(withDocumentShell(html), expected))
})
