//! The event store: documents, the report-level events read from them (with
//! their evidence) and the fused events, in one SQLite file.
//!
//! - **Idempotent:** a document is stored once per content hash
//!   ([`content_hash`]: outlet, URL, publication date, declared language and
//!   text); storing it again changes nothing.
//! - **Consistent:** writes happen in [`Batch`]es, one transaction each, in WAL
//!   mode: a process killed at any moment leaves the store as of the last
//!   committed batch.
//! - **Safe to point at the wrong file:** a file that is not SQLite, or an SQLite
//!   file without marsad's marker (`application_id` and the meta table's
//!   `format`), is refused with [`StoreError`], never overwritten.
//! - **Versioned:** `PRAGMA user_version` counts the [`schema::MIGRATIONS`] applied;
//!   opening an older store migrates it, a newer one is refused.
//!
//! **Architecture invariant:** the only crate that links SQLite. Fusion rules
//! live in `marsad-fuse`; this crate finds the candidates and keeps the records.
#![deny(missing_docs)]

pub mod schema;

use chrono::NaiveDate;
use marsad_core::{Document, Event};
use marsad_fuse::{best_match, rules, FusedEvent, MatchKey};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use sha2::{Digest, Sha256};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The first 16 bytes of every SQLite 3 database file.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Why the store could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file is not an SQLite database at all.
    #[error("{} is not a marsad store: it is not an SQLite database (refusing to overwrite it)", path.display())]
    NotSqlite {
        /// The file.
        path: PathBuf,
    },
    /// An SQLite database, but not one marsad made.
    #[error("{} is an SQLite database but not a marsad store ({reason}); refusing to touch it", path.display())]
    Foreign {
        /// The file.
        path: PathBuf,
        /// What gave it away.
        reason: String,
    },
    /// A store written by a newer marsad.
    #[error("{} has store schema version {found}, newer than this marsad supports ({supported}); upgrade marsad", path.display())]
    TooNew {
        /// The file.
        path: PathBuf,
        /// Its version.
        found: u32,
        /// The newest this build knows.
        supported: u32,
    },
    /// No store at the path (for commands that only read).
    #[error("no store at {}: run `marsad ingest` first", path.display())]
    Missing {
        /// The path.
        path: PathBuf,
    },
    /// The file could not be read.
    #[error("could not read {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// SQLite failed.
    #[error("{context}: {source}")]
    Sqlite {
        /// What was being done.
        context: String,
        /// The cause.
        source: rusqlite::Error,
    },
    /// A stored record could not be decoded.
    #[error("the store is damaged: {context}: {source}")]
    Corrupt {
        /// Which record.
        context: String,
        /// The cause.
        source: serde_json::Error,
    },
}

/// A result with a [`StoreError`].
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

trait Context<T> {
    fn context(self, what: impl FnOnce() -> String) -> Result<T>;
}

impl<T> Context<T> for rusqlite::Result<T> {
    fn context(self, what: impl FnOnce() -> String) -> Result<T> {
        self.map_err(|source| StoreError::Sqlite { context: what(), source })
    }
}

/// SHA-256 of what makes a document the same document: outlet, URL,
/// publication date, declared language and text, each length-prefixed.
pub fn content_hash(doc: &Document) -> [u8; 32] {
    let mut h = Sha256::new();
    let published = doc.meta.published.map(|d| d.to_string());
    for field in [
        doc.meta.source.as_deref(),
        doc.meta.url.as_deref(),
        published.as_deref(),
        doc.meta.declared_language.as_deref(),
        Some(doc.text.as_str()),
    ] {
        match field {
            Some(s) => {
                h.update([1]);
                h.update((s.len() as u64).to_le_bytes());
                h.update(s.as_bytes());
            }
            None => h.update([0]),
        }
    }
    h.finalize().into()
}

/// Days since 1970-01-01: how dates are indexed.
fn day_number(d: NaiveDate) -> i64 {
    (d - NaiveDate::default()).num_days()
}

