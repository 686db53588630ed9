//! Persian number words and qualifiers.
//!
//! Entries are written in their usual spelling; folding unifies ی/ي and ک/ك and
//! drops ZWNJ, so "ده‌ها" matches "دهها" and "دست‌کم" matches "دست کم".

use super::{Juxtapose, Lex, QuantityKind as K, Rules, Table};
use std::sync::LazyLock;

/// Compiled rules for Persian.
pub(super) static RULES: LazyLock<Rules> = LazyLock::new(|| Rules::new(&TABLE));

const TABLE: Table = Table {
    words: &[
        ("یک", Lex::Num(1)),
        ("دو", Lex::Num(2)),
        ("سه", Lex::Num(3)),
        ("چهار", Lex::Num(4)),
        ("پنج", Lex::Num(5)),
        ("شش", Lex::Num(6)),
        ("هفت", Lex::Num(7)),
        ("هشت", Lex::Num(8)),
        // Also "no" and "village": alone they need a counted noun after them.
        ("نه", Lex::Ambiguous(9)),
        ("ده", Lex::Ambiguous(10)),
        ("یازده", Lex::Num(11)),
        ("دوازده", Lex::Num(12)),
        ("سیزده", Lex::Num(13)),
        ("چهارده", Lex::Num(14)),
        ("پانزده", Lex::Num(15)),
        ("پونزده", Lex::Num(15)),
        ("شانزده", Lex::Num(16)),
        ("هفده", Lex::Num(17)),
        ("هیفده", Lex::Num(17)),
        ("هجده", Lex::Num(18)),
        ("هیجده", Lex::Num(18)),
        ("نوزده", Lex::Num(19)),
        ("بیست", Lex::Num(20)),
        ("سی", Lex::Num(30)),
        ("چهل", Lex::Num(40)),
        ("پنجاه", Lex::Num(50)),
        ("شصت", Lex::Num(60)),
        ("هفتاد", Lex::Num(70)),
        ("هشتاد", Lex::Num(80)),
        ("نود", Lex::Num(90)),
        ("صد", Lex::Hundred),
        ("یکصد", Lex::Num(100)),
        ("دویست", Lex::Num(200)),
        ("سیصد", Lex::Num(300)),
        ("چهارصد", Lex::Num(400)),
        ("پانصد", Lex::Num(500)),
        ("ششصد", Lex::Num(600)),
        ("هفتصد", Lex::Num(700)),
        ("هشتصد", Lex::Num(800)),
        ("نهصد", Lex::Num(900)),
        ("هزار", Lex::Scale(1000)),
        ("میلیون", Lex::Scale(1_000_000)),
        // Vague amounts (conventional values: see `quantities`).
        ("ده‌ها", Lex::Vague(12, 12)),
        ("صدها", Lex::Vague(100, 100)),
        ("هزاران", Lex::Vague(1000, 1000)),
        ("هزارها", Lex::Vague(1000, 1000)),
        ("چند", Lex::Vague(3, 2)),
        ("چندین", Lex::Vague(3, 2)),
        ("تعدادی", Lex::Vague(3, 2)),
        ("شماری", Lex::Vague(3, 2)),
    ],
    vague: &[("ده ها", 12, 12), ("صد ها", 100, 100)],
    clitics: &[],
    and: &["و"],
    juxtapose: Juxtapose::Multipliers,
    before: &[
        ("حداقل", K::AtLeast),
        ("دست کم", K::AtLeast),
        // "کمِ کم": at the very least.
        ("کم کم", K::AtLeast),
        ("بیش از", K::MoreThan),
        ("بیشتر از", K::MoreThan),
        ("متجاوز از", K::MoreThan),
        ("افزون بر", K::MoreThan),
        ("کمتر از", K::LessThan),
        ("حدود", K::About),
        ("حدودا", K::About),
        ("در حدود", K::About),
        ("تقریبا", K::About),
        ("نزدیک به", K::About),
        ("قریب به", K::About),
        ("بالغ بر", K::About),
        ("حداکثر", K::UpTo),
        ("تا", K::UpTo),
    ],
    after: &[("تقریبا", K::About), ("یا بیشتر", K::AtLeast), ("به بالا", K::AtLeast)],
    ranges: &[("بین", "تا"), ("بین", "و"), ("از", "تا"), ("", "تا"), ("", "الی"), ("", "-"), ("", "یا")],
    of: &[],
    percent: &["درصد", "%", "٪"],
    months: &[
        "فروردین",
        "اردیبهشت",
        "خرداد",
        "تیر",
        "مرداد",
        "شهریور",
        "مهر",
        "آبان",
        "آذر",
        "دی",
        "بهمن",
        "اسفند",
        "ژانویه",
        "فوریه",
        "مارس",
        "آوریل",
        "مه",
        "ژوئن",
        "ژوئیه",
        "ژوییه",
        "اوت",
        "آگوست",
        "سپتامبر",
        "اکتبر",
        "نوامبر",
        "دسامبر",
    ],
    year_before: &["سال"],
    labels: &["شماره", "ماده", "بند", "قطعنامه", "ساعت"],
    year_after: &["ش", "شمسی", "خورشیدی", "میلادی", "هجری", "قمری"],
    one_of: &["از"],
    not_one_after: &["هر", "هیچ"],
    counters: &[
        "نفر",
        "تن",
        "کودک",
        "زن",
        "مرد",
        "سرباز",
        "نظامی",
        "غیرنظامی",
        "غیر نظامی",
        "شهروند",
        "عضو",
        "فرد",
        "نیرو",
        "کشته",
        "زخمی",
        "مجروح",
        "شهید",
        "تروریست",
        "پلیس",
        "مأمور",
        "خانواده",
    ],
    ordinals: &["سوم", "سومین", "اول", "نخست", "نخستین"],
    ordinal_suffixes: &["مین", "م", "امین", "ام"],
    duals: false,
    tanween: false,
};

