/**
 * The default pipeline: every annotator that has landed, in run order. Resources load once per
 * process, when this is first called.
 */
import type { Annotator } from './annotator.js'
import { createPipeline, type Pipeline } from './pipeline.js'
import { createEntitiesAnnotator } from '../annotators/entities/index.js'
import { createPlacesAnnotator } from '../annotators/places/index.js'
import { createTimeAnnotator } from '../annotators/time/index.js'
import { createQuotesAnnotator } from '../annotators/quotes/index.js'
import { createEventsAnnotator } from '../annotators/events/index.js'

let pipeline: Pipeline | null = null

export function defaultAnnotators(): Annotator[] {
  return [createEntitiesAnnotator(), createPlacesAnnotator(), createTimeAnnotator(), createQuotesAnnotator(), createEventsAnnotator()]
}

export function getDefaultPipeline(): Pipeline {
  pipeline ??= createPipeline(defaultAnnotators())
  return pipeline
}
