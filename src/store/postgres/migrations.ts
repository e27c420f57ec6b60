/**
 * Versioned schema migrations for PostgreSQL, applied in order inside one transaction; each one
 * applied is a row of `schema_version`. Never edit a migration that has shipped: add the next one.
 * The tables mirror the SQLite store's (`../sqlite/migrations.ts`, at its version 5); PostGIS
 * geographies stand for the R*Tree and `tsvector` columns for FTS5 (an article's in `article_words`).
 */
export interface Migration {
  version: number
  why: string
  sql: string
}

// Full text folds accents and case for French and English alike, as FTS5's `remove_diacritics 2`
// does: the `simple` configuration (no stemming, no stop words) over unaccented text. `unaccent`
// is only STABLE (its dictionary could change), so a generated column needs an IMMUTABLE wrapper
// that names its dictionary with the schema.
const UNACCENT = `
CREATE FUNCTION sitrep_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;`

// A point on the sphere from stored degrees; null when the place has no coordinates (ST_MakePoint is strict).
const POINT = 'geography(Point, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography) STORED'

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    why: 'articles, sightings, stories, annotation layers, full text (tsvector over unaccented text) and places (PostGIS geography)',
    sql: `
CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public;
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
${UNACCENT}

CREATE TABLE articles (
  n serial PRIMARY KEY,
  id text NOT NULL UNIQUE,
  story_id text NOT NULL,
  url text, source text, title text, author text, published text,
  language text NOT NULL,
  text text NOT NULL,
  signature text NOT NULL,
  analysis bytea NOT NULL,
  ingested_at text NOT NULL,
  fts tsvector GENERATED ALWAYS AS (to_tsvector('simple', sitrep_unaccent(coalesce(title, '') || ' ' || text))) STORED
);
CREATE INDEX articles_published ON articles (published DESC NULLS LAST, n DESC);
CREATE INDEX articles_story ON articles (story_id);
CREATE INDEX articles_language ON articles (language);
CREATE INDEX articles_fts ON articles USING gin (fts);

CREATE TABLE minhash_bands (
  band smallint NOT NULL, value integer NOT NULL, article integer NOT NULL REFERENCES articles (n),
  PRIMARY KEY (band, value, article)
);

CREATE TABLE sightings (
  article integer NOT NULL REFERENCES articles (n),
  input text NOT NULL, url text, source text, seen_at text NOT NULL,
  UNIQUE (article, input)
);
CREATE INDEX sightings_input ON sightings (input);
CREATE INDEX sightings_source ON sightings (source);

CREATE TABLE mentions (
  article integer NOT NULL REFERENCES articles (n),
  start integer NOT NULL, "end" integer NOT NULL, text text NOT NULL, kind text NOT NULL, actor_id text
);
CREATE INDEX mentions_article ON mentions (article);
CREATE INDEX mentions_actor ON mentions (actor_id);

CREATE TABLE places (
  article integer NOT NULL REFERENCES articles (n),
  start integer NOT NULL, "end" integer NOT NULL, text text NOT NULL,
  geoname_id integer, name text NOT NULL, lat double precision NOT NULL, lon double precision NOT NULL,
  country text, admin1 text, admin1_name text, geo_precision integer,
  geog ${POINT}
);
CREATE INDEX places_article ON places (article);
CREATE INDEX places_country ON places (country, admin1);
CREATE INDEX places_geog ON places USING gist (geog);

CREATE TABLE timexes (
  article integer NOT NULL REFERENCES articles (n),
  start integer NOT NULL, "end" integer NOT NULL, type text NOT NULL, value text NOT NULL
);
CREATE INDEX timexes_article ON timexes (article);

CREATE TABLE statements (
  n serial PRIMARY KEY,
  article integer NOT NULL REFERENCES articles (n),
  start integer NOT NULL, "end" integer NOT NULL, kind text NOT NULL,
  content_start integer NOT NULL, content_end integer NOT NULL, content text NOT NULL,
  speaker text, speaker_actor text, cue text,
  fts tsvector GENERATED ALWAYS AS (to_tsvector('simple', sitrep_unaccent(content || ' ' || coalesce(speaker, '')))) STORED
);
-- The planner reads a word's share of rows from the column's statistics: with the default target,
-- a word it has not sampled counts as 0.5 % of the rows, and a search for a rare or absent word
-- tests the words of every article, newest first, instead of asking the GIN index.
ALTER TABLE articles ALTER COLUMN fts SET STATISTICS 1000;
ALTER TABLE statements ALTER COLUMN fts SET STATISTICS 1000;
CREATE INDEX statements_article ON statements (article);
CREATE INDEX statements_fts ON statements USING gin (fts);

CREATE TABLE events (
  n serial PRIMARY KEY,
  article integer NOT NULL REFERENCES articles (n),
  idx integer NOT NULL,
  cluster integer NOT NULL,
  event_type text NOT NULL, sub_event_type text NOT NULL,
  date text, date_end text, country text, admin1 text, lat double precision, lon double precision,
  actors text NOT NULL,
  json text NOT NULL,
  geog ${POINT},
  UNIQUE (article, idx)
);
CREATE INDEX events_cluster ON events (cluster);
CREATE INDEX events_subtype_date ON events (sub_event_type, date);
CREATE INDEX events_date ON events (date DESC NULLS LAST, n DESC);
CREATE INDEX events_country_date ON events (country, date);
CREATE INDEX events_type_lower ON events (lower(event_type));
CREATE INDEX events_subtype_lower ON events (lower(sub_event_type));
CREATE INDEX events_geog ON events USING gist (geog);

CREATE TABLE event_places (
  event integer NOT NULL REFERENCES events (n),
  lat double precision NOT NULL, lon double precision NOT NULL,
  geog ${POINT}
);
CREATE INDEX event_places_event ON event_places (event);
CREATE INDEX event_places_geog ON event_places USING gist (geog);
`,
  },
  {
    version: 2,
    // Sorting full-text matches by date reads each match's date. From the articles rows (text and
    // analysis inline when short: 131 MB of heap for 100,000 articles) a common word's matches cost
    // ~70 ms; from a table of number, date, language and words, whose words (over 128 bytes) live
    // in its TOAST table, the heap is 7 MB and they cost at most ~20 ms. The planner takes a scan
    // of that small heap for cheap, but it would read every article's words: the matches come
    // from a function that plans with the GIN index only.
    why: 'article words apart from the article rows (number, date, language, tsvector), so that full-text matches are sorted by date (newest first)',
    sql: `
CREATE TABLE article_words (
  n integer PRIMARY KEY REFERENCES articles(n),
  published text,
  language text NOT NULL,
  fts tsvector NOT NULL
) WITH (toast_tuple_target = 128);
ALTER TABLE article_words ALTER COLUMN fts SET STATISTICS 1000;
INSERT INTO article_words (n, published, language, fts) SELECT n, published, language, fts FROM articles;
CREATE INDEX article_words_fts ON article_words USING gin (fts);
DROP INDEX articles_fts;
ALTER TABLE articles DROP COLUMN fts;
CREATE FUNCTION sitrep_article_matches(q tsquery) RETURNS TABLE (n integer, published text, language text)
  LANGUAGE sql STABLE SET enable_seqscan = off
  AS $$ SELECT n, published, language FROM article_words WHERE fts @@ q $$;
ANALYZE article_words;
`,
  },
]

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version
