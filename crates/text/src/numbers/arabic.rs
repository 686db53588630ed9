//! Arabic number words, qualifiers and dual person nouns.
//!
//! Entries are written in their usual spelling; they are folded to match keys
//! once (hamza/alef forms, ta marbuta, alef maqsura, diacritics, tatweel), so
//! "مائة"/"مئة" or "إثنين"/"اثنين" need no separate entries unless the letters
//! differ.

use super::{is_ignorable, key_of, Juxtapose, Lex, QuantityKind as K, Rules, Table};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// Compiled rules for Arabic.
pub(super) static RULES: LazyLock<Rules> = LazyLock::new(|| Rules::new(&TABLE));

const TABLE: Table = Table {
    words: &[
        ("واحد", Lex::Num(1)),
        ("واحدة", Lex::Num(1)),
        ("أحد", Lex::TeenOnly(1)),
        ("إحدى", Lex::TeenOnly(1)),
        ("اثنان", Lex::Num(2)),
        ("اثنين", Lex::Num(2)),
        ("اثنتان", Lex::Num(2)),
        ("اثنتين", Lex::Num(2)),
        ("اثنا", Lex::TeenOnly(2)),
        ("اثني", Lex::TeenOnly(2)),
        ("اثنتا", Lex::TeenOnly(2)),
        ("اثنتي", Lex::TeenOnly(2)),
        ("ثلاث", Lex::Num(3)),
        ("ثلاثة", Lex::Num(3)),
        ("أربع", Lex::Num(4)),
        ("أربعة", Lex::Num(4)),
        ("خمس", Lex::Num(5)),
        ("خمسة", Lex::Num(5)),
        ("ست", Lex::Num(6)),
        ("ستة", Lex::Num(6)),
        ("سبع", Lex::Num(7)),
        ("سبعة", Lex::Num(7)),
        ("ثمان", Lex::Num(8)),
        ("ثماني", Lex::Num(8)),
        ("ثمانية", Lex::Num(8)),
        ("تسع", Lex::Num(9)),
        ("تسعة", Lex::Num(9)),
        ("عشر", Lex::Teen),
        ("عشرة", Lex::Teen),
        ("عشرون", Lex::Num(20)),
        ("عشرين", Lex::Num(20)),
        ("ثلاثون", Lex::Num(30)),
        ("ثلاثين", Lex::Num(30)),
        ("أربعون", Lex::Num(40)),
        ("أربعين", Lex::Num(40)),
        ("خمسون", Lex::Num(50)),
        ("خمسين", Lex::Num(50)),
        ("ستون", Lex::Num(60)),
        ("ستين", Lex::Num(60)),
        ("سبعون", Lex::Num(70)),
        ("سبعين", Lex::Num(70)),
        ("ثمانون", Lex::Num(80)),
        ("ثمانين", Lex::Num(80)),
        ("تسعون", Lex::Num(90)),
        ("تسعين", Lex::Num(90)),
        ("مئة", Lex::Hundred),
        ("مائة", Lex::Hundred),
        ("مئتان", Lex::Num(200)),
        ("مئتين", Lex::Num(200)),
        ("مئتا", Lex::Num(200)),
        ("مئتي", Lex::Num(200)),
        ("مائتان", Lex::Num(200)),
        ("مائتين", Lex::Num(200)),
        ("مائتا", Lex::Num(200)),
        ("مائتي", Lex::Num(200)),
        ("ثلاثمئة", Lex::Num(300)),
        ("ثلاثمائة", Lex::Num(300)),
        ("أربعمئة", Lex::Num(400)),
        ("أربعمائة", Lex::Num(400)),
        ("خمسمئة", Lex::Num(500)),
        ("خمسمائة", Lex::Num(500)),
        ("ستمئة", Lex::Num(600)),
        ("ستمائة", Lex::Num(600)),
        ("سبعمئة", Lex::Num(700)),
        ("سبعمائة", Lex::Num(700)),
        ("ثمانمئة", Lex::Num(800)),
        ("ثمانمائة", Lex::Num(800)),
        ("ثمانيمئة", Lex::Num(800)),
        ("ثمانيمائة", Lex::Num(800)),
        ("تسعمئة", Lex::Num(900)),
        ("تسعمائة", Lex::Num(900)),
        ("ألف", Lex::Scale(1000)),
        ("ألفان", Lex::Num(2000)),
        ("ألفين", Lex::Num(2000)),
        ("ألفي", Lex::Num(2000)),
        ("آلاف", Lex::CountedScale(1000)),
        ("مليون", Lex::Scale(1_000_000)),
        ("مليونان", Lex::Num(2_000_000)),
        ("مليونين", Lex::Num(2_000_000)),
        ("ملايين", Lex::CountedScale(1_000_000)),
        // Vague amounts (conventional values: see `quantities`).
        ("عشرات", Lex::Vague(12, 12)),
        ("العشرات", Lex::Vague(12, 12)),
        ("مئات", Lex::Vague(100, 100)),
        ("المئات", Lex::Vague(100, 100)),
        ("الآلاف", Lex::Vague(1000, 1000)),
        ("عدة", Lex::Vague(3, 2)),
        ("بضعة", Lex::Vague(3, 2)),
        ("بضع", Lex::Vague(3, 2)),
    ],
    vague: &[("عدد من", 3, 2), ("العديد من", 3, 2)],
    clitics: &["و", "ف", "ب", "ل", "ك"],
    and: &["و"],
    juxtapose: Juxtapose::Multipliers,
    before: &[
        ("ما لا يقل عن", K::AtLeast),
        ("لا يقل عن", K::AtLeast),
        ("ما لا تقل عن", K::AtLeast),
        ("لا تقل عن", K::AtLeast),
        ("على الأقل", K::AtLeast),
        ("أكثر من", K::MoreThan),
        ("ما يزيد عن", K::MoreThan),
        ("ما يزيد على", K::MoreThan),
        ("يزيد عن", K::MoreThan),
        ("يزيد على", K::MoreThan),
        ("أزيد من", K::MoreThan),
        ("ما يربو على", K::MoreThan),
        ("يربو على", K::MoreThan),
        ("ما يفوق", K::MoreThan),
        ("يفوق", K::MoreThan),
        ("ما يتجاوز", K::MoreThan),
        ("يتجاوز", K::MoreThan),
        ("أقل من", K::LessThan),
        ("نحو", K::About),
        ("حوالي", K::About),
        ("قرابة", K::About),
        ("زهاء", K::About),
        ("ما يقارب", K::About),
        ("يقارب", K::About),
        ("ما يقرب من", K::About),
        ("يقرب من", K::About),
        ("ما يناهز", K::About),
        ("يناهز", K::About),
        ("في حدود", K::About),
        ("حدود", K::About),
        ("تقريبا", K::About),
        ("حتى", K::UpTo),
        ("ما يصل إلى", K::UpTo),
        ("يصل إلى", K::UpTo),
        ("ما لا يزيد عن", K::UpTo),
        ("لا يزيد عن", K::UpTo),
        ("لا يزيد على", K::UpTo),
        ("ما لا يتجاوز", K::UpTo),
        ("لا يتجاوز", K::UpTo),
    ],
    after: &[("على الأقل", K::AtLeast), ("أو أكثر", K::AtLeast), ("تقريبا", K::About)],
    ranges: &[("بين", "و"), ("ما بين", "و"), ("من", "إلى"), ("", "إلى"), ("", "-"), ("", "أو")],
    of: &[],
    percent: &["بالمئة", "بالمائة", "في المئة", "في المائة", "%", "٪"],
    months: &[
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "إبريل",
        "مايو",
        "يونيو",
        "يونيه",
        "يوليو",
        "يوليه",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
        "كانون الثاني",
        "كانون الأول",
        "كانون",
        "شباط",
        "آذار",
        "نيسان",
        "أيار",
        "حزيران",
        "تموز",
        "آب",
        "أيلول",
        "تشرين الأول",
        "تشرين الثاني",
        "تشرين",
        "محرم",
        "صفر",
        "ربيع الأول",
        "ربيع الثاني",
        "ربيع الآخر",
        "جمادى الأولى",
        "جمادى الآخرة",
        "رجب",
        "شعبان",
        "رمضان",
        "شوال",
        "ذو القعدة",
        "ذو الحجة",
    ],
    year_before: &["عام", "العام", "لعام", "بعام", "سنة", "السنة", "لسنة"],
    labels: &["رقم", "المادة", "الفقرة", "القرار", "الساعة", "الطريق"],
    year_after: &["م", "هـ", "ميلادي", "ميلادية", "هجري", "هجرية"],
    one_of: &["من", "منهم", "منهما", "منهن"],
    not_one_after: &["كل", "أي"],
    counters: &[],
    ordinals: &[],
    ordinal_suffixes: &[],
    duals: true,
    tanween: true,
};

