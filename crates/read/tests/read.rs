//! End-to-end tests of the reader: fixtures, encodings, and every kind of bad input.

use marsad_core::{Diagnostic, Document, NaiveDate, Origin, Severity};
use marsad_read::{read_bytes, read_inputs, Format, InputPath, ReadOptions};
use std::fs;
use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const MB200: u64 = 200 * 1024 * 1024;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn read_all(paths: &[PathBuf], opts: &ReadOptions) -> Vec<Result<Document, Diagnostic>> {
    let inputs: Vec<InputPath> = paths.iter().cloned().map(InputPath::from).collect();
    read_inputs(&inputs, opts).collect()
}

fn docs(items: &[Result<Document, Diagnostic>]) -> Vec<&Document> {
    items.iter().filter_map(|i| i.as_ref().ok()).collect()
}

fn errors(items: &[Result<Document, Diagnostic>]) -> Vec<&Diagnostic> {
    items.iter().filter_map(|i| i.as_ref().err()).filter(|d| d.severity == Severity::Error).collect()
}

fn only_error(items: &[Result<Document, Diagnostic>]) -> &Diagnostic {
    assert_eq!(items.len(), 1, "expected exactly one item: {items:?}");
    items[0].as_ref().expect_err("expected an error")
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn arabic_html_fixture_keeps_the_article_and_drops_the_furniture() {
    let items = read_all(&[fixture("ar_article.html")], &ReadOptions::default());
    let doc = docs(&items)[0];
    assert_eq!(items.len(), 1);
    assert_eq!(doc.title.as_deref(), Some("قصف مدفعي على بلدة في ريف إدلب الجنوبي"));
    assert_eq!(
        &doc.text[doc.body_start()..],
        "قُتل مدنيان وأصيب أربعة آخرون، يوم الخميس، جراء قصف مدفعي استهدف أطراف البلدة.\n\n\
         وقال مراسل محلي إن القصف مصدره مواقع عسكرية قريبة."
    );
    assert!(doc.text.starts_with("قصف مدفعي على بلدة في ريف إدلب الجنوبي\n\nقُتل"));
    for junk in ["واتساب", "وسوم", "تعليق", "الأكثر قراءة", "ملفات تعريف", "الحقوق", "trackView", "خبر ذو صلة"]
    {
        assert!(!doc.text.contains(junk), "{junk} leaked into {:?}", doc.text);
    }
    assert_eq!(doc.meta.published, date(2024, 4, 11)); // article:published_time beats JSON-LD
    assert_eq!(doc.meta.source.as_deref(), Some("منصة الرصد"));
    assert_eq!(doc.meta.url.as_deref(), Some("https://example.org/ar/2024/04/shelling-idlib"));
    assert_eq!(doc.meta.declared_language.as_deref(), Some("ar"));
    assert_eq!((doc.meta.encoding.as_str(), doc.meta.format.as_str()), ("UTF-8", "html"));
    assert_eq!(doc.origin, Origin::File { path: fixture("ar_article.html") });
    assert!(doc.id.starts_with("doc-") && doc.id.len() == 20, "{}", doc.id);
}

#[test]
fn persian_html_fixture_uses_article_body_og_title_canonical_and_graph_date() {
    let items = read_all(&[fixture("fa_article.html")], &ReadOptions::default());
    let doc = docs(&items)[0];
    assert_eq!(doc.title.as_deref(), Some("انفجار در حومه‌ی دمشق"));
    assert_eq!(
        &doc.text[doc.body_start()..],
        "یک انفجار صبح امروز در حومه‌ی دمشق رخ داد.\n\nمنابع محلی از زخمی شدن سه نفر خبر دادند."
    );
    assert_eq!(doc.meta.published, date(2024, 1, 20));
    assert_eq!(doc.meta.url.as_deref(), Some("https://example.ir/news/123"));
    assert_eq!(doc.meta.declared_language.as_deref(), Some("fa-IR"));
    assert_eq!(doc.meta.source, None);
}

#[test]
fn text_fixture_has_a_title_and_defaults_fill_missing_metadata() {
    let opts = ReadOptions {
        published: date(2024, 6, 4),
        source: Some("Local Monitor".into()),
        url: Some("https://monitor.example/r".into()),
        ..ReadOptions::default()
    };
    let items = read_all(&[fixture("en_report.txt")], &opts);
    let doc = docs(&items)[0];
    assert_eq!(doc.title.as_deref(), Some("Drone strike reported near Qamishli"));
    assert_eq!(
        doc.text,
        "Drone strike reported near Qamishli\n\nA drone struck a vehicle on the outskirts of \
         Qamishli on Tuesday, local sources said.\nTwo people inside were killed."
    );
    assert_eq!(doc.meta.published, date(2024, 6, 4));
    assert_eq!(doc.meta.source.as_deref(), Some("Local Monitor"));
    assert_eq!(doc.meta.url.as_deref(), Some("https://monitor.example/r"));
    assert_eq!(doc.meta.format, "text");
}

#[test]
fn jsonl_fixture_reports_bad_lines_and_keeps_the_rest() {
    let opts = ReadOptions { published: date(2000, 1, 1), ..ReadOptions::default() };
    let items = read_all(&[fixture("mixed.jsonl")], &opts);
    let path = fixture("mixed.jsonl");
    let docs = docs(&items);
    assert_eq!(docs.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["a-1", "a-3"]);
    let a1 = docs[0];
    assert_eq!(a1.origin, Origin::Line { path: path.clone(), line: 1 });
    assert_eq!(
        a1.text,
        "Clashes in northern Aleppo\n\nFighting broke out between two armed groups near Azaz on Monday."
    );
    assert_eq!(a1.meta.published, date(2024, 5, 6));
    assert_eq!(a1.meta.source.as_deref(), Some("Example Wire"));
    assert_eq!(a1.meta.declared_language.as_deref(), Some("en"));
    assert_eq!(a1.meta.format, "jsonl");
    let a3 = docs[1];
    assert_eq!(a3.origin, Origin::Line { path: path.clone(), line: 4 });
    assert_eq!(a3.title.as_deref(), Some("حمله‌ی هوایی"));
    assert_eq!(a3.text, "حمله‌ی هوایی\n\nیک حمله‌ی هوایی در نزدیکی تدمر گزارش شد.");
    assert_eq!(a3.meta.published, date(2024, 5, 7));
    let errs = errors(&items);
    assert_eq!(errs.len(), 2);
    assert_eq!(errs[0].origin, format!("{}:3", path.display()));
    assert!(errs[0].message.contains("not valid JSON") && errs[0].message.contains("line skipped"));
    assert_eq!(errs[1].origin, format!("{}:5", path.display()));
}

#[test]
fn directory_of_good_and_bad_files_yields_every_good_document_in_sorted_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    fs::write(d.join("01-good.txt"), "عنوان الخبر\n\nنص الخبر هنا.").expect("write");
    fs::write(d.join("02-empty.txt"), "").expect("write");
    fs::write(d.join("03-blank.txt"), " \n\t\n").expect("write");
    fs::write(d.join("04-binary.dat"), b"GIF89a\x00\x01\x02binary").expect("write");
    fs::write(d.join("05-latin1.txt"), b"caf\xe9 au lait").expect("write");
    fs::write(d.join("06-lines.ndjson"), "{\"text\": \"one\"}\nnot json\n{\"text\": \"three\"}\n").expect("write");
    fs::File::create(d.join("07-huge.txt")).and_then(|f| f.set_len(MB200)).expect("sparse file");
    fs::write(d.join(".hidden.txt"), "secret").expect("write");
    fs::write(d.join("logo.png"), b"\x89PNG\r\n\x1a\n\0\0").expect("write");
    fs::create_dir(d.join("08-sub")).expect("mkdir");
    fs::write(d.join("08-sub/page"), "<html><body><p>صفحة فرعية</p></body></html>").expect("write");
    fs::create_dir(d.join(".git")).expect("mkdir");
    fs::write(d.join(".git/config"), "[core]").expect("write");

    let start = Instant::now();
    let items = read_all(&[d.to_path_buf()], &ReadOptions::default());
    assert!(start.elapsed() < Duration::from_secs(20), "the huge file must not be read");
    let origins: Vec<String> = items
        .iter()
        .map(|i| match i {
            Ok(doc) => doc.origin.to_string(),
            Err(diag) => diag.origin.clone(),
        })
        .map(|o| o.strip_prefix(&format!("{}/", d.display())).unwrap_or(&o).to_string())
        .collect();
    assert_eq!(
        origins,
        [
            "01-good.txt",
            "02-empty.txt",
            "03-blank.txt",
            "04-binary.dat",
            "05-latin1.txt",
            "06-lines.ndjson:1",
            "06-lines.ndjson:2",
            "06-lines.ndjson:3",
            "07-huge.txt",
            "08-sub/page",
        ]
    );
    let texts: Vec<&str> = docs(&items).iter().map(|d| d.text.as_str()).collect();
    assert_eq!(texts, ["عنوان الخبر\n\nنص الخبر هنا.", "one", "three", "صفحة فرعية"]);
    let messages: Vec<&str> = errors(&items).iter().map(|e| e.message.as_str()).collect();
    assert_eq!(messages.len(), 6);
    assert!(messages[0].contains("empty"));
    assert!(messages[1].contains("only whitespace"));
    assert!(messages[2].contains("binary") && messages[2].contains("offset 6"), "{}", messages[2]);
    assert!(messages[3].contains("not valid UTF-8") && messages[3].contains("offset 3"), "{}", messages[3]);
    assert!(messages[4].contains("not a JSON object"), "{}", messages[4]);
    assert!(
        messages[5].contains(&format!("{MB200} bytes"))
            && messages[5].contains(&format!("cap of {} bytes", marsad_read::DEFAULT_MAX_BYTES))
            && messages[5].contains("--max-bytes"),
        "{}",
        messages[5]
    );
    assert!(items.iter().all(|i| i.as_ref().err().is_none_or(|e| e.message.contains("skipped"))));
}