/// What [`Store::query`] selects; every given filter must hold.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    /// Events on or after this day (undated events are left out).
    pub since: Option<NaiveDate>,
    /// Events on or before this day (undated events are left out).
    pub until: Option<NaiveDate>,
    /// An ACLED event type or sub-event type, case-insensitive (e.g. `"Battles"`, `"Air/drone strike"`).
    pub event_type: Option<String>,
    /// Part of actor1's or actor2's name, case-insensitive for ASCII.
    pub actor: Option<String>,
    /// A first-level admin area, case-insensitive.
    pub admin1: Option<String>,
    /// Within `km` kilometres of (`lat`, `lon`).
    pub near: Option<(f64, f64, f64)>,
    /// At most this many events.
    pub limit: Option<usize>,
}

/// How many records the store holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Documents.
    pub documents: u64,
    /// Report-level events.
    pub reports: u64,
    /// Fused events.
    pub fused: u64,
}

/// A stored document.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredDocument {
    /// The reader's id of the document.
    pub doc_id: String,
    /// Hex SHA-256 content hash.
    pub hash: String,
    /// The outlet.
    pub outlet: Option<String>,
    /// The URL.
    pub url: Option<String>,
    /// Publication date, as given.
    pub published: Option<String>,
    /// Declared language.
    pub language: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Where it was read from.
    pub origin: String,
    /// The full text (evidence offsets point into it).
    pub text: String,
}

/// A report-level event with the document it was read from.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredReport {
    /// The event as extracted, with its evidence.
    pub event: Event,
    /// Its document.
    pub document: StoredDocument,
}

/// What storing one document did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Added {
    /// A document with the same content hash was already stored: nothing changed.
    Duplicate,
    /// Stored with its events.
    Stored {
        /// Report-level events stored.
        events: usize,
        /// Fused events started.
        new_fused: usize,
        /// Events that joined an existing fused event.
        joined: usize,
    },
}

