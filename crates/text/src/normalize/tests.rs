use super::*;

fn span_of(haystack: &str, needle: &str) -> NormSpan {
    let start = haystack.find(needle).unwrap_or_else(|| panic!("{needle:?} not in {haystack:?}"));
    NormSpan::new(start, start + needle.len())
}

#[test]
fn folds_per_layer() {
    // (input, canonical, key)
    let table = [
        ("Damascus", "Damascus", "damascus"),
        ("\u{FEFB}", "لا", "لا"),
        ("ﻷ", "لأ", "لا"),
        ("٢٠٢٤/٠٣/١٥", "2024/03/15", "2024/03/15"),
        ("۱۴۰۳", "1403", "1403"),
        ("قُتِلَ", "قُتِلَ", "قتل"),
        ("حلـــب", "حلـــب", "حلب"),
        ("إدلب، أريحا؛ آمنة؟", "إدلب, أريحا; آمنة?", "ادلب, اريحا; امنه?"),
        ("مستشفى الرئيس المسؤول", "مستشفى الرئيس المسؤول", "مستشفي الرييس المسوول"),
        ("کرکوک یک", "كركوك يك", "كركوك يك"),
        ("جنگنده\u{200C}های", "جنگنده\u{200C}هاي", "جنگنده هاي"),
        ("خانۀ", "خانۀ", "خانه"),
        ("٣٫٥ و١٬٢٠٠", "3.5 و1,200", "3.5 و1,200"),
        ("Ḥayʾat Taḥrīr al-Shām", "Ḥayʾat Taḥrīr al-Shām", "hayat tahrir al-sham"),
        ("Ma'arrat ÖZGÜR Straße", "Ma'arrat ÖZGÜR Straße", "maarrat ozgur strasse"),
        // NFD input composes: e + combining acute, alef + combining hamza above.
        ("Re\u{301}gion \u{627}\u{654}", "Région أ", "region ا"),
        ("a\u{00A0}b\u{200F}c", "a b\u{200F}c", "a bc"),
    ];
    for (input, canonical, key) in table {
        assert_eq!(Normalized::new(input, 0, Layer::Canonical).as_str(), canonical, "canonical of {input:?}");
        assert_eq!(Normalized::new(input, 0, Layer::Key).as_str(), key, "key of {input:?}");
        assert_eq!(super::key(key), key, "key is idempotent for {input:?}");
    }
}

#[test]
fn plain_ascii_is_borrowed_with_identity_map() {
    let text = "Shelling killed 3 people in Idlib.";
    let norm = Normalized::new(text, 10, Layer::Canonical);
    assert!(matches!(norm.text, Cow::Borrowed(_)));
    assert_eq!(norm.alignment, Alignment::Identity);
    assert_eq!(norm.to_original(span_of(text, "Idlib")), Some(Span::new(10 + 28, 10 + 33)));
    // Lower-casing is a same-shape fold: the identity map survives.
    let key = Normalized::new(text, 0, Layer::Key);
    assert_eq!(key.alignment, Alignment::Identity);
    assert_eq!(key.as_str(), "shelling killed 3 people in idlib.");
}

#[test]
fn lam_alef_ligature_expands_to_two_letters_of_one_original_char() {
    let text = "ﻻ قتال";
    let norm = Normalized::new(text, 0, Layer::Key);
    assert_eq!(norm.as_str(), "لا قتال");
    let lam = NormSpan::new(0, 2);
    let alef = NormSpan::new(2, 4);
    // Either letter alone maps back to the whole ligature (3 bytes).
    assert_eq!(norm.to_original(lam), Some(Span::new(0, 3)));
    assert_eq!(norm.to_original(alef), Some(Span::new(0, 3)));
    assert_eq!(norm.original_str(span_of(norm.as_str(), "قتال")), Some("قتال"));
    assert_eq!(norm.to_normalized(Span::new(0, 3)), Some(NormSpan::new(0, 4)));
}

