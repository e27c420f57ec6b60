#!/usr/bin/env -S node --no-regexp-tier-up
// Runs the TypeScript sources directly through tsx's loader, so a clone needs no build step.
// --no-regexp-tier-up: V8 stops optimising regexes once a process has generated about 1 MB of regex
// code, and the resource regexes are several; compiled at once, every one stays optimised (same
// results, about 9 % less CPU per article on ingest; docs/quality.md, issue 8). A V8 flag can only be
// given when the process starts (set from the code, it crashed the CLI), hence here and in the npm
// scripts; `node bin/sitrep.js` without it works the same, a little slower.
import { register } from 'tsx/esm/api'

register()
await import('../src/cli/main.ts')