/// An open store.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens the store at `path`, creating it when there is no file (or an
    /// empty one), migrating an older one. Refuses files that are not marsad stores.
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_with(path, schema::MIGRATIONS, true)
    }

    /// Opens an existing store (for commands that only read): [`StoreError::Missing`] when there is none.
    pub fn open_existing(path: &Path) -> Result<Store> {
        match fs::metadata(path) {
            Ok(m) if m.len() > 0 => Store::open_with(path, schema::MIGRATIONS, false),
            Ok(_) => Err(StoreError::Missing { path: path.to_path_buf() }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(StoreError::Missing { path: path.to_path_buf() }),
            Err(source) => Err(StoreError::Io { path: path.to_path_buf(), source }),
        }
    }

    fn open_with(path: &Path, migrations: &[&str], create: bool) -> Result<Store> {
        let existing = check_header(path)?;
        let mut flags =
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        if create {
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        }
        let at = || format!("could not open {}", path.display());
        let conn = Connection::open_with_flags(path, flags).context(at)?;
        conn.busy_timeout(Duration::from_secs(30)).context(at)?;
        let app_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0)).context(at)?;
        let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).context(at)?;
        if existing {
            let foreign = |reason: &str| StoreError::Foreign { path: path.to_path_buf(), reason: reason.to_string() };
            let tables: i64 = conn
                .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
                .context(|| format!("could not read the schema of {}", path.display()))?;
            if app_id != schema::APPLICATION_ID {
                // An SQLite file with nothing in it is as good as a new one.
                if app_id != 0 || tables > 0 || version != 0 {
                    return Err(foreign("it lacks marsad's application id"));
                }
            } else {
                if version == 0 {
                    return Err(foreign("it has marsad's application id but no schema version"));
                }
                let format: Option<String> = conn
                    .query_row("SELECT value FROM meta WHERE key = 'format'", [], |r| r.get(0))
                    .optional()
                    .map_err(|_| foreign("it has no meta table"))?;
                if format.as_deref() != Some(schema::FORMAT) {
                    return Err(foreign("its meta table does not name the marsad-store format"));
                }
            }
            if version > schema::latest_version() {
                return Err(StoreError::TooNew {
                    path: path.to_path_buf(),
                    found: version,
                    supported: schema::latest_version(),
                });
            }
        }
        let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0)).context(at)?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::Sqlite {
                context: format!("could not switch {} to WAL mode (got {mode})", path.display()),
                source: rusqlite::Error::InvalidQuery,
            });
        }
        conn.pragma_update(None, "synchronous", "NORMAL").context(at)?;
        conn.pragma_update(None, "foreign_keys", "ON").context(at)?;
        let mut store = Store { conn, path: path.to_path_buf() };
        store.migrate(migrations)?;
        Ok(store)
    }

    fn migrate(&mut self, migrations: &[&str]) -> Result<()> {
        let path = self.path.display().to_string();
        for (i, step) in migrations.iter().enumerate().skip(self.version()? as usize) {
            let what = || format!("could not migrate {path} to schema version {}", i + 1);
            let tx = self.conn.transaction_with_behavior(TransactionBehavior::Exclusive).context(what)?;
            // Another process may have migrated while this one waited for the lock.
            let now: u32 = tx.pragma_query_value(None, "user_version", |r| r.get(0)).context(what)?;
            if now as usize > i {
                continue;
            }
            tx.execute_batch(step).context(what)?;
            if i == 0 {
                tx.execute("INSERT INTO meta (key, value) VALUES ('format', ?1)", [schema::FORMAT]).context(what)?;
                tx.pragma_update(None, "application_id", schema::APPLICATION_ID).context(what)?;
            }
            tx.pragma_update(None, "user_version", (i + 1) as u32).context(what)?;
            tx.commit().context(what)?;
        }
        Ok(())
    }

    /// The schema version (`PRAGMA user_version`).
    pub fn version(&self) -> Result<u32> {
        self.conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .context(|| "could not read the schema version".into())
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Starts a batch: one write transaction, committed by [`Batch::commit`]
    /// (dropped without it, nothing is written).
    pub fn batch(&mut self) -> Result<Batch<'_>> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context(|| "could not start a write transaction (is another process writing?)".into())?;
        Ok(Batch { tx })
    }

    /// Whether a document with this content hash is stored.
    pub fn contains(&self, hash: &[u8; 32]) -> Result<bool> {
        contains(&self.conn, hash)
    }

    /// How many documents, report-level events and fused events are stored.
    pub fn counts(&self) -> Result<Counts> {
        let count = |table: &str| -> Result<u64> {
            self.conn
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get::<_, i64>(0))
                .map(|n| n.max(0) as u64)
                .context(|| format!("could not count the {table}"))
        };
        Ok(Counts { documents: count("documents")?, reports: count("reports")?, fused: count("fused")? })
    }

    /// The fused events `filter` selects, by date (undated last) then id.
    pub fn query(&self, filter: &Filter) -> Result<Vec<FusedEvent>> {
        let mut sql = String::from("SELECT id, record FROM fused WHERE 1");
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        let mut arg = |sql: &mut String, clause: &str, v: rusqlite::types::Value| {
            args.push(v);
            sql.push_str(&clause.replace('?', &format!("?{}", args.len())));
        };
        if let Some(d) = filter.since {
            arg(&mut sql, " AND day >= ?", day_number(d).into());
        }
        if let Some(d) = filter.until {
            arg(&mut sql, " AND day <= ?", day_number(d).into());
        }
        if let Some(t) = &filter.event_type {
            arg(
                &mut sql,
                " AND (event_type = ? COLLATE NOCASE OR sub_event_type = ? COLLATE NOCASE)",
                t.clone().into(),
            );
        }
        if let Some(a) = &filter.actor {
            let pattern = format!("%{}%", a.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
            arg(&mut sql, " AND (actor1 LIKE ? ESCAPE '\\' OR actor2 LIKE ? ESCAPE '\\')", pattern.into());
        }
        if let Some(a) = &filter.admin1 {
            arg(&mut sql, " AND admin1 = ? COLLATE NOCASE", a.clone().into());
        }
        if let Some((lat, lon, km)) = filter.near {
            let dlat = km / 110.574;
            let dlon = km / (111.320 * lat.to_radians().cos().abs()).max(0.01);
            arg(&mut sql, " AND latitude BETWEEN ?", (lat - dlat).into());
            arg(&mut sql, " AND ?", (lat + dlat).into());
            arg(&mut sql, " AND longitude BETWEEN ?", (lon - dlon).into());
            arg(&mut sql, " AND ?", (lon + dlon).into());
        }
        sql.push_str(" ORDER BY day IS NULL, day, id");
        let what = || "could not query the fused events".to_string();
        let mut stmt = self.conn.prepare(&sql).context(what)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(args)).context(what)?;
        let mut out = Vec::new();
        while let Some(row) = rows.next().context(what)? {
            let id: i64 = row.get(0).context(what)?;
            let record: String = row.get(1).context(what)?;
            let fused = decode_fused(id, &record)?;
            if let Some((lat, lon, km)) = filter.near {
                match (fused.latitude, fused.longitude) {
                    (Some(a), Some(b)) if rules::distance_km((lat, lon), (a, b)) <= km => {}
                    _ => continue,
                }
            }
            out.push(fused);
            if filter.limit.is_some_and(|n| out.len() >= n) {
                break;
            }
        }
        Ok(out)
    }

    /// One fused event by id.
    pub fn fused(&self, id: u64) -> Result<Option<FusedEvent>> {
        let record: Option<String> = self
            .conn
            .query_row("SELECT record FROM fused WHERE id = ?1", [id as i64], |r| r.get(0))
            .optional()
            .context(|| format!("could not read fused event {id}"))?;
        record.map(|r| decode_fused(id as i64, &r)).transpose()
    }

    /// The report-level events of a fused event, with their documents, in order of arrival.
    pub fn reports(&self, fused_id: u64) -> Result<Vec<StoredReport>> {
        let what = || format!("could not read the reports of fused event {fused_id}");
        let mut stmt = self
            .conn
            .prepare(
                "SELECT r.event, d.doc_id, d.hash, d.outlet, d.url, d.published, d.language, d.title, d.origin, d.text
                 FROM reports r JOIN documents d ON d.id = r.document WHERE r.fused = ?1 ORDER BY r.id",
            )
            .context(what)?;
        let mut rows = stmt.query([fused_id as i64]).context(what)?;
        let mut out = Vec::new();
        while let Some(row) = rows.next().context(what)? {
            let json: String = row.get(0).context(what)?;
            let event: Event = serde_json::from_str(&json).map_err(|source| StoreError::Corrupt {
                context: format!("a report of fused event {fused_id}"),
                source,
            })?;
            let hash: Vec<u8> = row.get(2).context(what)?;
            let document = StoredDocument {
                doc_id: row.get(1).context(what)?,
                hash: hash.iter().map(|b| format!("{b:02x}")).collect(),
                outlet: row.get(3).context(what)?,
                url: row.get(4).context(what)?,
                published: row.get(5).context(what)?,
                language: row.get(6).context(what)?,
                title: row.get(7).context(what)?,
                origin: row.get(8).context(what)?,
                text: row.get(9).context(what)?,
            };
            out.push(StoredReport { event, document });
        }
        Ok(out)
    }
}