#[test]
fn tatweel_at_span_edges() {
    // Tatweel at the end of one line's word and the start of the next's.
    let text = "حلبـ\nـحماه";
    let norm = Normalized::new(text, 100, Layer::Key);
    assert_eq!(norm.as_str(), "حلب\nحماه");
    // A trailing tatweel joins the letter before it.
    assert_eq!(norm.original_str(span_of(norm.as_str(), "حلب")), Some("حلبـ"));
    // A leading tatweel joins the space before it: the word maps to its letters.
    assert_eq!(norm.original_str(span_of(norm.as_str(), "حماه")), Some("حماه"));
    let hama = norm.to_original(span_of(norm.as_str(), "حماه"));
    assert_eq!(hama, Some(Span::new(100 + 11, 100 + text.len())));
    // The tatweel alone is not representable in the key text.
    assert_eq!(norm.to_normalized(Span::new(100 + 9, 100 + 11)), None);
}

#[test]
fn zwnj_becomes_a_word_break_that_maps_back() {
    let text = "جنگنده\u{200C}های اسرائیل";
    let norm = Normalized::new(text, 0, Layer::Key);
    assert_eq!(norm.as_str(), "جنگنده هاي اسراييل");
    assert_eq!(norm.original_str(span_of(norm.as_str(), "جنگنده")), Some("جنگنده"));
    assert_eq!(norm.original_str(span_of(norm.as_str(), "جنگنده هاي")), Some("جنگنده\u{200C}های"));
}

#[test]
fn digits_map_back_to_their_script() {
    let text = "قتل ١٢ شخصا و ۳ نفر";
    let norm = Normalized::new(text, 0, Layer::Canonical);
    assert_eq!(norm.as_str(), "قتل 12 شخصا و 3 نفر");
    assert_eq!(norm.original_str(span_of(norm.as_str(), "12")), Some("١٢"));
    assert_eq!(norm.original_str(span_of(norm.as_str(), "3")), Some("۳"));
    let twelve = Span::new(text.find('١').unwrap_or(0), text.find(" شخصا").unwrap_or(0));
    assert_eq!(norm.to_normalized(twelve), Some(span_of(norm.as_str(), "12")));
}

#[test]
fn diacritics_join_their_letter() {
    let text = "قُصِفَتْ مَدِينَةُ حَلَبَ";
    let norm = Normalized::new(text, 0, Layer::Key);
    assert_eq!(norm.as_str(), "قصفت مدينه حلب");
    assert_eq!(norm.original_str(span_of(norm.as_str(), "مدينه")), Some("مَدِينَةُ"));
    assert_eq!(norm.original_str(span_of(norm.as_str(), "حلب")), Some("حَلَبَ"));
}

#[test]
fn spans_round_trip_through_both_maps() {
    let text = "وقالت مصادر إنّ طائرات حربية قصفت مواقع في ريف إدلب الجنوبي.";
    let norm = Normalized::new(text, 7, Layer::Key);
    for key in ["طايرات", "ريف ادلب", "ان", "مواقع"] {
        let found = span_of(norm.as_str(), key);
        let orig = norm.to_original(found).unwrap_or_default();
        let back = norm.to_normalized(orig);
        assert_eq!(back, Some(found), "{key}");
    }
    assert_eq!(norm.original_str(span_of(norm.as_str(), "ريف ادلب")), Some("ريف إدلب"));
    assert_eq!(norm.original_str(span_of(norm.as_str(), "ان")), Some("إنّ"));
    assert_eq!(norm.to_normalized(Span::new(0, 3)), None, "before base");
    assert_eq!(norm.to_original(NormSpan::new(1, 2)), None, "inside a char");
}

/// A tiny deterministic generator for the property test.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, bound: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        usize::try_from(self.0 >> 33).unwrap_or(0) % bound.max(1)
    }
}

