//! English number words and qualifiers (matched case-insensitively).

use super::{Juxtapose, Lex, QuantityKind as K, Rules, Table};
use std::sync::LazyLock;

/// Compiled rules for English.
pub(super) static RULES: LazyLock<Rules> = LazyLock::new(|| Rules::new(&TABLE));

const TABLE: Table = Table {
    words: &[
        ("a", Lex::Article),
        ("one", Lex::Num(1)),
        ("two", Lex::Num(2)),
        ("three", Lex::Num(3)),
        ("four", Lex::Num(4)),
        ("five", Lex::Num(5)),
        ("six", Lex::Num(6)),
        ("seven", Lex::Num(7)),
        ("eight", Lex::Num(8)),
        ("nine", Lex::Num(9)),
        ("ten", Lex::Num(10)),
        ("eleven", Lex::Num(11)),
        ("twelve", Lex::Num(12)),
        ("thirteen", Lex::Num(13)),
        ("fourteen", Lex::Num(14)),
        ("fifteen", Lex::Num(15)),
        ("sixteen", Lex::Num(16)),
        ("seventeen", Lex::Num(17)),
        ("eighteen", Lex::Num(18)),
        ("nineteen", Lex::Num(19)),
        ("twenty", Lex::Num(20)),
        ("thirty", Lex::Num(30)),
        ("forty", Lex::Num(40)),
        ("fourty", Lex::Num(40)),
        ("fifty", Lex::Num(50)),
        ("sixty", Lex::Num(60)),
        ("seventy", Lex::Num(70)),
        ("eighty", Lex::Num(80)),
        ("ninety", Lex::Num(90)),
        ("hundred", Lex::Hundred),
        ("thousand", Lex::Scale(1000)),
        ("million", Lex::Scale(1_000_000)),
        ("dozen", Lex::Scale(12)),
        // Vague amounts (conventional values: see `quantities`).
        ("dozens", Lex::Vague(12, 12)),
        ("tens", Lex::Vague(10, 10)),
        ("hundreds", Lex::Vague(100, 100)),
        ("thousands", Lex::Vague(1000, 1000)),
        ("several", Lex::Vague(3, 2)),
    ],
    vague: &[("scores of", 12, 12), ("a number of", 3, 2), ("a few", 3, 2), ("a handful of", 3, 2)],
    clitics: &[],
    and: &["and"],
    juxtapose: Juxtapose::Additive,
    before: &[
        ("at least", K::AtLeast),
        ("no fewer than", K::AtLeast),
        ("no less than", K::AtLeast),
        ("a minimum of", K::AtLeast),
        ("more than", K::MoreThan),
        ("over", K::MoreThan),
        ("upwards of", K::MoreThan),
        ("in excess of", K::MoreThan),
        ("fewer than", K::LessThan),
        ("less than", K::LessThan),
        ("about", K::About),
        ("around", K::About),
        ("nearly", K::About),
        ("almost", K::About),
        ("approximately", K::About),
        ("roughly", K::About),
        ("some", K::About),
        ("close to", K::About),
        ("an estimated", K::About),
        ("up to", K::UpTo),
        ("as many as", K::UpTo),
        ("at most", K::UpTo),
        ("no more than", K::UpTo),
        ("a maximum of", K::UpTo),
    ],
    after: &[("or more", K::AtLeast), ("or so", K::About)],
    ranges: &[("between", "and"), ("from", "to"), ("", "to"), ("", "-"), ("", "or")],
    of: &["of"],
    percent: &["percent", "per cent", "%"],
    months: &[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ],
    year_before: &["year"],
    labels: &["no .", "number", "article", "resolution", "page", "route", "highway", "chapter", "section", "flight"],
    year_after: &["ad", "ce", "bc"],
    one_of: &["of"],
    not_one_after: &["no", "the", "every", "any", "each", "this", "that", "another", "which"],
    counters: &[],
    ordinals: &["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"],
    ordinal_suffixes: &[],
    duals: false,
    tanween: false,
};

#[cfg(test)]
mod tests {
    use super::super::tests_support::{check, Want};
    use super::super::QuantityKind as K;
    use marsad_core::Language;

    fn en(text: &str, want: &[Want]) {
        check(Language::English, text, want);
    }

