//! Tokens with match keys, and the per-language phrase lexicons.

use super::{arabic, english, persian, Calendar};
use chrono::Weekday;
use marsad_core::Language;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// What a dictionary phrase means to the date grammar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Lex {
    /// A month name; `weak` ones (also ordinary words: آب, تیر, May's abbreviations…)
    /// need a day, a year or a month word next to them.
    Month { cal: Calendar, month: u8, weak: bool },
    /// A weekday name; abbreviations only count inside a full date.
    Weekday { day: Weekday, abbrev: bool },
    /// A relative day, week or month.
    Rel(Rel),
    /// A part of the day before a day reference (فجر, بامداد, early).
    DayPart,
    /// "day" before a weekday or a date (يوم, روز); also a unit of one day.
    DayWord,
    /// A plural day unit (أيام, days); with a count, the count; يومين is 2.
    DaysUnit(u8),
    /// A week unit; 1 for "week", 2 for أسبوعين.
    WeeksUnit(u8),
    /// A number word (three, ثلاثة, سه).
    NumWord(u8),
    /// "a few", "several", عدة, چند.
    Few,
    /// "ago" before the amount (قبل, منذ).
    AgoBefore,
    /// "ago" after the amount (ago, پیش).
    AgoAfter,
    /// "of" between a day and a month (من, of).
    Of,
    /// "year" before a year number (عام, سال).
    YearWord,
    /// "month" next to a month name (شهر, ماه).
    MonthWord,
    /// A relative year: 0 this year, 1 last year.
    YearBack(u8),
    /// "last"/"past" (الماضي, گذشته, last).
    Past,
    /// "next"/"coming" (المقبل, آینده, next).
    Future,
    /// An era or calendar mark after a year (م, هـ, ش, AD).
    Suffix(Option<Calendar>),
    /// Arabic ordinal unit for a day (الخامس = 5).
    OrdUnit(u8),
    /// Arabic عشر after an ordinal unit (الحادي عشر = 11).
    OrdTeen,
    /// Arabic ordinal tens (العشرين = 20, والثلاثين = 30).
    OrdTens(u8),
}

/// Relative references resolved from the anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Rel {
    /// `n` days before the anchor (0 today, 1 yesterday).
    DaysAgo(u8),
    /// The week before the anchor's.
    LastWeek,
    /// The anchor's week.
    ThisWeek,
    /// The month before the anchor's.
    LastMonth,
    /// The anchor's month.
    ThisMonth,
}

/// The match key of one character: `None` drops it (marks, tatweel, joiners).
fn fold_char(c: char) -> Option<char> {
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        'ة' | 'ۀ' | 'ە' => 'ه',
        'ى' | 'ی' | 'ئ' | 'ې' | 'ۍ' | 'ێ' => 'ي',
        'ک' => 'ك',
        'ؤ' => 'و',
        '٠'..='٩' => char::from(b'0' + (c as u32 - 0x660) as u8),
        '۰'..='۹' => char::from(b'0' + (c as u32 - 0x6F0) as u8),
        c if is_dropped(c) => return None,
        c => c.to_ascii_lowercase(),
    })
}

/// Characters that belong to a word but not to its key.
fn is_dropped(c: char) -> bool {
    matches!(c,
        '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}'
        | '\u{0300}'..='\u{036F}' | '\u{200B}'..='\u{200F}' | '\u{061C}' | '\u{00AD}' | '\u{FEFF}')
}

/// Appends the match key of `word` to `out`.
pub(super) fn fold_into(word: &str, out: &mut String) {
    out.extend(word.chars().filter_map(fold_char));
}

/// The match key of a whole phrase word.
fn fold(word: &str) -> String {
    let mut s = String::with_capacity(word.len());
    fold_into(word, &mut s);
    s
}

/// FNV-1a: keys are short and trusted (our own tables), so a fast hash is safe.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A phrase: the keys after its first word, and its meaning.
type Phrase = (Vec<String>, Lex);

/// One language's phrases, by the key of their first word (longest first).
pub(super) struct Lexicon {
    map: HashMap<String, Vec<Phrase>, BuildHasherDefault<Fnv>>,
    /// Whether Arabic proclitics (و ف ب ل ك) may be stripped from a word.
    pub(super) clitics: bool,
}