#[test]
fn every_normalised_span_maps_to_an_original_char_boundary_span() {
    let alphabet: Vec<char> =
        "اأإآٱبةتىيیکكؤئءـًٌٍَُِّْٰ\u{200C}\u{200D}\u{200F}\u{FEFF}ﻻﻷﺏﷺ٠٣۹،؛؟٫٬ aZÉé\u{301}\u{654}ßİ'ʿ\n.ڕێ".chars().collect();
    let mut rng = Lcg(42);
    for round in 0..400 {
        let len = rng.next(24);
        let text: String = (0..len).map(|_| alphabet.get(rng.next(alphabet.len())).copied().unwrap_or('x')).collect();
        let base = round;
        for layer in [Layer::Canonical, Layer::Key] {
            let norm = Normalized::new(&text, base, layer);
            let folded = norm.as_str();
            let bounds: Vec<usize> = folded.char_indices().map(|(i, _)| i).chain([folded.len()]).collect();
            let mut previous_start = base;
            for (a, &start) in bounds.iter().enumerate() {
                for &end in bounds.iter().skip(a) {
                    let span = NormSpan::new(start, end);
                    let orig = norm.to_original(span);
                    let orig = orig.unwrap_or_else(|| panic!("{span:?} of {folded:?} from {text:?} did not map"));
                    assert!(orig.start >= base && orig.end <= base + text.len(), "{orig:?} out of {text:?}");
                    assert!(text.is_char_boundary(orig.start - base) && text.is_char_boundary(orig.end - base));
                    if end > start {
                        // The normalised chars of the original span include this span.
                        let back = norm.to_normalized(orig).unwrap_or_else(|| panic!("{orig:?} did not map back"));
                        assert!(back.start <= start && back.end >= end, "{span:?} → {orig:?} → {back:?}");
                    }
                }
                // Alignments never go backwards.
                if let Some(orig) = norm.to_original(NormSpan::new(start, start)) {
                    assert!(orig.start >= previous_start, "alignment went back at {start} of {folded:?}");
                    previous_start = orig.start;
                }
            }
            // Folding the fold changes nothing.
            assert_eq!(Normalized::new(folded, 0, layer).as_str(), folded, "{layer:?} of {text:?}");
        }
    }
}

#[test]
fn transform_follows_the_change_protocol() {
    let norm = Normalized::new("abcd", 0, Layer::Canonical);
    // Drop "a", keep "b", insert "x", merge "c" and "d" into "Y".
    let out = norm.transform(1, [('b', 0), ('x', 1), ('Y', -1)]);
    assert_eq!(out.as_str(), "bxY");
    assert_eq!(out.to_original(NormSpan::new(0, 1)), Some(Span::new(1, 2)));
    assert_eq!(out.to_original(NormSpan::new(1, 2)), Some(Span::new(1, 2)));
    assert_eq!(out.to_original(NormSpan::new(2, 3)), Some(Span::new(2, 4)));
}

#[test]
fn tatweel_breaks_of_social_media_are_joined_in_keys() {
    assert_eq!(key("الحـ.ـربي"), key("الحربي"));
    assert_eq!(key("بالصـ .ـواريخ"), key("بالصواريخ"));
    // A space between two tatweels breaks a word too: no word starts with one.
    assert_eq!(key("الاحـ ـتلال"), key("الاحتلال"));
    assert_eq!(key("حلبـ حماه").as_str(), "حلب حماه");
    assert_eq!(key("قُ*تل"), key("قتل"));
    assert_eq!(key("يعد*مون").as_str(), "يعدمون");
    assert_eq!(key("5 * 3").as_str(), "5 * 3");
    // A sentence end after a tatweel word stays.
    assert_eq!(key("حلبـ . وقال").as_str(), "حلب . وقال");
    assert_eq!(key("قـ.ـضـ.ـوا"), "قضوا");
    assert_eq!(key("مقتـ.ل"), "مقتل");
    // A dot ending a sentence after a normal letter stays.
    assert_eq!(key("قتل. ثم"), "قتل. ثم");
    let text = "غارة الطيران الحـ.ـربي";
    let n = Normalized::new(text, 0, Layer::Key);
    let at = n.as_str().find("الحربي").unwrap();
    let span = n.to_original(NormSpan::new(at, at + "الحربي".len())).unwrap();
    assert_eq!(&text[span.start..span.end], "الحـ.ـربي");
}