/// How a person noun forms its dual and plural.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Plural {
    /// Broken plural (أشخاص): "-ين" is unambiguously dual.
    Broken,
    /// Sound plural (مدنيين): "-ين" is dual only when vocalised as such.
    Sound,
}

/// Person nouns counted in casualty reports, masculine (dual in -ان/-ين).
const MASCULINE: &[(&str, Plural)] = &[
    ("شخص", Plural::Broken),
    ("عنصر", Plural::Broken),
    ("طفل", Plural::Broken),
    ("جندي", Plural::Broken),
    ("رجل", Plural::Broken),
    ("شاب", Plural::Broken),
    ("ضابط", Plural::Broken),
    ("قتيل", Plural::Broken),
    ("جريح", Plural::Broken),
    ("شهيد", Plural::Broken),
    ("شقيق", Plural::Broken),
    ("أسير", Plural::Broken),
    ("سجين", Plural::Broken),
    ("مدني", Plural::Sound),
    ("عسكري", Plural::Sound),
    ("مسلح", Plural::Sound),
    ("مقاتل", Plural::Sound),
    ("مواطن", Plural::Sound),
    ("صحفي", Plural::Sound),
    ("ناشط", Plural::Sound),
    ("مسعف", Plural::Sound),
    ("مصاب", Plural::Sound),
    ("شرطي", Plural::Sound),
];

