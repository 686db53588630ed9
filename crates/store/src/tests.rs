use super::*;
use marsad_core::{Evidence, Language, Metadata, Origin};

fn doc(id: &str, outlet: &str, text: &str) -> Document {
    Document {
        id: id.into(),
        origin: Origin::Line { path: "feed.jsonl".into(), line: 1 },
        title: None,
        text: text.into(),
        meta: Metadata {
            source: Some(outlet.into()),
            url: Some(format!("https://example.org/{id}")),
            published: NaiveDate::from_ymd_opt(2024, 3, 14),
            format: "jsonl".into(),
            ..Metadata::default()
        },
    }
}

fn strike(doc_id: &str, outlet: &str, lang: Language, killed: u32) -> Event {
    Event {
        event_date: NaiveDate::from_ymd_opt(2024, 3, 14),
        year: Some(2024),
        time_precision: 1,
        disorder_type: "Political violence".into(),
        event_type: "Explosions/Remote violence".into(),
        sub_event_type: "Air/drone strike".into(),
        actor1: "Military Forces of Russia (2000-)".into(),
        iso: 760,
        country: "Syria".into(),
        admin1: "Idlib".into(),
        admin3: "Ariha".into(),
        location: "Ariha".into(),
        latitude: Some(35.81),
        longitude: Some(36.61),
        geo_precision: 1,
        source: outlet.into(),
        fatalities: killed,
        fatalities_low: Some(killed),
        fatalities_high: Some(killed),
        language: Some(lang),
        document_id: doc_id.into(),
        evidence: vec![Evidence { field: "actor1".into(), start: 0, end: 5, text: "words".into() }],
        ..Event::default()
    }
}

fn temp() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("marsad.db");
    (dir, path)
}

#[test]
fn storing_the_same_document_twice_changes_nothing() {
    let (_dir, path) = temp();
    let mut store = Store::open(&path).unwrap();
    let d = doc("a", "SANA", "نص الخبر");
    let mut b = store.batch().unwrap();
    assert_eq!(
        b.add(&d, &[strike("a", "SANA", Language::Arabic, 3)]).unwrap(),
        Added::Stored { events: 1, new_fused: 1, joined: 0 }
    );
    assert_eq!(b.add(&d, &[strike("a", "SANA", Language::Arabic, 3)]).unwrap(), Added::Duplicate);
    b.commit().unwrap();
    let before = store.counts().unwrap();
    drop(store);
    let mut store = Store::open(&path).unwrap();
    let mut b = store.batch().unwrap();
    assert_eq!(b.add(&d, &[strike("a", "SANA", Language::Arabic, 3)]).unwrap(), Added::Duplicate);
    b.commit().unwrap();
    assert_eq!(store.counts().unwrap(), before);
    assert_eq!(before, Counts { documents: 1, reports: 1, fused: 1 });
    // Another outlet's copy of the same text is another document.
    let mut other = d.clone();
    other.meta.source = Some("Other".into());
    assert_ne!(content_hash(&d), content_hash(&other));
}

#[test]
fn reports_of_one_event_fuse_in_the_store() {
    let (_dir, path) = temp();
    let mut store = Store::open(&path).unwrap();
    let mut b = store.batch().unwrap();
    b.add(&doc("a", "SANA", "نص"), &[strike("a", "SANA", Language::Arabic, 3)]).unwrap();
    b.commit().unwrap();
    // A later batch: the English report joins the stored event.
    let mut b = store.batch().unwrap();
    assert_eq!(
        b.add(&doc("b", "Wire", "text"), &[strike("b", "Wire", Language::English, 5)]).unwrap(),
        Added::Stored { events: 1, new_fused: 0, joined: 1 }
    );
    let mut far = strike("c", "Wire", Language::English, 1);
    far.event_date = NaiveDate::from_ymd_opt(2024, 5, 1);
    b.add(&doc("c", "Wire", "other text"), &[far]).unwrap();
    b.commit().unwrap();
    assert_eq!(store.counts().unwrap(), Counts { documents: 3, reports: 3, fused: 2 });
    let fused = store.fused(1).unwrap().unwrap();
    assert_eq!(fused.claims.len(), 2);
    assert_eq!((fused.fatalities_low, fused.fatalities_best, fused.fatalities_high), (Some(3), 3, Some(5)));
    let reports = store.reports(1).unwrap();
    assert_eq!(reports.len(), 2);
    assert_eq!(reports[1].document.text, "text");
    assert_eq!(reports[1].event.evidence[0].text, "words");
    assert!(store.fused(99).unwrap().is_none());
}

#[test]
fn a_dropped_batch_writes_nothing() {
    let (_dir, path) = temp();
    let mut store = Store::open(&path).unwrap();
    {
        let mut b = store.batch().unwrap();
        b.add(&doc("a", "SANA", "نص"), &[strike("a", "SANA", Language::Arabic, 3)]).unwrap();
    }
    assert_eq!(store.counts().unwrap(), Counts::default());
}