/// Checks that an existing non-empty file starts like an SQLite database;
/// `false` when there is no file yet (or an empty one).
fn check_header(path: &Path) -> Result<bool> {
    let io = |source| StoreError::Io { path: path.to_path_buf(), source };
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(io(e)),
    };
    if !meta.is_file() {
        return Err(StoreError::NotSqlite { path: path.to_path_buf() });
    }
    if meta.len() == 0 {
        return Ok(false);
    }
    let mut head = [0u8; 16];
    let mut file = fs::File::open(path).map_err(io)?;
    let mut read = 0;
    while read < head.len() {
        match file.read(&mut head[read..]).map_err(io)? {
            0 => break,
            n => read += n,
        }
    }
    if read < head.len() || &head != SQLITE_HEADER {
        return Err(StoreError::NotSqlite { path: path.to_path_buf() });
    }
    Ok(true)
}

fn contains(conn: &Connection, hash: &[u8; 32]) -> Result<bool> {
    conn.prepare_cached("SELECT 1 FROM documents WHERE hash = ?1")
        .and_then(|mut s| s.exists([&hash[..]]))
        .context(|| "could not look up a document".into())
}

fn decode_fused(id: i64, record: &str) -> Result<FusedEvent> {
    serde_json::from_str(record).map_err(|source| StoreError::Corrupt { context: format!("fused event {id}"), source })
}