#[cfg(test)]
mod tests {
    use super::super::tests_support::{check, Want};
    use super::super::QuantityKind as K;
    use marsad_core::Language;

    fn fa(text: &str, want: &[Want]) {
        check(Language::Persian, text, want);
    }

    #[test]
    fn digits_in_persian_text() {
        let cases: &[(&str, &[Want])] = &[
            ("کشته شدن ۱۲ نفر", &[("۱۲", 12, K::Exact)]),
            ("آوارگی ۱٬۵۰۰ خانواده", &[("۱٬۵۰۰", 1500, K::Exact)]),
            ("آوارگی ٣٠ خانواده", &[("٣٠", 30, K::Exact)]),
            ("آوارگی ۳ هزار نفر", &[("۳ هزار", 3000, K::Exact)]),
            ("در ۲۵ دی ۱۳۹۹", &[]),
            ("در سال ۱۳۹۹", &[]),
            ("در ۱۴۰۰/۰۱/۲۵", &[]),
            ("رشد ۲۰ درصد", &[]),
        ];
        for (text, want) in cases {
            fa(text, want);
        }
    }

    #[test]
    fn number_words() {
        let cases: &[(&str, &[Want])] = &[
            ("کشته شدن سه نفر", &[("سه", 3, K::Exact)]),
            ("کشته شدن صد و بیست نفر", &[("صد و بیست", 120, K::Exact)]),
            ("کشته شدن بیست و پنج نفر", &[("بیست و پنج", 25, K::Exact)]),
            ("آوارگی دو هزار و پانصد نفر", &[("دو هزار و پانصد", 2500, K::Exact)]),
            ("آوارگی سیصد خانواده", &[("سیصد", 300, K::Exact)]),
            ("کشته شدن یازده سرباز", &[("یازده", 11, K::Exact)]),
            ("کشته شدن ده نفر", &[("ده", 10, K::Exact)]),
            ("کشته شدن نه تن", &[("نه", 9, K::Exact)]),
            ("آوارگی هزار نفر", &[("هزار", 1000, K::Exact)]),
            ("کشته شدن چهار نفر", &[("چهار", 4, K::Exact)]),
            ("صدا و سیما", &[]),
            ("کشته شدن چهار نفر و زخمی شدن شش نفر", &[("چهار", 4, K::Exact), ("شش", 6, K::Exact)]),
        ];
        for (text, want) in cases {
            fa(text, want);
        }
    }