impl Lexicon {
    fn build(tables: &[&[(&str, Lex)]], clitics: bool) -> Lexicon {
        let mut map: HashMap<String, Vec<Phrase>, BuildHasherDefault<Fnv>> = HashMap::default();
        let mut add = |phrase: &str, lex: Lex| {
            let mut words = phrase.split_whitespace().map(fold);
            if let Some(first) = words.next() {
                map.entry(first).or_default().push((words.collect(), lex));
            }
        };
        for table in tables {
            for &(phrase, lex) in *table {
                add(phrase, lex);
                // Persian writes "آذرماه" as one word as often as "آذر ماه".
                if let Lex::Month { cal: Calendar::SolarHijri, .. } = lex {
                    add(&format!("{phrase}ماه"), lex);
                }
            }
        }
        for phrases in map.values_mut() {
            phrases.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
        }
        Lexicon { map, clitics }
    }

    /// The phrases whose first word has key `key`.
    pub(super) fn get(&self, key: &str) -> Option<&[Phrase]> {
        self.map.get(key).map(Vec::as_slice)
    }
}

static ARABIC: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::build(&[arabic::TABLE, english::TABLE], true));
static PERSIAN: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::build(&[persian::TABLE, english::TABLE], false));
static ENGLISH: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::build(&[english::TABLE], false));

/// The lexicon for `lang` (Latin-script English words are known in all three).
pub(super) fn lexicon(lang: Language) -> &'static Lexicon {
    match lang {
        Language::Arabic => &ARABIC,
        Language::Persian => &PERSIAN,
        Language::English => &ENGLISH,
    }
}

/// A number's trailing letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum NumSuffix {
    /// Bare digits.
    None,
    /// st, nd, rd, th.
    Ordinal,
    /// A calendar mark glued on (2021م, 1442هـ).
    Era(Calendar),
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TokKind {
    /// Letters (and marks).
    Word,
    /// Digits in any of the three digit sets, with their value.
    Num { value: u32, digits: u8, suffix: NumSuffix },
    /// One punctuation character.
    Punct(char),
}

/// A token: original byte range and match key.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    /// First byte in the text.
    pub(super) start: usize,
    /// One past the last byte.
    pub(super) end: usize,
    /// Range of the key in [`Tokens::keys`].
    key: (usize, usize),
    /// Word, number or punctuation.
    pub(super) kind: TokKind,
}

/// The tokens of a text, with their keys in one buffer.
pub(super) struct Tokens {
    /// The tokens in order.
    pub(super) toks: Vec<Tok>,
    keys: String,
}

impl Tokens {
    /// The match key of token `i` (empty past the end).
    pub(super) fn key(&self, i: usize) -> &str {
        self.toks.get(i).and_then(|t| self.keys.get(t.key.0..t.key.1)).unwrap_or("")
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_dropped(c) || c == '\u{0654}' || c == '\u{0655}'
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('٠'..='٩').contains(&c) || ('۰'..='۹').contains(&c)
}

/// Splits `text` into words, numbers and punctuation (whitespace dropped).
/// An Arabic proclitic glued to digits ("و14") becomes its own word.
pub(super) fn tokenize(text: &str) -> Tokens {
    let mut toks = Vec::with_capacity(text.len() / 6);
    let mut keys = String::with_capacity(text.len() / 2);
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !is_word_char(c) {
            if !c.is_control() {
                let k = keys.len();
                toks.push(Tok { start, end: start + c.len_utf8(), key: (k, k), kind: TokKind::Punct(c) });
            }
            continue;
        }
        let mut end = start + c.len_utf8();
        let clitic = matches!(c, 'و' | 'ف' | 'ب' | 'ل');
        let mut prev = c;
        while let Some(&(i, n)) = chars.peek() {
            // "ريف دير الزورDecember 23": a change between Arabic and Latin
            // letters ends a word even without a space.
            let script_change = prev.is_alphabetic() && n.is_alphabetic() && prev.is_ascii() != n.is_ascii();
            if !is_word_char(n) || (clitic && end == start + c.len_utf8() && is_digit(n)) || script_change {
                break;
            }
            prev = n;
            end = i + n.len_utf8();
            chars.next();
        }
        push_word(text, start, end, &mut toks, &mut keys);
    }
    Tokens { toks, keys }
}

