/**
 * The pool's worker as one plain ES module, built once with esbuild (tsx's own compiler) into
 * `.cache/ingest-worker/<hash>.mjs`, keyed by a hash of every source file: a worker then loads one
 * file instead of registering tsx's loader and resolving and compiling some two hundred modules
 * through it (about 0.6 s of CPU per worker). Each module keeps its own `import.meta.url`, so files
 * found next to a module (resources, caches) are found as before. When esbuild is not there or the
 * build fails, workers start through tsx (`worker-boot.mjs`), as they always did.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { asideName } from '../kb/cache-file.js'

const SRC_DIR = join(dirname(fileURLToPath(import.meta.url)), '..')
const CACHE_DIR = join(SRC_DIR, '..', '.cache', 'ingest-worker')
const FALLBACK = new URL('./worker-boot.mjs', import.meta.url)

let entry: Promise<URL> | null = null

/** The URL a pool worker starts from: the built bundle, else the tsx boot file. */
export function workerEntry(): Promise<URL> {
  entry ??= bundle().catch(() => FALLBACK)
  return entry
}

async function bundle(): Promise<URL> {
  if (process.env.SITREP_WORKER_TSX) return FALLBACK
  const esbuild = await import('esbuild')
  const out = join(CACHE_DIR, `${sourceHash(esbuild.version)}.mjs`)
  if (existsSync(out)) return pathToFileURL(out)
  mkdirSync(CACHE_DIR, { recursive: true })
  const tmp = asideName(out)
  try {
    await esbuild.build({
      entryPoints: [join(SRC_DIR, 'ingest', 'worker.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: `node${process.versions.node.split('.')[0]}`,
      packages: 'external',
      outfile: tmp,
      logLevel: 'silent',
      plugins: [{
        name: 'own-import-meta-url',
        setup(build) {
          build.onLoad({ filter: /\.ts$/ }, (args) => {
            const source = readFileSync(args.path, 'utf8')
            return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' }
          })
        },
      }],
    })
    // Renamed into place whole: a concurrent ingest sees the complete file or none.
    renameSync(tmp, out)
  } finally {
    rmSync(tmp, { force: true })
  }
  return pathToFileURL(out)
}

/**
 * A hash of every source file (path and content), of the compiler's and Node's versions, and of the
 * folder the sources are in: the bundle holds each module's absolute `import.meta.url`, so a copy of
 * a checkout's `.cache` in another checkout of the same code must not load the first one's resources.
 */
export function sourceHash(compiler: string, srcDir = SRC_DIR): string {
  const h = createHash('sha256').update(`${compiler}\0${process.versions.node}\0${srcDir}`)
  const files = (readdirSync(srcDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).sort()
  for (const f of files) h.update('\0').update(f).update('\0').update(readFileSync(join(srcDir, f)))
  return h.digest('hex').slice(0, 20)
}