#[test]
fn results_are_deterministic_and_the_iterator_can_move_to_another_thread() {
    let paths = vec![fixture("")];
    let first: Vec<_> = read_all(&paths, &ReadOptions::default());
    let inputs = vec![InputPath::from(fixture(""))];
    let second: Vec<_> = std::thread::spawn(move || read_inputs(&inputs, &ReadOptions::default()).collect::<Vec<_>>())
        .join()
        .expect("thread");
    assert_eq!(first, second);
    assert_eq!(docs(&first).len(), 5);
}

#[test]
fn unreadable_paths_are_errors_and_reading_goes_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = dir.path().join("good.txt");
    fs::write(&good, "A short report.").expect("write");
    let missing = dir.path().join("missing.html");
    let under_file = good.join("child.txt");
    let items = read_all(&[missing.clone(), under_file.clone(), good], &ReadOptions::default());
    let errs = errors(&items);
    assert_eq!(errs.len(), 2);
    assert_eq!(errs[0].origin, missing.display().to_string());
    assert!(errs[0].message.starts_with("cannot read:"), "{}", errs[0].message);
    assert_eq!(errs[1].origin, under_file.display().to_string());
    assert_eq!(docs(&items).len(), 1);

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let locked = dir.path().join("locked.txt");
        fs::write(&locked, "text").expect("write");
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).expect("chmod");
        let items = read_all(std::slice::from_ref(&locked), &ReadOptions::default());
        if fs::File::open(&locked).is_err() {
            // Not root: permissions apply.
            assert!(only_error(&items).message.contains("ermission denied"), "{items:?}");
        } else {
            assert_eq!(docs(&items).len(), 1);
        }
    }
}