/// One write transaction: documents, their events, and fusion. Dropped
/// without [`Batch::commit`], nothing of it is written.
pub struct Batch<'s> {
    tx: rusqlite::Transaction<'s>,
}

impl Batch<'_> {
    /// Whether a document with this content hash is stored (this batch included).
    pub fn contains(&self, hash: &[u8; 32]) -> Result<bool> {
        contains(&self.tx, hash)
    }

    /// Stores a document and its report-level events, fusing each event with
    /// the stored fused events (or starting one). A document already stored
    /// (same [`content_hash`]) changes nothing.
    pub fn add(&mut self, doc: &Document, events: &[Event]) -> Result<Added> {
        let hash = content_hash(doc);
        let what = || format!("could not store document {} ({})", doc.id, doc.origin);
        let inserted = self
            .tx
            .prepare_cached(
                "INSERT INTO documents (hash, doc_id, outlet, url, published, language, title, origin, format, text)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (hash) DO NOTHING",
            )
            .and_then(|mut s| {
                s.execute(params![
                    &hash[..],
                    doc.id,
                    doc.meta.source,
                    doc.meta.url,
                    doc.meta.published.map(|d| d.to_string()),
                    doc.meta.declared_language,
                    doc.title,
                    doc.origin.to_string(),
                    doc.meta.format,
                    doc.text,
                ])
            })
            .context(what)?;
        if inserted == 0 {
            return Ok(Added::Duplicate);
        }
        let document = self.tx.last_insert_rowid();
        let (mut new_fused, mut joined) = (0, 0);
        for (ordinal, event) in events.iter().enumerate() {
            let fused_id = match self.find_match(event)? {
                Some(id) => {
                    let mut fused = self.load(id)?;
                    fused.join(event);
                    self.write_fused(&fused, false)?;
                    joined += 1;
                    id
                }
                None => {
                    let id: i64 = self
                        .tx
                        .query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM fused", [], |r| r.get(0))
                        .context(what)?;
                    let fused = FusedEvent::new(id as u64, event);
                    self.write_fused(&fused, true)?;
                    new_fused += 1;
                    id as u64
                }
            };
            let json = serde_json::to_string(event)
                .map_err(|source| StoreError::Corrupt { context: "an event".into(), source })?;
            self.tx
                .prepare_cached("INSERT INTO reports (document, ordinal, fused, event) VALUES (?1, ?2, ?3, ?4)")
                .and_then(|mut s| s.execute(params![document, ordinal as i64, fused_id as i64, json]))
                .context(what)?;
        }
        Ok(Added::Stored { events: events.len(), new_fused, joined })
    }

    /// The best stored fused event for a report, if any can match: candidates
    /// are looked up by background flag, a date window of
    /// [`rules::MAX_DAYS_APART`] days and place (same admin1, or coordinates in
    /// a box of [`rules::MAX_KM_APART`]), then scored by `marsad-fuse`.
    fn find_match(&self, event: &Event) -> Result<Option<u64>> {
        let Some(date) = event.event_date else { return Ok(None) };
        let key = MatchKey::of_report(event);
        let day = day_number(date);
        let (lat, lon) = (event.latitude.unwrap_or(f64::NAN), event.longitude.unwrap_or(f64::NAN));
        let dlat = rules::MAX_KM_APART / 110.574;
        let dlon = rules::MAX_KM_APART / (111.320 * lat.to_radians().cos().abs()).max(0.01);
        let what = || "could not look up fusion candidates".to_string();
        let mut stmt = self
            .tx
            .prepare_cached(
                "SELECT id, day, time_precision, disorder_type, event_type, sub_event_type, actor1, actor2, iso,
                        admin1, admin3, location_id, latitude, longitude, geo_precision, documents
                 FROM fused
                 WHERE background = ?1 AND day BETWEEN ?2 AND ?3
                   AND ((admin1 = ?4 AND admin1 <> '')
                        OR (latitude BETWEEN ?5 AND ?6 AND longitude BETWEEN ?7 AND ?8))",
            )
            .context(what)?;
        let mut rows = stmt
            .query(params![
                event.background,
                day - rules::MAX_DAYS_APART,
                day + rules::MAX_DAYS_APART,
                event.admin1,
                lat - dlat,
                lat + dlat,
                lon - dlon,
                lon + dlon,
            ])
            .context(what)?;
        let mut candidates: Vec<(u64, MatchKey)> = Vec::new();
        while let Some(r) = rows.next().context(what)? {
            let id: i64 = r.get(0).context(what)?;
            let day: Option<i64> = r.get(1).context(what)?;
            let documents: String = r.get(15).context(what)?;
            let documents: Vec<String> = serde_json::from_str(&documents)
                .map_err(|source| StoreError::Corrupt { context: format!("documents of fused event {id}"), source })?;
            let key = MatchKey {
                background: event.background,
                event_date: day.and_then(|d| NaiveDate::default().checked_add_signed(chrono::Duration::days(d))),
                time_precision: r.get(2).context(what)?,
                disorder_type: r.get(3).context(what)?,
                event_type: r.get(4).context(what)?,
                sub_event_type: r.get(5).context(what)?,
                actor1: r.get(6).context(what)?,
                actor2: r.get(7).context(what)?,
                iso: r.get(8).context(what)?,
                admin1: r.get(9).context(what)?,
                admin3: r.get(10).context(what)?,
                location_id: r.get(11).context(what)?,
                latitude: r.get(12).context(what)?,
                longitude: r.get(13).context(what)?,
                geo_precision: r.get(14).context(what)?,
                documents,
            };
            candidates.push((id as u64, key));
        }
        Ok(best_match(&key, candidates.iter().map(|(id, k)| (*id, k))).map(|(id, _)| id))
    }

    fn load(&self, id: u64) -> Result<FusedEvent> {
        let record: String = self
            .tx
            .prepare_cached("SELECT record FROM fused WHERE id = ?1")
            .and_then(|mut s| s.query_row([id as i64], |r| r.get(0)))
            .context(|| format!("could not read fused event {id}"))?;
        decode_fused(id as i64, &record)
    }

    /// Stores a fused event as it is (no matching): for imports and benchmarks.
    pub fn insert_fused(&mut self, fused: &FusedEvent) -> Result<()> {
        self.write_fused(fused, true)
    }

    fn write_fused(&self, f: &FusedEvent, insert: bool) -> Result<()> {
        let what = || format!("could not write fused event {}", f.id);
        let record = serde_json::to_string(f).map_err(|source| StoreError::Corrupt { context: what(), source })?;
        let documents =
            serde_json::to_string(&f.documents()).map_err(|source| StoreError::Corrupt { context: what(), source })?;
        let sql = if insert {
            "INSERT INTO fused (id, background, day, time_precision, disorder_type, event_type, sub_event_type, actor1,
                actor2, iso, admin1, admin3, location_id, latitude, longitude, geo_precision, fatalities_best, sources,
                documents, record)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)"
        } else {
            "UPDATE fused SET background = ?2, day = ?3, time_precision = ?4, disorder_type = ?5, event_type = ?6,
                sub_event_type = ?7, actor1 = ?8, actor2 = ?9, iso = ?10, admin1 = ?11, admin3 = ?12, location_id = ?13,
                latitude = ?14, longitude = ?15, geo_precision = ?16, fatalities_best = ?17, sources = ?18,
                documents = ?19, record = ?20
             WHERE id = ?1"
        };
        self.tx
            .prepare_cached(sql)
            .and_then(|mut s| {
                s.execute(params![
                    f.id as i64,
                    f.background,
                    f.event_date.map(day_number),
                    f.time_precision,
                    f.disorder_type,
                    f.event_type,
                    f.sub_event_type,
                    f.actor1,
                    f.actor2,
                    f.iso,
                    f.admin1,
                    f.admin3,
                    f.location_id,
                    f.latitude,
                    f.longitude,
                    f.geo_precision,
                    f.fatalities_best,
                    f.claims.len() as i64,
                    documents,
                    record,
                ])
            })
            .context(what)?;
        Ok(())
    }

    /// Writes the batch.
    pub fn commit(self) -> Result<()> {
        self.tx.commit().context(|| "could not commit the batch".into())
    }
}

#[cfg(test)]
mod tests;