/// Feminine person nouns (dual in -تان/-تين).
const FEMININE: &[&str] = &["امرأة", "طفلة", "سيدة", "فتاة", "شابة", "مواطنة"];

struct Duals {
    masculine: HashMap<String, Plural>,
    feminine: HashSet<String>,
}

static DUALS: LazyLock<Duals> = LazyLock::new(|| Duals {
    masculine: MASCULINE.iter().map(|(w, p)| (key_of(w), *p)).collect(),
    feminine: FEMININE.iter().map(|w| key_of(w).trim_end_matches('ه').to_string()).collect(),
});

/// Prefixes a dual noun may carry: conjunction, preposition, article.
const PREFIXES: [&str; 3] = ["و", "ف", ""];
const PREPOSITIONS: [&str; 4] = ["ب", "ل", "ك", ""];

/// True when `word` is the dual of a person noun ("شخصين", "طفلان", "والمدنيَّين",
/// "امرأتين"): it counts two people.
///
/// Only nouns from a short list count, never any word ending in ين. For nouns whose
/// plural also ends in ين ("مدنيين", "مسلحين") the unvocalised form is read as the
/// (far more common) plural; only a fatha before the ي, or a kasra on the final ن,
/// marks the dual.
pub fn is_person_dual(word: &str) -> bool {
    is_dual_key(&key_of(word), word)
}

/// [`is_person_dual`] for a word whose match key is already known.
pub(super) fn is_dual_key(key: &str, word: &str) -> bool {
    if !key.ends_with('ن') || key.chars().count() < 4 {
        return false;
    }
    let duals = &*DUALS;
    for conj in PREFIXES {
        let Some(a) = key.strip_prefix(conj) else {
            continue;
        };
        for prep in PREPOSITIONS {
            let Some(b) = a.strip_prefix(prep) else {
                continue;
            };
            // "للطفلين": ل + ال with the alef dropped.
            let bare = if prep == "ل" { b.strip_prefix('ل') } else { None };
            for stem in [Some(b), b.strip_prefix("ال"), bare].into_iter().flatten() {
                if dual_stem(stem, word, duals) {
                    return true;
                }
            }
        }
    }
    false
}