#[test]
fn a_text_file_is_refused_and_left_alone() {
    let (_dir, path) = temp();
    fs::write(&path, "not a database\n").unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert!(matches!(err, StoreError::NotSqlite { .. }), "{err}");
    assert!(err.to_string().contains("not an SQLite database"), "{err}");
    assert_eq!(fs::read_to_string(&path).unwrap(), "not a database\n");
    // A truncated header too.
    fs::write(&path, &SQLITE_HEADER[..10]).unwrap();
    assert!(matches!(Store::open(&path), Err(StoreError::NotSqlite { .. })));
}

#[test]
fn a_foreign_sqlite_file_is_refused() {
    let (_dir, path) = temp();
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('mine');").unwrap();
    }
    let err = Store::open(&path).err().expect("refused");
    assert!(matches!(err, StoreError::Foreign { .. }), "{err}");
    let conn = Connection::open(&path).unwrap();
    let x: String = conn.query_row("SELECT x FROM notes", [], |r| r.get(0)).unwrap();
    assert_eq!(x, "mine");
    // Our application id without our meta table is refused too.
    conn.pragma_update(None, "application_id", schema::APPLICATION_ID).unwrap();
    conn.pragma_update(None, "user_version", 1).unwrap();
    drop(conn);
    assert!(matches!(Store::open(&path), Err(StoreError::Foreign { .. })));
}

#[test]
fn a_missing_store_is_not_created_by_readers() {
    let (_dir, path) = temp();
    assert!(matches!(Store::open_existing(&path), Err(StoreError::Missing { .. })));
    assert!(!path.exists());
}

#[test]
fn an_old_store_is_migrated_and_a_newer_one_refused() {
    let (_dir, path) = temp();
    {
        let mut store = Store::open_with(&path, &schema::MIGRATIONS[..1], true).unwrap();
        assert_eq!(store.version().unwrap(), 1);
        let mut b = store.batch().unwrap();
        b.add(&doc("a", "SANA", "نص"), &[strike("a", "SANA", Language::Arabic, 3)]).unwrap();
        b.commit().unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.version().unwrap(), schema::latest_version());
    assert!(schema::latest_version() >= 2);
    let has_index: bool = store
        .conn
        .query_row("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'fused_admin1_day'", [], |r| {
            r.get::<_, i64>(0)
        })
        .map(|n| n == 1)
        .unwrap();
    assert!(has_index);
    assert_eq!(store.counts().unwrap().fused, 1, "data survives the migration");
    store.conn.pragma_update(None, "user_version", schema::latest_version() + 1).unwrap();
    drop(store);
    let err = Store::open(&path).err().expect("refused");
    assert!(matches!(err, StoreError::TooNew { .. }), "{err}");
}

#[test]
fn queries_filter_by_date_type_actor_place() {
    let (_dir, path) = temp();
    let mut store = Store::open(&path).unwrap();
    let mut b = store.batch().unwrap();
    let mut n = 0;
    for (admin1, lat, lon) in [("Idlib", 35.93, 36.63), ("Aleppo", 36.2, 37.13)] {
        for day in [1, 10, 20] {
            for (ty, sub, actor) in [
                ("Battles", "Armed clash", "Hay'at Tahrir al-Sham"),
                ("Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia (2000-)"),
            ] {
                n += 1;
                let id = format!("d{n}");
                let mut e = strike(&id, "X", Language::English, 1);
                e.event_date = NaiveDate::from_ymd_opt(2024, 4, day);
                e.event_type = ty.into();
                e.sub_event_type = sub.into();
                e.actor1 = actor.into();
                e.admin1 = admin1.into();
                e.admin3 = String::new();
                e.latitude = Some(lat);
                e.longitude = Some(lon);
                b.add(&doc(&id, "X", &id), &[e]).unwrap();
            }
        }
    }
    b.commit().unwrap();
    assert_eq!(store.counts().unwrap().fused, 12);
    let q = |f: Filter| store.query(&f).unwrap();
    assert_eq!(q(Filter::default()).len(), 12);
    let april = |d| NaiveDate::from_ymd_opt(2024, 4, d);
    let some = q(Filter { since: april(5), until: april(15), admin1: Some("idlib".into()), ..Filter::default() });
    assert_eq!(some.len(), 2);
    assert!(some.iter().all(|e| e.admin1 == "Idlib" && e.event_date == april(10)));
    assert_eq!(q(Filter { event_type: Some("battles".into()), ..Filter::default() }).len(), 6);
    assert_eq!(q(Filter { event_type: Some("Air/drone strike".into()), ..Filter::default() }).len(), 6);
    assert_eq!(q(Filter { actor: Some("tahrir".into()), admin1: Some("Aleppo".into()), ..Filter::default() }).len(), 3);
    assert_eq!(q(Filter { actor: Some("100%".into()), ..Filter::default() }).len(), 0);
    // The Aleppo events are about 54 km from the Idlib ones.
    assert_eq!(q(Filter { near: Some((35.93, 36.63, 10.0)), ..Filter::default() }).len(), 6);
    assert_eq!(q(Filter { near: Some((35.93, 36.63, 150.0)), ..Filter::default() }).len(), 12);
    assert_eq!(q(Filter { limit: Some(4), ..Filter::default() }).len(), 4);
    // Ordered by date.
    let all = q(Filter::default());
    assert!(all.windows(2).all(|w| w[0].event_date <= w[1].event_date));
}