    #[test]
    fn digits() {
        let cases: &[(&str, &[Want])] = &[
            ("12 civilians were killed", &[("12", 12, K::Exact)]),
            ("1,200 families fled", &[("1,200", 1200, K::Exact)]),
            ("3 million people", &[("3 million", 3_000_000, K::Exact)]),
            ("2.5 million people", &[("2.5 million", 2_500_000, K::Exact)]),
            ("Resolution No. 2254 and article 3", &[]),
            ("on 25/01/2021 a car bomb", &[]),
            ("on January 25, 2021", &[]),
            ("on 25 January 2021", &[]),
            ("inflation of 3.5 percent", &[]),
            ("rose by 20%", &[]),
            ("rose by 20 percent", &[]),
            ("an F-16 jet", &[]),
            ("his 25th birthday", &[]),
            ("a 5-year-old boy", &[]),
            ("COVID-19 cases", &[]),
            ("at 10:30 am", &[]),
            ("5,7 and 9", &[("5", 5, K::Exact), ("7", 7, K::Exact), ("9", 9, K::Exact)]),
        ];
        for (text, want) in cases {
            en(text, want);
        }
    }

    #[test]
    fn number_words() {
        let cases: &[(&str, &[Want])] = &[
            ("Five people died", &[("Five", 5, K::Exact)]),
            ("nineteen fighters", &[("nineteen", 19, K::Exact)]),
            ("twenty-five soldiers", &[("twenty-five", 25, K::Exact)]),
            ("twenty five soldiers", &[("twenty five", 25, K::Exact)]),
            ("a hundred families", &[("a hundred", 100, K::Exact)]),
            ("two hundred and ten families", &[("two hundred and ten", 210, K::Exact)]),
            ("a dozen rockets", &[("a dozen", 12, K::Exact)]),
            ("two thousand five hundred people", &[("two thousand five hundred", 2500, K::Exact)]),
            ("a thousand people", &[("a thousand", 1000, K::Exact)]),
            ("five and ten", &[("five", 5, K::Exact), ("ten", 10, K::Exact)]),
        ];
        for (text, want) in cases {
            en(text, want);
        }
    }

    #[test]
    fn not_counts() {
        let cases: &[(&str, &[Want])] = &[
            ("the third attack", &[]),
            ("one of the fighters", &[]),
            ("no one was hurt", &[]),
            ("the twenty-fifth of May", &[]),
            ("a car bomb", &[]),
            ("a one-day truce", &[]),
        ];
        for (text, want) in cases {
            en(text, want);
        }
    }

    #[test]
    fn qualifiers_and_ranges() {
        let cases: &[(&str, &[Want])] = &[
            ("at least 5 bodies", &[("at least 5", 5, K::AtLeast)]),
            ("At least five bodies", &[("At least five", 5, K::AtLeast)]),
            ("no fewer than 8 people", &[("no fewer than 8", 8, K::AtLeast)]),
            ("more than 30 people", &[("more than 30", 30, K::MoreThan)]),
            ("over 30 people", &[("over 30", 30, K::MoreThan)]),
            ("fewer than 10 people", &[("fewer than 10", 9, K::LessThan)]),
            ("about 40 people", &[("about 40", 40, K::About)]),
            ("nearly forty people", &[("nearly forty", 40, K::About)]),
            ("up to 50 people", &[("up to 50", 50, K::UpTo)]),
            ("as many as 50 people", &[("as many as 50", 50, K::UpTo)]),
            ("no more than 50 people", &[("no more than 50", 50, K::UpTo)]),
            ("between 3 and 7 civilians", &[("between 3 and 7", 3, K::Range)]),
            ("between three and seven civilians", &[("between three and seven", 3, K::Range)]),
            ("5 to 7 civilians", &[("5 to 7", 5, K::Range)]),
            ("from 5 to 7 civilians", &[("from 5 to 7", 5, K::Range)]),
            ("5-7 civilians", &[("5-7", 5, K::Range)]),
            ("5–7 civilians", &[("5–7", 5, K::Range)]),
            ("two or three civilians", &[("two or three", 2, K::Range)]),
            ("10 or more civilians", &[("10 or more", 10, K::AtLeast)]),
            ("between 2011 and 2015", &[("2011", 2011, K::Exact), ("2015", 2015, K::Exact)]),
        ];
        for (text, want) in cases {
            en(text, want);
        }
    }

    #[test]
    fn vague_amounts() {
        let cases: &[(&str, &[Want])] = &[
            ("dozens of fighters", &[("dozens", 12, K::Vague)]),
            ("scores of fighters", &[("scores of", 12, K::Vague)]),
            ("tens of thousands fled", &[("tens of thousands", 10_000, K::Vague)]),
            ("hundreds of families", &[("hundreds", 100, K::Vague)]),
            ("thousands fled", &[("thousands", 1000, K::Vague)]),
            ("several civilians", &[("several", 3, K::Vague)]),
            ("several hundred civilians", &[("several hundred", 300, K::Vague)]),
            ("a number of civilians", &[("a number of", 3, K::Vague)]),
            ("a few civilians", &[("a few", 3, K::Vague)]),
        ];
        for (text, want) in cases {
            en(text, want);
        }
    }
}