fn dual_stem(rest: &str, word: &str, duals: &Duals) -> bool {
    if let Some(stem) = rest.strip_suffix("تان").or_else(|| rest.strip_suffix("تين")) {
        if duals.feminine.contains(stem) {
            return true;
        }
    }
    if let Some(stem) = rest.strip_suffix("ان") {
        if duals.masculine.contains_key(stem) {
            return true;
        }
    }
    match rest.strip_suffix("ين").and_then(|stem| duals.masculine.get(stem)) {
        Some(Plural::Broken) => true,
        Some(Plural::Sound) => vocalised_dual(word),
        None => false,
    }
}

/// True when the "-ين" ending carries dual vowels: fatha before the ي ("ـَيْن")
/// or kasra on the ن ("ـيْنِ"); a kasra before the ي means the plural.
fn vocalised_dual(word: &str) -> bool {
    let mut chars = word.chars().rev().peekable();
    let mut nun_kasra = false;
    while let Some(c) = chars.next_if(|c| is_ignorable(*c)) {
        nun_kasra |= c == '\u{0650}';
    }
    if chars.next() != Some('ن') {
        return false;
    }
    while chars.next_if(|c| is_ignorable(*c)).is_some() {}
    if !matches!(chars.next(), Some('ي' | 'ی')) {
        return false;
    }
    let (mut fatha, mut kasra) = (false, false);
    while let Some(c) = chars.next_if(|c| is_ignorable(*c)) {
        fatha |= c == '\u{064E}';
        kasra |= c == '\u{0650}';
    }
    fatha || (nun_kasra && !kasra)
}

#[cfg(test)]
mod tests {
    use super::super::tests_support::{check, Want};
    use super::super::{Form, QuantityKind as K};
    use super::is_person_dual;
    use marsad_core::Language;

    fn ar(text: &str, want: &[Want]) {
        check(Language::Arabic, text, want);
    }

    #[test]
    fn digits_in_arabic_text() {
        let cases: &[(&str, &[Want])] = &[
            ("أصيب ١٢ مدنياً", &[("١٢", 12, K::Exact)]),
            ("قتل 7 عناصر", &[("7", 7, K::Exact)]),
            ("نزوح ١٬٢٠٠ عائلة", &[("١٬٢٠٠", 1200, K::Exact)]),
            ("نزوح ۳۵ عائلة", &[("۳۵", 35, K::Exact)]),
            ("بـ5 قذائف", &[("5", 5, K::Exact)]),
            ("نزوح 3 آلاف شخص", &[("3 آلاف", 3000, K::Exact)]),
            ("نزوح ٢٫٥ مليون شخص", &[("٢٫٥ مليون", 2_500_000, K::Exact)]),
            ("نزوح 2.5.1 مليون", &[]),
            ("المادة 3 من القانون رقم 10", &[]),
            ("في 25/01/2021 قتل", &[]),
            ("يوم ٢٥ يناير ٢٠٢١", &[]),
            ("في 3 كانون الثاني 2021", &[]),
            ("في 15 و16 أيار", &[]),
            ("منذ عام 2011", &[]),
            ("عام ٢٠١١م", &[]),
            ("نسبة 3.5 بالمئة", &[]),
            ("ارتفعت 20 بالمئة", &[]),
            ("ارتفعت 20%", &[]),
            ("طائرة إف-16", &[]),
            ("الساعة 10:30 صباحا", &[]),
        ];
        for (text, want) in cases {
            ar(text, want);
        }
    }