/// Pushes `text[start..end]` as a number or word; digits followed by letters
/// that are no known suffix ("25T10") are split into a number and a word.
fn push_word(text: &str, start: usize, end: usize, toks: &mut Vec<Tok>, keys: &mut String) {
    let word = text.get(start..end).unwrap_or("");
    let k = keys.len();
    fold_into(word, keys);
    if let Some(kind) = number(&keys[k..]) {
        toks.push(Tok { start, end, key: (k, keys.len()), kind });
        return;
    }
    let split = word.char_indices().find(|&(_, c)| !is_digit(c)).map_or(0, |(i, _)| i);
    if split == 0 {
        toks.push(Tok { start, end, key: (k, keys.len()), kind: TokKind::Word });
        return;
    }
    keys.truncate(k);
    push_word(text, start, start + split, toks, keys);
    push_word(text, start + split, end, toks, keys);
}

/// A key made of ASCII digits and an optional known suffix.
fn number(key: &str) -> Option<TokKind> {
    let split = key.bytes().position(|b| !b.is_ascii_digit()).unwrap_or(key.len());
    if split == 0 || split > 9 {
        return None;
    }
    let (digits, rest) = key.split_at(split);
    let suffix = match rest {
        "" => NumSuffix::None,
        "st" | "nd" | "rd" | "th" => NumSuffix::Ordinal,
        "م" => NumSuffix::Era(Calendar::Gregorian),
        "ه" => NumSuffix::Era(Calendar::Hijri),
        _ => return None,
    };
    Some(TokKind::Num { value: digits.parse().ok()?, digits: split as u8, suffix })
}

/// A lexicon match at a token.
#[derive(Clone, Copy, Debug)]
pub(super) struct Hit {
    /// Its meaning.
    pub(super) lex: Lex,
    /// How many tokens it covers.
    pub(super) len: usize,
    /// Bytes of stripped proclitics at the start of its first token.
    pub(super) skip: usize,
}

/// The longest phrase of `lex` starting at token `i`, stripping up to two
/// Arabic proclitics from the first word when the lexicon allows it.
pub(super) fn lookup(lex: &Lexicon, tokens: &Tokens, text: &str, i: usize) -> Option<Hit> {
    let tok = tokens.toks.get(i)?;
    if tok.kind != TokKind::Word {
        return None;
    }
    let key = tokens.key(i);
    let mut found = matches(lex, tokens, i, key).map(|(lex, len)| Hit { lex, len, skip: 0 });
    if found.is_none() && lex.clitics {
        let mut rest = key;
        let mut skip = 0;
        for _ in 0..2 {
            let Some(c) = rest.chars().next().filter(|c| matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك')) else {
                break;
            };
            rest = &rest[c.len_utf8()..];
            skip += c.len_utf8();
            if rest.chars().count() < 2 {
                break;
            }
            if let Some((l, len)) = matches(lex, tokens, i, rest) {
                found = Some(Hit { lex: l, len, skip });
                break;
            }
        }
        // The original may carry marks after the clitic; step over them.
        if let Some(h) = found.as_mut() {
            let word = text.get(tok.start..tok.end).unwrap_or("");
            let mut seen = 0;
            let mut bytes = 0;
            for c in word.chars() {
                if seen == h.skip && !is_dropped(c) {
                    break;
                }
                if fold_char(c).is_some() {
                    seen += c.len_utf8();
                }
                bytes += c.len_utf8();
            }
            h.skip = bytes;
        }
    }
    // Latin month names count only when capitalised ("May", not "may").
    if let Some(Hit { lex: Lex::Month { .. }, .. }) = found {
        if text.as_bytes().get(tok.start).is_some_and(u8::is_ascii_lowercase) {
            return None;
        }
    }
    found
}

fn matches(lex: &Lexicon, tokens: &Tokens, i: usize, key: &str) -> Option<(Lex, usize)> {
    lex.get(key)?.iter().find_map(|(rest, meaning)| {
        rest.iter()
            .enumerate()
            .all(|(k, word)| {
                tokens.toks.get(i + 1 + k).is_some_and(|t| t.kind == TokKind::Word) && tokens.key(i + 1 + k) == word
            })
            .then_some((*meaning, rest.len() + 1))
    })
}

/// Publication labels as folded words, with the language of the date after them.
pub(super) static LABELS: LazyLock<Vec<(Vec<String>, Language)>> = LazyLock::new(|| {
    let mut labels: Vec<(Vec<String>, Language)> = [
        (arabic::PUBLISHED, Language::Arabic),
        (persian::PUBLISHED, Language::Persian),
        (english::PUBLISHED, Language::English),
    ]
    .iter()
    .flat_map(|(table, lang)| table.iter().map(move |p| (p.split_whitespace().map(fold).collect(), *lang)))
    .collect();
    labels.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
    labels
});