#[test]
fn a_200_mb_jsonl_line_is_reported_not_loaded() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("big.jsonl");
    let mut f = fs::File::create(&path).expect("create");
    f.write_all(b"{\"text\": \"before\"}\n").expect("write");
    f.set_len(MB200).expect("grow");
    f.seek(SeekFrom::End(0)).expect("seek");
    f.write_all(b"\n{\"text\": \"after\"}\n").expect("write");
    drop(f);
    let items = read_all(std::slice::from_ref(&path), &ReadOptions::default());
    assert_eq!(items.len(), 3, "{items:?}");
    let texts: Vec<&str> = docs(&items).iter().map(|d| d.text.as_str()).collect();
    assert_eq!(texts, ["before", "after"]);
    let err = errors(&items)[0];
    assert_eq!(err.origin, format!("{}:2", path.display()));
    let line_len = MB200 - b"{\"text\": \"before\"}\n".len() as u64;
    assert!(err.message.contains(&format!("{line_len} bytes")), "{}", err.message);
    assert!(err.message.contains("--max-bytes"));
}

#[test]
fn a_file_over_a_small_cap_is_skipped_with_size_and_cap() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("page.html");
    fs::write(&path, format!("<p>{}</p>", "خبر ".repeat(100))).expect("write");
    let opts = ReadOptions { max_bytes: 100, ..ReadOptions::default() };
    let err = only_error(&read_all(std::slice::from_ref(&path), &opts)).clone();
    let size = fs::metadata(&path).expect("meta").len();
    assert!(
        err.message.contains(&format!("{size} bytes")) && err.message.contains("cap of 100 bytes"),
        "{}",
        err.message
    );
}