    #[test]
    fn number_words() {
        let cases: &[(&str, &[Want])] = &[
            ("مقتل ثلاثة أشخاص", &[("ثلاثة", 3, K::Exact)]),
            ("مقتل ثلاث نساء", &[("ثلاث", 3, K::Exact)]),
            ("إصابة اثنين من المدنيين", &[("اثنين", 2, K::Exact)]),
            ("مقتل أحد عشر عنصرا", &[("أحد عشر", 11, K::Exact)]),
            ("مقتل إحدى عشرة امرأة", &[("إحدى عشرة", 11, K::Exact)]),
            ("مقتل اثني عشر مدنيا", &[("اثني عشر", 12, K::Exact)]),
            ("مقتل ثلاثة عشر جنديا", &[("ثلاثة عشر", 13, K::Exact)]),
            ("مقتل ثماني عشرة امرأة", &[("ثماني عشرة", 18, K::Exact)]),
            ("مقتل عشرين مقاتلا", &[("عشرين", 20, K::Exact)]),
            ("سقوط خمسة وعشرون قتيلا", &[("خمسة وعشرون", 25, K::Exact)]),
            ("سقوط ثلاث وثلاثين قذيفة", &[("ثلاث وثلاثين", 33, K::Exact)]),
            ("سقوط خمسة و عشرين قتيلا", &[("خمسة و عشرين", 25, K::Exact)]),
            ("نزوح مئة عائلة", &[("مئة", 100, K::Exact)]),
            ("نزوح مائتي عائلة", &[("مائتي", 200, K::Exact)]),
            ("نزوح ثلاثمئة عائلة", &[("ثلاثمئة", 300, K::Exact)]),
            ("نزوح ثلاث مئة عائلة", &[("ثلاث مئة", 300, K::Exact)]),
            ("نزوح مئة وخمسة وعشرين شخصا", &[("مئة وخمسة وعشرين", 125, K::Exact)]),
            ("نزوح ألف عائلة", &[("ألف", 1000, K::Exact)]),
            ("نزوح ألفين وخمسمائة شخص", &[("ألفين وخمسمائة", 2500, K::Exact)]),
            ("نزوح ثلاثة آلاف شخص", &[("ثلاثة آلاف", 3000, K::Exact)]),
            ("نزوح خمسة عشر ألفاً", &[("خمسة عشر ألفاً", 15000, K::Exact)]),
            ("قُتل وثلاثة آخرون", &[("ثلاثة", 3, K::Exact)]),
            ("أصيب بخمسة جروح", &[("خمسة", 5, K::Exact)]),
            ("مقتل ثَلاثَةِ أشخاص", &[("ثَلاثَةِ", 3, K::Exact)]),
            ("مقتل ثلاثـــة أشخاص", &[("ثلاثـــة", 3, K::Exact)]),
        ];
        for (text, want) in cases {
            ar(text, want);
        }
    }

    #[test]
    fn not_counts() {
        let cases: &[(&str, &[Want])] = &[
            ("في اليوم الثالث للهجوم", &[]),
            ("للمرة الثانية", &[]),
            ("قتل واحد من المسلحين", &[]),
            ("كل واحد منهم", &[]),
            ("قال أحد السكان", &[]),
            ("في الخامس والعشرين من الشهر", &[]),
        ];
        for (text, want) in cases {
            ar(text, want);
        }
    }

