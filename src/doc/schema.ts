/**
 * The document model: one zod schema per boundary shape, and the types derived from them.
 * Every annotation is a standoff span `[start, end)` in UTF-16 code units into `article.text`,
 * which is never modified after extraction.
 */
import { z } from 'zod'

export const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
export type Span = z.infer<typeof Span>

export const Paragraph = Span.extend({
  language: z.string().nullable(),
})
export type Paragraph = z.infer<typeof Paragraph>

export const RemovedSpan = Span.extend({
  reason: z.string(),
  /** The resource line or extractor rule that decided it, for audit. */
  rule: z.string().nullable(),
})
export type RemovedSpan = z.infer<typeof RemovedSpan>

export const Article = z.object({
  id: z.string(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  title: z.string().nullable(),
  author: z.string().nullable(),
  published: z.string().nullable(),
  language: z.string(),
  /**
   * The country the text is about unless it says otherwise (ISO 3166-1 alpha-2), as a country feed
   * gives it: a hint the places and events stages weigh, not a fact. Absent from older analyses.
   */
  country: z.string().nullable().optional(),
  /** False when the language has no resources yet: only the language-neutral stages ran. */
  languageSupported: z.boolean(),
  text: z.string(),
  paragraphs: z.array(Paragraph),
  removed: z.array(RemovedSpan),
})
export type Article = z.infer<typeof Article>

export const Sentence = Span.extend({ paragraph: z.number().int().nonnegative() })
export type Sentence = z.infer<typeof Sentence>

export const TokenKind = z.enum(['word', 'number', 'punct', 'symbol'])
export const Token = Span.extend({ kind: TokenKind })
export type Token = z.infer<typeof Token>

export const MentionKind = z.enum([
  'person', 'organisation', 'armed_group', 'state_force', 'institution', 'state', 'place', 'generic', 'other',
])
export const Mention = Span.extend({
  text: z.string(),
  kind: MentionKind,
  nerType: z.enum(['PER', 'ORG', 'LOC', 'MISC']),
  actorId: z.string().nullable(),
  /** A proper name, a noun phrase (« l'armée syrienne », "the group") or a pronoun. */
  form: z.enum(['name', 'nominal', 'pronoun']).optional(),
  /** The country a place or nationality adjective names, or a leader named leads (ISO 3166-1 alpha-2). */
  country: z.string().nullable().optional(),
  /** The rule that found or typed the mention, for audit. */
  rule: z.string().optional(),
  /** For persons: the apposition or role next to the name (« expert français du Moyen Orient »). */
  description: z.string().nullable().optional(),
})
export type Mention = z.infer<typeof Mention>

export const Actor = z.object({
  id: z.string(),
  name: z.string(),
  qid: z.string().nullable(),
  inter: z.number().int().min(0).max(8).nullable(),
  country: z.string().nullable(),
  /** What the article says the actor is (« expert français du Moyen Orient »). */
  description: z.string().nullable().optional(),
})
export type Actor = z.infer<typeof Actor>

export const PlaceAlternative = z.object({
  id: z.string(),
  geonameId: z.number().int().nullable(),
  name: z.string(),
  lat: z.number(),
  lon: z.number(),
  score: z.number(),
})
export const Place = Span.extend({
  text: z.string(),
  id: z.string(),
  geonameId: z.number().int().nullable(),
  name: z.string(),
  lat: z.number(),
  lon: z.number(),
  countryCode: z.string().nullable(),
  admin1Code: z.string().nullable(),
  admin1Name: z.string().nullable(),
  featureCode: z.string().nullable(),
  geoPrecision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  confidence: z.number().min(0).max(1),
  metonymic: z.boolean(),
  alternatives: z.array(PlaceAlternative),
})
export type Place = z.infer<typeof Place>

export const TimexType = z.enum(['DATE', 'TIME', 'DURATION', 'SET'])
export const Timex = Span.extend({
  text: z.string(),
  type: TimexType,
  value: z.string(),
  mod: z.string().nullable(),
})
export type Timex = z.infer<typeof Timex>

export const Statement = Span.extend({
  kind: z.enum(['direct', 'indirect', 'mixed']),
  content: Span,
  cue: Span.extend({ lemma: z.string() }).nullable(),
  speaker: Span.extend({
    name: z.string().nullable(),
    description: z.string().nullable(),
    actorId: z.string().nullable(),
  }).nullable(),
  sentences: z.array(z.number().int().nonnegative()),
  confidence: z.number().min(0).max(1),
})
export type Statement = z.infer<typeof Statement>

export const EventActor = z.object({
  name: z.string(),
  actorId: z.string().nullable(),
  inter: z.number().int().min(0).max(8).nullable(),
  /** The words that name this actor in the text; null when a coding convention supplies it (a protest's "Protesters"). Absent in stores written before it existed. */
  span: Span.nullable().optional(),
})
/** The longest span of days (`date` to `dateEnd`) read as the days of one happening. */
export const MAX_SPAN_DAYS = 31

export const Event = z.object({
  id: z.string(),
  eventType: z.string(),
  subEventType: z.string(),
  plover: z.object({ type: z.string(), mode: z.string().nullable(), context: z.string().nullable() }),
  actor1: EventActor.nullable(),
  assocActor1: z.array(EventActor),
  actor2: EventActor.nullable(),
  assocActor2: z.array(EventActor),
  date: z.string().nullable(),
  timePrecision: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  /**
   * The last day (`YYYY-MM-DD`) of a happening told over a span of days ("clashes on Dec 7-10", « du
   * 3 au 5 mars »), `date` being the first, at most `MAX_SPAN_DAYS` after it; null for one day.
   * Absent in stores written before it existed.
   */
  dateEnd: z.string().nullable().optional(),
  /** The time expression the date comes from (with a span's last day); null when the event is dated by the article's publication. Absent in stores written before it existed. */
  dateSpan: Span.nullable().optional(),
  location: Place.nullable(),
  /**
   * Other places the happening is told at, listed with `location` ("protests in Asanza, Hai and
   * Tarawa", « à Gao, Kidal et Tombouctou »); ACLED codes one row per place. Absent in stores
   * written before it existed.
   */
  otherLocations: z.array(Place).optional(),
  geoPrecision: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  fatalities: z.number().int().nonnegative().nullable(),
  size: z.number().int().nonnegative().nullable(),
  flags: z.object({
    negated: z.boolean(),
    ceased: z.boolean(),
    hypothetical: z.boolean(),
    historical: z.boolean(),
    reportedBy: z.number().int().nonnegative().nullable(),
  }),
  evidence: z.array(Span),
  confidence: z.number().min(0).max(1),
})
export type Event = z.infer<typeof Event>

export const Warning = z.object({ code: z.string(), message: z.string() })
export type Warning = z.infer<typeof Warning>

/** What `sitrep analyze` prints for one article. */
export const Analysis = z.object({
  inputId: z.string().nullable(),
  input: z.string(),
  article: Article,
  sentences: z.array(Sentence),
  tokens: z.array(Token),
  mentions: z.array(Mention),
  actors: z.array(Actor),
  places: z.array(Place),
  timexes: z.array(Timex),
  statements: z.array(Statement),
  events: z.array(Event),
  warnings: z.array(Warning),
})
export type Analysis = z.infer<typeof Analysis>

/** The layers annotators produce, by name. */
export type LayerName = 'sentences' | 'tokens' | 'mentions' | 'actors' | 'places' | 'timexes' | 'statements' | 'events'
export type Layers = Pick<Analysis, LayerName>