#[test]
fn hundred_thousand_nested_divs_read_without_overflow_or_quadratic_time() {
    let n = 100_000;
    let html = format!(
        "<html><body>{}<p>نص في العمق</p>{}<p>Closing words.</p></body></html>",
        "<div>".repeat(n),
        "</div>".repeat(n)
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("deep.html");
    fs::write(&path, &html).expect("write");
    let start = Instant::now();
    let items = read_all(std::slice::from_ref(&path), &ReadOptions::default());
    assert!(start.elapsed() < Duration::from_secs(10), "took {:?}", start.elapsed());
    assert_eq!(items.len(), 2, "{items:?}");
    let warning = items[0].as_ref().expect_err("a warning comes first");
    assert_eq!(warning.severity, Severity::Warning);
    assert!(warning.message.contains("flattened"));
    assert_eq!(docs(&items)[0].text, "نص في العمق\n\nClosing words.");
}

#[test]
fn legacy_and_utf16_encodings_are_decoded_and_named() {
    let arabic = "<html><head><title>اشتباكات في درعا</title></head><body><p>وقعت اشتباكات في مدينة درعا اليوم.</p></body></html>";
    let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(arabic);
    let items = read_bytes(&cp1256, Origin::Stdin, None, &ReadOptions::default());
    let doc = items[0].as_ref().expect("1256 HTML reads");
    assert_eq!(doc.meta.encoding, "windows-1256");
    assert_eq!(doc.text, "اشتباكات في درعا\n\nوقعت اشتباكات في مدينة درعا اليوم.");

    // A declared charset is honoured: ISO-8859-6 bytes would not pass as 1256.
    let declared = format!("<meta charset=iso-8859-6><p>{}</p>", "مدينة حمص");
    let (iso, _, _) = encoding_rs::ISO_8859_6.encode(&declared);
    let items = read_bytes(&iso, Origin::Stdin, Some(Format::Html), &ReadOptions::default());
    let doc = items[0].as_ref().expect("declared charset reads");
    assert_eq!((doc.text.as_str(), doc.meta.encoding.as_str()), ("مدينة حمص", "ISO-8859-6"));

    let mut utf16be = vec![0xFE, 0xFF];
    utf16be.extend("خبر عاجل\n\nسقوط قذائف على حي سكني".encode_utf16().flat_map(u16::to_be_bytes));
    let items = read_bytes(&utf16be, Origin::Stdin, None, &ReadOptions::default());
    let doc = items[0].as_ref().expect("UTF-16BE reads");
    assert_eq!(doc.meta.encoding, "UTF-16BE");
    assert_eq!(doc.title.as_deref(), Some("خبر عاجل"));

    let bom8 = b"\xEF\xBB\xBF{\"text\": \"x\"}\r\n{\"text\": \"y\"}";
    let items = read_bytes(bom8, Origin::Stdin, None, &ReadOptions::default());
    let origins: Vec<_> = docs(&items).iter().map(|d| d.origin.clone()).collect();
    assert_eq!(origins, [Origin::StdinLine { line: 1 }, Origin::StdinLine { line: 2 }]);
}

#[test]
fn ids_are_stable_and_input_ids_win() {
    let a = read_bytes("نص واحد".as_bytes(), Origin::Stdin, Some(Format::Text), &ReadOptions::default());
    let b = read_bytes("نص واحد".as_bytes(), Origin::File { path: "x.txt".into() }, None, &ReadOptions::default());
    let (a, b) = (a[0].as_ref().expect("a"), b[0].as_ref().expect("b"));
    assert_eq!(a.id, b.id);
    assert_ne!(a.id, read_bytes(b"other", Origin::Stdin, None, &ReadOptions::default())[0].as_ref().expect("c").id);
    let j = read_bytes(b"{\"id\": 42, \"text\": \"t\"}", Origin::Stdin, None, &ReadOptions::default());
    assert_eq!(j[0].as_ref().expect("j").id, "42");
}

#[test]
fn html_without_text_and_truncated_utf16_are_errors() {
    let opts = ReadOptions::default();
    let e = read_bytes(b"<html><body><nav>menu</nav><script>x()</script></body></html>", Origin::Stdin, None, &opts);
    assert!(e[0].as_ref().expect_err("no text").message.contains("no readable text"));
    let e = read_bytes(b"\xFF\xFEa\x00\x00", Origin::Stdin, None, &opts);
    assert!(e[0].as_ref().expect_err("odd length").message.contains("UTF-16LE"));
}

#[test]
fn utf16_html_without_extension_is_sniffed_after_decoding() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("page");
    let mut bytes = vec![0xFF, 0xFE];
    let html = "<html><body><nav>x</nav><p>انفجار في حمص</p></body></html>";
    bytes.extend(html.encode_utf16().flat_map(u16::to_le_bytes));
    fs::write(&path, bytes).expect("write");
    let items = read_all(&[path], &ReadOptions::default());
    let doc = docs(&items)[0];
    assert_eq!((doc.text.as_str(), doc.meta.format.as_str()), ("انفجار في حمص", "html"));
}
