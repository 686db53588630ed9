//! The schema: a marker that says "this is a marsad store", a version, and the
//! migrations that bring any older store up to date.

/// SQLite `application_id` of a marsad store (`"mrsd"` in ASCII).
pub const APPLICATION_ID: i32 = 0x6D72_7364;

/// The value of the meta table's `format` row.
pub const FORMAT: &str = "marsad-store";

/// Migration `i` brings a store from version `i` to version `i + 1`
/// (`PRAGMA user_version`). Append only: never edit a released step.
pub const MIGRATIONS: &[&str] = &[
    // 1: documents, report-level events, fused events.
    "CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        hash BLOB NOT NULL UNIQUE,
        doc_id TEXT NOT NULL,
        outlet TEXT,
        url TEXT,
        published TEXT,
        language TEXT,
        title TEXT,
        origin TEXT NOT NULL,
        format TEXT NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX documents_doc_id ON documents(doc_id);
    CREATE TABLE fused (
        id INTEGER PRIMARY KEY,
        background INTEGER NOT NULL,
        day INTEGER,
        time_precision INTEGER NOT NULL,
        disorder_type TEXT NOT NULL,
        event_type TEXT NOT NULL,
        sub_event_type TEXT NOT NULL,
        actor1 TEXT NOT NULL,
        actor2 TEXT NOT NULL,
        iso INTEGER NOT NULL,
        admin1 TEXT NOT NULL,
        admin3 TEXT NOT NULL,
        location_id TEXT,
        latitude REAL,
        longitude REAL,
        geo_precision INTEGER NOT NULL,
        fatalities_best INTEGER NOT NULL,
        sources INTEGER NOT NULL,
        documents TEXT NOT NULL,
        record TEXT NOT NULL
    );
    CREATE INDEX fused_match ON fused(background, day);
    CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        document INTEGER NOT NULL REFERENCES documents(id),
        ordinal INTEGER NOT NULL,
        fused INTEGER NOT NULL REFERENCES fused(id),
        event TEXT NOT NULL,
        UNIQUE (document, ordinal)
    );
    CREATE INDEX reports_fused ON reports(fused);",
    // 2: indexes for the filtered queries of `marsad events`.
    "CREATE INDEX fused_day ON fused(day);
    CREATE INDEX fused_admin1_day ON fused(admin1 COLLATE NOCASE, day);
    CREATE INDEX fused_type_day ON fused(event_type COLLATE NOCASE, day);
    CREATE INDEX fused_subtype_day ON fused(sub_event_type COLLATE NOCASE, day);
    CREATE INDEX fused_lat_lon ON fused(latitude, longitude);",
];

/// The version a store has once every migration ran.
pub fn latest_version() -> u32 {
    MIGRATIONS.len() as u32
}
