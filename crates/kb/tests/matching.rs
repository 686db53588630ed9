//! Matching names in text: place-name variants, Arabic clitics, ambiguous
//! names resolved in context, point-in-polygon governorates, and actor
//! aliases in three languages. Place matching runs on a small fixture
//! gazetteer written here; admin areas and actors use the embedded kb.

use marsad_core::{Language, NaiveDate};
use marsad_kb::places::Context;
use marsad_kb::{Kb, KbFiles, Register};
use marsad_text::normalize;
use std::sync::LazyLock;

const HEADER: &str =
    "id\tkind\tname_en\tname_ar\tname_fa\talt_names\tlat\tlon\tcountry\tadmin1\tadmin2\tadmin3\tpopulation\tsource";

/// Fixture places: (id, kind, name_en, name_ar, name_fa, alt_names, lat, lon, admin1, population).
/// Coordinates are approximate; only their relative distances matter here.
type Row =
    (&'static str, &'static str, &'static str, &'static str, &'static str, &'static str, f64, f64, &'static str, u64);
const PLACES: &[Row] = &[
    (
        "t:deir-ez-zor",
        "city",
        "Deir ez-Zor",
        "دير الزور",
        "",
        "Deir al-Zour|Dayr az Zawr",
        35.336,
        40.141,
        "Deir ez-Zor",
        270000,
    ),
    (
        "t:bukamal",
        "town",
        "al-Bukamal",
        "البوكمال",
        "",
        "البو كمال|أبو كمال|Abu Kamal",
        34.453,
        40.918,
        "Deir ez-Zor",
        57000,
    ),
    ("t:mayadin", "town", "al-Mayadin", "الميادين", "", "", 35.019, 40.452, "Deir ez-Zor", 54000),
    ("t:idlib", "city", "Idlib", "إدلب", "", "Idleb", 35.930, 36.634, "Idlib", 128000),
    ("t:hama", "city", "Hama", "حماة", "", "", 35.131, 36.757, "Hama", 460000),
    ("t:al-bab", "town", "al-Bab", "الباب", "", "", 36.370, 37.517, "Aleppo", 130000),
    // A (made-up) village called just "Deir", to check "مدير" does not contain it.
    ("t:deir", "village", "Deir", "دير", "", "", 35.500, 40.500, "Deir ez-Zor", 300),
    ("t:quneitra", "admin1", "Quneitra", "القنيطرة", "", "محافظة القنيطرة", 33.100, 35.850, "Quneitra", 0),
    // One name, two governorates: a village near Hama and a bigger town in Quneitra.
    ("t:hamidiyah-hama", "village", "al-Hamidiyah", "الحميدية", "", "", 35.250, 36.700, "Hama", 3000),
    ("t:hamidiyah-quneitra", "town", "al-Hamidiyah", "الحميدية", "", "", 33.090, 35.830, "Quneitra", 9000),
];

fn fixture_kb() -> Kb {
    let mut tsv = String::from(HEADER);
    for (id, kind, en, ar, fa, alt, lat, lon, admin1, pop) in PLACES {
        tsv.push_str(&format!("\n{id}\t{kind}\t{en}\t{ar}\t{fa}\t{alt}\t{lat}\t{lon}\tSY\t{admin1}\t\t\t{pop}\ttest"));
    }
    tsv.push('\n');
    let mut files = KbFiles::empty();
    files.insert("places/x.tsv", tsv);
    Kb::compile(&files).expect("fixture kb compiles")
}

static FIXTURE: LazyLock<Kb> = LazyLock::new(fixture_kb);
static EMBEDDED: LazyLock<Kb> = LazyLock::new(|| Kb::embedded().expect("embedded kb compiles"));

/// Ids of every candidate of every place hit in `text`.
fn place_ids(kb: &Kb, lang: Language, text: &str) -> Vec<String> {
    let key = normalize::key(text);
    kb.places
        .find(lang, &key)
        .iter()
        .flat_map(|h| h.entries.iter().filter_map(|&i| kb.places.place(i)).map(|p| p.id.clone()))
        .collect()
}

fn assert_finds(kb: &Kb, cases: &[(Language, &str, &str)]) {
    let mut failures = Vec::new();
    for &(lang, text, id) in cases {
        let ids = place_ids(kb, lang, text);
        if ids != [id] {
            failures.push(format!("{lang:?} {text:?}: want [{id}], found {ids:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn variant_spellings_find_the_place() {
    use Language::{Arabic as Ar, English as En, Persian as Fa};
    assert_finds(
        &FIXTURE,
        &[
            // Joined, split and "Abu" spellings of al-Bukamal (the last two are alt names).
            (Ar, "قصف مدفعي على البوكمال", "t:bukamal"),
            (Ar, "قصف مدفعي على البو كمال", "t:bukamal"),
            (Ar, "قصف مدفعي على أبو كمال", "t:bukamal"),
            // The alt name without its hamza.
            (Ar, "قصف مدفعي على ابو كمال", "t:bukamal"),
            // Persian writes the name joined and with its own yeh; the Arabic name alone is in the kb.
            (Fa, "حمله پهپادی به دیرالزور", "t:deir-ez-zor"),
            (Fa, "حمله پهپادی به دیر الزور", "t:deir-ez-zor"),
            (Ar, "انفجار في دير الزور", "t:deir-ez-zor"),
            (En, "an explosion in Deir ez-Zor", "t:deir-ez-zor"),
            (En, "an explosion in Deir al-Zour", "t:deir-ez-zor"),
            (En, "an explosion in Dayr az Zawr", "t:deir-ez-zor"),
            // Hyphen written as a space, and capitals.
            (En, "an explosion in Deir ez Zor", "t:deir-ez-zor"),
            (En, "AN EXPLOSION IN DEIR EZ-ZOR", "t:deir-ez-zor"),
            // Hamza on the alef, or not.
            (Ar, "غارات على إدلب", "t:idlib"),
            (Ar, "غارات على ادلب", "t:idlib"),
            (Fa, "حمله به ادلب", "t:idlib"),
            // Ta marbuta, or heh.
            (Ar, "اشتباكات في حماة", "t:hama"),
            (Ar, "اشتباكات في حماه", "t:hama"),
        ],
    );
}

#[test]
fn variant_spellings_in_the_embedded_gazetteer() {
    let cases = [
        ("البوكمال", "Deir ez-Zor"),
        ("البو كمال", "Deir ez-Zor"),
        ("أبو كمال", "Deir ez-Zor"),
        ("دير الزور", "Deir ez-Zor"),
        ("Deir al-Zour", "Deir ez-Zor"),
        ("Dayr az Zawr", "Deir ez-Zor"),
        ("ادلب", "Idlib"),
        ("حماه", "Hama"),
        ("Al Bab", "Aleppo"),
    ];
    let mut failures = Vec::new();
    for (name, admin1) in cases {
        let found = EMBEDDED.places.lookup(name);
        match found.first() {
            Some(p) if p.country == "SY" && p.admin1 == admin1 => {}
            other => failures.push(format!("{name:?}: want a place in {admin1}, best is {:?}", other.map(|p| &p.id))),
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    let fa = place_ids(&EMBEDDED, Language::Persian, "حمله به دیرالزور");
    assert!(!fa.is_empty(), "Persian joined دیرالزور is not found in the embedded gazetteer");
    assert!(fa.iter().all(|id| EMBEDDED.places.get(id).is_some_and(|p| p.admin1 == "Deir ez-Zor")), "{fa:?}");
}

#[test]
fn arabic_clitics_attach_to_names() {
    use Language::{Arabic as Ar, English as En};
    assert_finds(
        &FIXTURE,
        &[
            // و + ب before the article.
            (Ar, "قصف وبالميادين", "t:mayadin"),
            // ل with the article's alef dropped: للميادين.
            (Ar, "وصلت تعزيزات للميادين", "t:mayadin"),
            // ب before a two-word name.
            (Ar, "انفجار بدير الزور", "t:deir-ez-zor"),
            // English article written with a hyphen or a space.
            (En, "Turkish shelling on al-Bab", "t:al-bab"),
            (En, "Turkish shelling on Al Bab", "t:al-bab"),
            (En, "Turkish shelling on Al-Bab", "t:al-bab"),
        ],
    );
    // و before the article, second of two names.
    assert_eq!(place_ids(&FIXTURE, Ar, "غارات على إدلب والبوكمال"), ["t:idlib", "t:bukamal"]);
}

#[test]
fn a_stop_name_is_not_a_proclitic_and_a_place() {
    let mut files = KbFiles::empty();
    files.insert(
        "places/x.tsv",
        format!("{HEADER}\nt:atmeh\ttown\tAtmeh\tأطمة\t\tاطمة\t36.31\t36.69\tSY\tIdlib\t\t\t0\ttest\n"),
    );
    files.insert("places/stopnames.tsv", "name\tnote\nفاطمة\tgiven name\n");
    let kb = Kb::compile(&files).unwrap();
    assert!(place_ids(&kb, Language::Arabic, "استشهاد السيدة فاطمة خطيب").is_empty());
    assert_eq!(place_ids(&kb, Language::Arabic, "قصف بأطمة"), ["t:atmeh"]);
}

#[test]
fn names_are_not_found_inside_other_words() {
    // "مدير" (director) is not a proclitic + "دير"; "ديري" is another word.
    for text in ["قال مدير المرصد إن", "ديري", "الديرة"] {
        assert_eq!(place_ids(&FIXTURE, Language::Arabic, text), Vec::<String>::new(), "{text:?}");
    }
    // But the village itself is found, with or without a proclitic.
    assert_eq!(place_ids(&FIXTURE, Language::Arabic, "قصف على دير"), ["t:deir"]);
    assert_eq!(place_ids(&FIXTURE, Language::Arabic, "قصف بدير"), ["t:deir"]);
}

/// Resolves the first ambiguous name of `text` the way the extractor does:
/// the governorates of the sentence's unambiguous names are `admin1_near`.
fn resolve_in(kb: &Kb, text: &str, anchors: &[(f64, f64)]) -> String {
    let key = normalize::key(text);
    let hits = kb.places.find(Language::Arabic, &key);
    let admin1_near: Vec<String> = hits
        .iter()
        .filter(|h| h.entries.len() == 1)
        .filter_map(|h| kb.places.place(h.entries[0]))
        .map(|p| p.admin1.clone())
        .collect();
    let ambiguous = hits.iter().find(|h| h.entries.len() > 1).expect("an ambiguous name in the sentence");
    let ctx = Context { admin1_near: &admin1_near, anchors, ..Context::default() };
    let index = kb.places.resolve(ambiguous.entries, &ctx).expect("a place is chosen");
    kb.places.place(index).unwrap().id.clone()
}

#[test]
fn ambiguous_names_resolve_by_governorate_then_anchors_then_size() {
    let kb = &*FIXTURE;
    let near_hama = [(35.131, 36.757)];
    type Case<'a> = (&'a str, &'a [(f64, f64)], &'a str);
    let cases: &[Case] = &[
        // The governorate named in the sentence decides, even for the smaller place.
        ("قصف على الحميدية في ريف حماة", &[], "t:hamidiyah-hama"),
        ("قصف على الحميدية في القنيطرة", &[], "t:hamidiyah-quneitra"),
        // ... and outweighs anchors elsewhere.
        ("قصف على الحميدية في القنيطرة", &near_hama, "t:hamidiyah-quneitra"),
        // No governorate: the one near the places already named in the document.
        ("قصف على الحميدية", &near_hama, "t:hamidiyah-hama"),
        // Nothing at all: the bigger place.
        ("قصف على الحميدية", &[], "t:hamidiyah-quneitra"),
    ];
    let mut failures = Vec::new();
    for &(text, anchors, want) in cases {
        let got = resolve_in(kb, text, anchors);
        if got != want {
            failures.push(format!("{text:?} anchors {anchors:?}: want {want}, got {got}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn admin1_at_places_city_centres_in_their_governorate() {
    let g = &EMBEDDED.places;
    let cases = [
        ("Damascus (Umayyad Mosque)", 33.5116, 36.3066, "Damascus"),
        ("Aleppo (citadel)", 36.1993, 37.1627, "Aleppo"),
        ("Deir ez-Zor (city centre)", 35.3359, 40.1408, "Deir ez-Zor"),
        ("Homs (city centre)", 34.7324, 36.7137, "Homs"),
        ("Douma", 33.5719, 36.4017, "Rural Damascus"),
    ];
    for (what, lat, lon, want) in cases {
        assert_eq!(g.admin1_at(lat, lon), Some(("SY", want)), "{what}");
    }
    // The Mediterranean west of Latakia is in no governorate.
    assert_eq!(g.admin1_at(35.5, 35.0), None);
}

/// (alias text as matched, alias index's actor id, register) of every actor alias in `text`,
/// choosing among same-form aliases by `date`.
fn actor_hits(kb: &Kb, lang: Language, text: &str, date: Option<NaiveDate>) -> Vec<(String, Register, String)> {
    let key = normalize::key(text);
    kb.actors
        .find(lang, &key)
        .iter()
        .filter_map(|h| {
            let alias = kb.actors.choose(h.entries, date)?;
            let actor = kb.actors.actor(alias.actor)?;
            let top = kb.actors.top(alias.actor)?;
            Some((actor.id.clone(), alias.register, top.id.clone()))
        })
        .collect()
}

fn one_actor(lang: Language, text: &str, date: Option<NaiveDate>) -> (String, Register, String) {
    let hits = actor_hits(&EMBEDDED, lang, text, date);
    assert_eq!(hits.len(), 1, "{lang:?} {text:?}: {hits:?}");
    hits.into_iter().next().unwrap()
}

#[test]
fn sdf_aliases_in_three_languages_are_one_actor() {
    let ar = one_actor(Language::Arabic, "هاجمت قسد نقطة عسكرية", None);
    let fa = one_actor(Language::Persian, "نیروهای دموکراتیک سوریه به یک پایگاه حمله کردند", None);
    let en = one_actor(Language::English, "the SDF said on Tuesday", None);
    assert_eq!(ar.2, fa.2);
    assert_eq!(ar.2, en.2);
    let top = EMBEDDED.actors.get(&ar.2).unwrap();
    assert!(top.parent.is_empty() && top.name.contains("Syrian Democratic Forces"), "{top:?}");
}

#[test]
fn partisan_and_neutral_labels_of_one_actor() {
    let partisan = one_actor(Language::Arabic, "قصفت قوات النظام البلدة", None);
    let neutral = one_actor(Language::Arabic, "قال الجيش العربي السوري في بيان", None);
    assert_eq!(partisan.0, neutral.0);
    assert_eq!(partisan.1, Register::Partisan);
    assert_eq!(neutral.1, Register::Neutral);
}

#[test]
fn a_date_disambiguated_alias_names_different_actors() {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    let text = "أعلن الجيش السوري السيطرة على المنطقة";
    let before = one_actor(Language::Arabic, text, day(2020, 3, 5));
    let after = one_actor(Language::Arabic, text, day(2025, 3, 7));
    assert_ne!(before.0, after.0);
    assert_eq!(before.0, "sy-gov-army");
    assert_eq!(after.0, "sy-gov2-military");
    // The old army's official name stays the old army.
    assert_eq!(one_actor(Language::Arabic, "الجيش العربي السوري", day(2020, 3, 5)).0, "sy-gov-army");
}

#[test]
fn units_roll_up_to_their_parent() {
    let cases = [
        (Language::Arabic, "تعزيزات من الفرقة الرابعة"),
        (Language::English, "troops of the 4th Division"),
        (Language::Persian, "نیروهای لشکر چهارم"),
    ];
    for (lang, text) in cases {
        let (unit, _, top) = one_actor(lang, text, NaiveDate::from_ymd_opt(2020, 1, 1));
        assert_eq!(unit, "sy-gov-4th-division", "{text:?}");
        assert_eq!(top, "sy-gov-army", "{text:?}");
    }
    // A top-level actor is its own top.
    let sdf = EMBEDDED.actors.all().iter().position(|a| a.id == "sdf").unwrap() as u32;
    assert_eq!(EMBEDDED.actors.top(sdf).map(|a| a.id.as_str()), Some("sdf"));
}