    #[test]
    fn qualifiers_and_ranges() {
        let cases: &[(&str, &[Want])] = &[
            ("قتل ما لا يقل عن خمسة وعشرين عنصراً", &[("ما لا يقل عن خمسة وعشرين", 25, K::AtLeast)]),
            ("قتل لا يقل عن 10 مدنيين", &[("لا يقل عن 10", 10, K::AtLeast)]),
            ("قتل 5 على الأقل", &[("5 على الأقل", 5, K::AtLeast)]),
            ("قتل على الأقل 5", &[("على الأقل 5", 5, K::AtLeast)]),
            ("قتل أكثر من 30 شخصا", &[("أكثر من 30", 30, K::MoreThan)]),
            ("قتل ما يزيد على عشرين", &[("ما يزيد على عشرين", 20, K::MoreThan)]),
            ("قتل أقل من عشرة", &[("أقل من عشرة", 9, K::LessThan)]),
            ("قتل نحو 40 شخصا", &[("نحو 40", 40, K::About)]),
            ("قتل حوالى 40 شخصا", &[("حوالى 40", 40, K::About)]),
            ("نزوح قرابة ألفي شخص", &[("قرابة ألفي", 2000, K::About)]),
            ("نزوح ما يقارب ٣٠٠ عائلة", &[("ما يقارب ٣٠٠", 300, K::About)]),
            ("قتل ما يصل إلى 50 شخصا", &[("ما يصل إلى 50", 50, K::UpTo)]),
            ("قتل بين 5 و7 أشخاص", &[("بين 5 و7", 5, K::Range)]),
            ("قتل بين خمسة وسبعة أشخاص", &[("بين خمسة وسبعة", 5, K::Range)]),
            ("قتل من 5 إلى 7 أشخاص", &[("من 5 إلى 7", 5, K::Range)]),
            ("قتل 5-7 أشخاص", &[("5-7", 5, K::Range)]),
            ("قتل ثلاثة أو أربعة", &[("ثلاثة أو أربعة", 3, K::Range)]),
            ("قتل 5 أو أكثر", &[("5 أو أكثر", 5, K::AtLeast)]),
        ];
        for (text, want) in cases {
            ar(text, want);
        }
    }

    #[test]
    fn vague_amounts() {
        let cases: &[(&str, &[Want])] = &[
            ("مقتل عشرات المدنيين", &[("عشرات", 12, K::Vague)]),
            ("مقتل العشرات", &[("العشرات", 12, K::Vague)]),
            ("نزوح مئات العائلات", &[("مئات", 100, K::Vague)]),
            ("نزوح آلاف المدنيين", &[("آلاف", 1000, K::Vague)]),
            ("نزوح عشرات الآلاف", &[("عشرات الآلاف", 12000, K::Vague)]),
            ("إصابة عدة أشخاص", &[("عدة", 3, K::Vague)]),
            ("إصابة عدد من الأشخاص", &[("عدد من", 3, K::Vague)]),
            ("إصابة بضعة أشخاص", &[("بضعة", 3, K::Vague)]),
            ("وبعشرات القذائف", &[("عشرات", 12, K::Vague)]),
        ];
        for (text, want) in cases {
            ar(text, want);
        }
    }

    #[test]
    fn duals() {
        let cases: &[(&str, &[Want])] = &[
            ("مقتل شخصين", &[("شخصين", 2, K::Exact)]),
            // Words broken with tatweels to dodge filters.
            ("فقدان شخـ ـصـ ـين لحياتهما", &[("شخـ ـصـ ـين", 2, K::Exact)]),
            ("مقتـ.ـل 3 مدنيين", &[("3", 3, K::Exact)]),
            ("إصابة عنصرين", &[("عنصرين", 2, K::Exact)]),
            ("قتل طفلان", &[("طفلان", 2, K::Exact)]),
            ("مقتل امرأتين", &[("امرأتين", 2, K::Exact)]),
            ("مقتل مدنيَّين", &[("مدنيَّين", 2, K::Exact)]),
            ("مقتل مدنيان", &[("مدنيان", 2, K::Exact)]),
            ("مقتل شخصين اثنين", &[("شخصين اثنين", 2, K::Exact)]),
            ("مقتل مدنيين", &[]),
            ("مقتل مسلحين", &[]),
            ("في البحرين", &[]),
            ("القرتين", &[]),
        ];
        for (text, want) in cases {
            ar(text, want);
        }
        assert!(is_person_dual("للطفلين"));
        assert!(is_person_dual("والجنديين"));
        assert!(is_person_dual("المسلحَيْن"));
        assert!(!is_person_dual("المسلحِين"));
        assert!(!is_person_dual("سنتين"));
    }

    #[test]
    fn forms() {
        let q = super::super::quantities("مقتل شخصين و3 آخرين وخمسة", Language::Arabic);
        let forms: Vec<Form> = q.iter().map(|q| q.form).collect();
        assert_eq!(forms, [Form::Dual, Form::Digits, Form::Words]);
    }
}
