// Worker entry: registers tsx's loader in this thread (loader hooks are per thread), then loads the
// TypeScript worker, so ingest runs from a clone with no build step, like bin/sitrep.js.
import { register } from 'tsx/esm/api'

register()
await import('./worker.ts')
