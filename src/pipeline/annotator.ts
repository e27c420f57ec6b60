/**
 * An annotator is a plain object built by a factory from loaded resources: it names the layers it
 * needs and the layers it makes, and `annotate` is pure (the document in, new layers out, no I/O).
 */
import type { Analysis, LayerName, Layers } from '../doc/schema.js'

/** What an annotator sees: the article and every layer made before it. */
export type Doc = Readonly<Omit<Analysis, 'inputId' | 'input' | 'warnings'>>

export interface Annotator {
  name: string
  version: string
  requires: LayerName[]
  produces: LayerName[]
  annotate(doc: Doc): Partial<Layers>
}

/** Layers the pipeline itself makes before any annotator runs. */
export const BASE_LAYERS: readonly LayerName[] = ['sentences', 'tokens']