    #[test]
    fn not_counts() {
        let cases: &[(&str, &[Want])] = &[
            ("روز سوم حمله", &[]),
            ("بیست و پنجم اسفند", &[]),
            ("نه تنها این", &[]),
            ("در این ده زندگی می‌کنند", &[]),
            ("یکی از نیروها", &[]),
            ("یک از آنها", &[]),
            ("هر یک نفر", &[]),
        ];
        for (text, want) in cases {
            fa(text, want);
        }
    }

    #[test]
    fn qualifiers_and_ranges() {
        let cases: &[(&str, &[Want])] = &[
            ("حداقل ۵ نفر", &[("حداقل ۵", 5, K::AtLeast)]),
            ("دست‌کم ده نفر", &[("دست‌کم ده", 10, K::AtLeast)]),
            ("دست کم ده نفر", &[("دست کم ده", 10, K::AtLeast)]),
            ("بیش از ۳۰ نفر", &[("بیش از ۳۰", 30, K::MoreThan)]),
            ("بیشتر از بیست نفر", &[("بیشتر از بیست", 20, K::MoreThan)]),
            ("کمتر از ۱۰ نفر", &[("کمتر از ۱۰", 9, K::LessThan)]),
            ("حدود ۴۰ نفر", &[("حدود ۴۰", 40, K::About)]),
            ("حدوداً ۴۰ نفر", &[("حدوداً ۴۰", 40, K::About)]),
            ("تقریباً ۴۰ نفر", &[("تقریباً ۴۰", 40, K::About)]),
            ("تا ۵۰ نفر", &[("تا ۵۰", 50, K::UpTo)]),
            ("بین ۵ تا ۷ نفر", &[("بین ۵ تا ۷", 5, K::Range)]),
            ("۵ تا ۷ نفر", &[("۵ تا ۷", 5, K::Range)]),
            ("از پنج تا هفت نفر", &[("از پنج تا هفت", 5, K::Range)]),
            ("دو یا سه نفر", &[("دو یا سه", 2, K::Range)]),
        ];
        for (text, want) in cases {
            fa(text, want);
        }
    }

    #[test]
    fn vague_amounts() {
        let cases: &[(&str, &[Want])] = &[
            ("ده‌ها نفر", &[("ده‌ها", 12, K::Vague)]),
            ("ده ها نفر", &[("ده ها", 12, K::Vague)]),
            ("صدها خانواده", &[("صدها", 100, K::Vague)]),
            ("هزاران نفر", &[("هزاران", 1000, K::Vague)]),
            ("چند نفر", &[("چند", 3, K::Vague)]),
            ("چندین نفر", &[("چندین", 3, K::Vague)]),
            ("ده‌ها هزار نفر", &[("ده‌ها هزار", 12000, K::Vague)]),
            ("چند صد نفر", &[("چند صد", 300, K::Vague)]),
        ];
        for (text, want) in cases {
            fa(text, want);
        }
    }

    #[test]
    fn arabic_letter_variants() {
        // Arabic yeh and kaf typed in Persian text, and ZWNJ variants.
        fa("دست كم بيست نفر", &[("دست كم بيست", 20, K::AtLeast)]);
        fa("دستکم بیست نفر", &[("دستکم بیست", 20, K::AtLeast)]);
    }
}
