/**
 * Versioned schema migrations, applied in order inside one transaction each; the version applied
 * last is SQLite's `user_version`. Never edit a migration that has shipped: add the next one.
 * The full analysis is kept (deflated JSON) beside the indexed columns, so a new annotation layer
 * needs no migration to be stored, only one to be indexed.
 */
export interface Migration {
  version: number
  why: string
  sql: string
}

// remove_diacritics 2 folds accents in every script position, so « Alep » finds « Alèp » and
// « securite » finds « sécurité »: French and English in one index.
const TOKENIZE = `tokenize = "unicode61 remove_diacritics 2"`

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    why: 'articles, sightings, stories, annotation layers, FTS5 and R*Tree',
    sql: `
CREATE TABLE articles (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  story_id TEXT NOT NULL,
  url TEXT, source TEXT, title TEXT, author TEXT, published TEXT,
  language TEXT NOT NULL,
  text TEXT NOT NULL,
  signature TEXT NOT NULL,
  analysis BLOB NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_language ON articles(language);

CREATE TABLE minhash_bands (
  band INTEGER NOT NULL, value INTEGER NOT NULL, article INTEGER NOT NULL,
  PRIMARY KEY (band, value, article)
) WITHOUT ROWID;

CREATE TABLE sightings (
  article INTEGER NOT NULL REFERENCES articles(n),
  input TEXT NOT NULL, url TEXT, source TEXT, seen_at TEXT NOT NULL,
  UNIQUE (article, input)
);
CREATE INDEX sightings_source ON sightings(source);

CREATE TABLE mentions (
  article INTEGER NOT NULL REFERENCES articles(n),
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, actor_id TEXT
);
CREATE INDEX mentions_article ON mentions(article);
CREATE INDEX mentions_actor ON mentions(actor_id);

CREATE TABLE places (
  article INTEGER NOT NULL REFERENCES articles(n),
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  geoname_id INTEGER, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
  country TEXT, admin1 TEXT, admin1_name TEXT, geo_precision INTEGER
);
CREATE INDEX places_article ON places(article);
CREATE INDEX places_country ON places(country, admin1);

CREATE TABLE timexes (
  article INTEGER NOT NULL REFERENCES articles(n),
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL
);
CREATE INDEX timexes_article ON timexes(article);

CREATE TABLE statements (
  n INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(n),
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, kind TEXT NOT NULL,
  content_start INTEGER NOT NULL, content_end INTEGER NOT NULL, content TEXT NOT NULL,
  speaker TEXT, speaker_actor TEXT, cue TEXT
);
CREATE INDEX statements_article ON statements(article);

CREATE TABLE events (
  n INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(n),
  idx INTEGER NOT NULL,
  cluster INTEGER NOT NULL,
  event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
  date TEXT, country TEXT, admin1 TEXT, lat REAL, lon REAL,
  actors TEXT NOT NULL,
  json TEXT NOT NULL,
  UNIQUE (article, idx)
);
CREATE INDEX events_cluster ON events(cluster);
CREATE INDEX events_type ON events(event_type, sub_event_type);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_country ON events(country, admin1);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content = 'articles', content_rowid = 'n', ${TOKENIZE});
CREATE VIRTUAL TABLE statements_fts USING fts5(content, speaker, content = 'statements', content_rowid = 'n', ${TOKENIZE});
CREATE VIRTUAL TABLE events_rtree USING rtree(n, min_lat, max_lat, min_lon, max_lon);
`,
  },
  {
    version: 2,
    why: 'indexes that let searches build article sets without reading article rows: place coordinates (--near), outlet and URL of sightings (--source), and input names (resuming archives)',
    sql: `
CREATE INDEX places_lat_lon ON places(lat, lon);
CREATE INDEX sightings_source_url ON sightings(source, url, article);
CREATE INDEX sightings_input ON sightings(input);
`,
  },
  {
    version: 3,
    why: 'covering indexes for event searches by country or type in date order (read newest first, stop at the limit)',
    sql: `
CREATE INDEX events_country_date ON events(country, date, cluster);
CREATE INDEX events_type_date ON events(event_type COLLATE NOCASE, date, cluster);
CREATE INDEX events_subtype_date ON events(sub_event_type COLLATE NOCASE, date, cluster);
`,
  },
  {
    version: 4,
    // Events stored before it had no last day (the analysis did not read spans of days): nothing to fill.
    why: 'the last day of an event told over a span of days, so that a date filter finds every event whose days it overlaps',
    sql: `
ALTER TABLE events ADD COLUMN date_end TEXT;
`,
  },
  {
    version: 5,
    // Events stored before it had one place each: nothing to fill.
    why: 'the other places of an event told at several places, so that a search near any of them finds it',
    sql: `
CREATE TABLE event_places (event INTEGER NOT NULL REFERENCES events(n), lat REAL NOT NULL, lon REAL NOT NULL);
CREATE INDEX event_places_event ON event_places(event);
`,
  },
  {
    version: 6,
    why: "each article's publication date (and language) by its number without reading its row, so that full-text matches are sorted by date (read newest first)",
    sql: `
CREATE INDEX articles_n_published ON articles(n, published, language);
`,
  },
]

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version
