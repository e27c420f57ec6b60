import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { fetchUrl, isPrivateAddress } from './fetch.js'

describe('isPrivateAddress', () => {
  const cases: [string, boolean][] = [
    ['127.0.0.1', true], ['10.1.2.3', true], ['172.16.0.1', true], ['172.32.0.1', false], ['192.168.1.1', true],
    ['169.254.169.254', true], ['100.64.0.1', true], ['0.0.0.0', true], ['8.8.8.8', false], ['93.184.216.34', false],
    ['::1', true], ['fe80::1', true], ['fd00::1', true], ['::ffff:127.0.0.1', true], ['2606:4700::1111', false], ['not-an-ip', true],
  ]
  for (const [ip, expected] of cases) it(ip, () => assert.equal(isPrivateAddress(ip), expected))
})

describe('fetchUrl refuses before connecting', () => {
  const cases: [string, RegExp][] = [
    ['http://127.0.0.1:9/feed.xml', /private, loopback or link-local.*--allow-private/],
    ['http://[::1]/', /private, loopback or link-local/],
    ['http://169.254.169.254/latest/meta-data/', /private, loopback or link-local/],
    ['ftp://example.org/x', /only http and https/],
    ['http://', /not a valid URL/],
  ]
  for (const [url, re] of cases) it(url, async () => assert.rejects(fetchUrl(url), re))
})
