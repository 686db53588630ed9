//! Quantities in news text: digits in three scripts, number words in Arabic,
//! Persian and English, vague amounts, qualifiers ("at least", "نحو") and ranges,
//! each with the [`Span`] of the words it was read from.
//!
//! The scan works on the text as given (spans are byte offsets into it) and is
//! tolerant of spelling variants itself: every word is folded into a match key
//! (hamza/alef forms, ta marbuta, alef maqsura, Persian yeh/kaf, diacritics,
//! tatweel, ZWNJ, Latin case) and looked up in per-language tables compiled once.
//! A multi-word phrase matches whether its words are written apart, joined, or
//! joined by ZWNJ ("دست کم", "دست‌کم", "دستکم").
//!
//! What is *not* a quantity: dates and times ("25/01/2021", "2021-01-25", "10:30"),
//! days and years next to a month name ("25 يناير 2021", "15 و16 أيار"), years
//! after a year word ("عام 2011"), decimals ("3.5", but "2.5 million" is a count),
//! percentages, reference numbers after a label ("رقم 10", "article 3"), codes
//! glued to letters ("F-16", "25th", "5-year-old"), ordinals ("الثالث", "سوم",
//! "بیست و پنجم"), and "one of" constructions. A bare four-digit number that could be
//! a year is returned with [`Quantity::maybe_year`] set.
//!
//! One module per language holds the data (`arabic`, `persian`, `english`); the
//! scanner here is shared.

mod arabic;
mod english;
mod persian;

pub use arabic::is_person_dual;

use crate::normalize::TATWEEL;
use marsad_core::{Language, Span};
use std::collections::HashMap;

/// How a stated number bounds the real count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuantityKind {
    /// The number as stated: `low == high == value`.
    Exact,
    /// "at least N", "ما لا يقل عن N", "دست‌کم N", "N or more": `low = N`, no `high`.
    AtLeast,
    /// "more than N", "أكثر من N", "بیش از N". Following ACLED's conservative
    /// practice the stated figure is coded: `value = low = N` (not N + 1).
    MoreThan,
    /// "fewer than N", "أقل من N", "کمتر از N": `value = high = N - 1`, no `low`.
    LessThan,
    /// "up to N", "as many as N", "ما يصل إلى N", "تا N": `value = high = N`, no `low`.
    UpTo,
    /// "about N", "نحو N", "حدود N", "N تقریبا": `value = N`, no bounds.
    About,
    /// "between 5 and 7", "5-7", "من 5 إلى 7", "۵ تا ۷", "two or three":
    /// `low` and `high` as stated, `value = low` (conservative).
    Range,
    /// A conventional value for a vague amount ("dozens", "عشرات", "چند"); see
    /// [`quantities`] for the table. `low` is set, `high` is not.
    Vague,
}

/// How a quantity was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Form {
    /// In digits (any of the three digit sets), possibly with a scale word ("3 آلاف").
    Digits,
    /// In number words or vague words.
    Words,
    /// An Arabic dual person noun ("شخصين", "طفلان"): the span is the noun itself.
    Dual,
}

/// One quantity found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Quantity {
    /// The words read, qualifier included ("at least five"), leading Arabic
    /// clitics excluded ("وثلاثة" → "ثلاثة"); byte offsets into the text given.
    pub span: Span,
    /// Conservative best value (see [`QuantityKind`] for each kind).
    pub value: u32,
    /// Lowest count the words allow, when they bound it.
    pub low: Option<u32>,
    /// Highest count the words allow, when they bound it.
    pub high: Option<u32>,
    /// Which qualifier, if any, applied.
    pub kind: QuantityKind,
    /// Digits, words, or a dual noun.
    pub form: Form,
    /// A bare four-digit number from 1000 to 2100 that may be a year: extraction
    /// should not take it as a toll without a counted noun next to it.
    pub maybe_year: bool,
}

/// Every quantity in `text`, in order, without overlaps (the longest reading wins).
///
/// Vague amounts get conventional values, following ACLED's coding conventions
/// where it has one:
///
/// | words | value | low |
/// |---|---|---|
/// | dozens, scores of, عشرات/العشرات, ده‌ها | 12 | 12 |
/// | tens (of) | 10 | 10 |
/// | hundreds, مئات/المئات, صدها | 100 | 100 |
/// | thousands, آلاف/الآلاف, هزاران | 1000 | 1000 |
/// | several, a number of, a few, a handful of, عدة, عدد من, بضع/بضعة, چند, چندین, تعدادی, شماری | 3 | 2 |
///
/// The last row is marsad's own conservative convention, not ACLED's. A vague
/// amount followed by a scale multiplies it: "tens of thousands" = 10 000,
/// "several hundred" = 300 (low 200), "عشرات الآلاف" = 12 000.
pub fn quantities(text: &str, lang: Language) -> Vec<Quantity> {
    let rules = match lang {
        Language::Arabic => &*arabic::RULES,
        Language::Persian => &*persian::RULES,
        Language::English => &*english::RULES,
    };
    let tokens = Tokens::new(text, rules);
    let scanner = Scanner { text, rules, t: &tokens };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match scanner.at(i) {
            Some((q, end)) => {
                out.push(q);
                i = end.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Per-language data.

/// What a number word contributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lex {
    /// An additive value: units, teens, tens, whole hundreds, "ألفان" (2000).
    Num(u32),
    /// Arabic عشر/عشرة: 10 alone, +10 after a unit ("ثلاثة عشر").
    Teen,
    /// A unit form used only before عشر ("أحد", "إحدى", "اثنا"): 1 or 2.
    TeenOnly(u32),
    /// A value that alone needs a counted noun after it (Persian "ده" village,
    /// "نه" no).
    Ambiguous(u32),
    /// ×100 after a unit, else 100.
    Hundred,
    /// ×N of what precedes, or N alone ("ألف", "thousand", "dozen").
    Scale(u32),
    /// ×N only after a count ("ثلاثة آلاف"); alone a vague N ("آلاف").
    CountedScale(u32),
    /// English "a": 1 before hundred/thousand/dozen.
    Article,
    /// A vague amount: conventional value and low bound.
    Vague(u32, u32),
}

/// How number words may follow each other without "and".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Juxtapose {
    /// Only multipliers ("ثلاث مئة", "دو هزار").
    Multipliers,
    /// Also tens then a unit and anything below 100 after hundred/thousand
    /// ("twenty five", "two hundred ten").
    Additive,
}

/// One language's data, as written in its module (natural spelling; folded at build).
struct Table {
    /// Number and vague words.
    words: &'static [(&'static str, Lex)],
    /// Multi-word vague phrases: (phrase, value, low).
    vague: &'static [(&'static str, u32, u32)],
    /// One-letter prefixes a number word may carry ("و", "ب"...).
    clitics: &'static [&'static str],
    /// The word for "and" inside compounds.
    and: &'static [&'static str],
    /// Juxtaposition rule.
    juxtapose: Juxtapose,
    /// Qualifiers written before the number.
    before: &'static [(&'static str, QuantityKind)],
    /// Qualifiers written after the number.
    after: &'static [(&'static str, QuantityKind)],
    /// Ranges: (opening phrase or "", middle phrase).
    ranges: &'static [(&'static str, &'static str)],
    /// Between a vague amount and a scale ("of").
    of: &'static [&'static str],
    /// After a number, makes it a percentage.
    percent: &'static [&'static str],
    /// Month names (a day or year next to one is a date).
    months: &'static [&'static str],
    /// Words before a year ("عام", "سال").
    year_before: &'static [&'static str],
    /// Words before a reference number, not a count ("رقم", "article", "شماره").
    labels: &'static [&'static str],
    /// Words after a year ("م", "هـ", "ش").
    year_after: &'static [&'static str],
    /// After "one": makes it "one of".
    one_of: &'static [&'static str],
    /// Before "one": not a count ("no one", "كل واحد", "هر یک").
    not_one_after: &'static [&'static str],
    /// Nouns that license an [`Lex::Ambiguous`] word standing alone.
    counters: &'static [&'static str],
    /// Ordinal words that end a compound ("بیست و سوم", "twenty-third").
    ordinals: &'static [&'static str],
    /// Ordinal suffixes on a number word ("پنجم", "یکمین").
    ordinal_suffixes: &'static [&'static str],
    /// Whether Arabic dual person nouns count as 2.
    duals: bool,
    /// Whether a final alef may be an Arabic tanween carrier ("ألفاً").
    tanween: bool,
}

type Phrase = Vec<String>;

/// A [`Table`] compiled: every entry folded to match keys.
struct Rules {
    words: HashMap<String, Lex>,
    vague: Vec<(Phrase, u32, u32)>,
    clitics: Vec<String>,
    and: Vec<String>,
    juxtapose: Juxtapose,
    before: Vec<(Phrase, QuantityKind)>,
    after: Vec<(Phrase, QuantityKind)>,
    ranges: Vec<(Phrase, Phrase)>,
    of: Vec<Phrase>,
    percent: Vec<Phrase>,
    months: Vec<Phrase>,
    year_before: Vec<Phrase>,
    labels: Vec<Phrase>,
    year_after: Vec<Phrase>,
    one_of: Vec<Phrase>,
    not_one_after: Vec<Phrase>,
    counters: Vec<Phrase>,
    ordinals: Vec<Phrase>,
    ordinal_suffixes: Vec<String>,
    duals: bool,
    tanween: bool,
}

fn key_of(word: &str) -> String {
    let mut s = String::with_capacity(word.len());
    push_key(&mut s, word);
    s
}

fn phrase(p: &str) -> Phrase {
    p.split(' ').filter(|w| !w.is_empty()).map(key_of).collect()
}

fn phrases(list: &[&str]) -> Vec<Phrase> {
    list.iter().map(|p| phrase(p)).collect()
}

impl Rules {
    fn new(t: &Table) -> Rules {
        Rules {
            words: t.words.iter().map(|(w, lex)| (key_of(w), *lex)).collect(),
            vague: t.vague.iter().map(|(p, v, l)| (phrase(p), *v, *l)).collect(),
            clitics: t.clitics.iter().map(|c| key_of(c)).collect(),
            and: t.and.iter().map(|c| key_of(c)).collect(),
            juxtapose: t.juxtapose,
            before: t.before.iter().map(|(p, k)| (phrase(p), *k)).collect(),
            after: t.after.iter().map(|(p, k)| (phrase(p), *k)).collect(),
            ranges: t.ranges.iter().map(|(o, m)| (phrase(o), phrase(m))).collect(),
            of: phrases(t.of),
            percent: phrases(t.percent),
            months: phrases(t.months),
            year_before: phrases(t.year_before),
            labels: phrases(t.labels),
            year_after: phrases(t.year_after),
            one_of: phrases(t.one_of),
            not_one_after: phrases(t.not_one_after),
            counters: phrases(t.counters),
            ordinals: phrases(t.ordinals),
            ordinal_suffixes: t.ordinal_suffixes.iter().map(|c| key_of(c)).collect(),
            duals: t.duals,
            tanween: t.tanween,
        }
    }

    /// The number word behind `key`, trying a tanween alef ("ألفاً") and up to two
    /// one-letter clitics ("وبخمسة").
    fn hit(&self, key: &str) -> Option<Hit> {
        if let Some(lex) = self.lookup(key) {
            return Some(Hit { lex, skip: 0, and: false });
        }
        for c1 in &self.clitics {
            let Some(rest) = key.strip_prefix(c1.as_str()) else {
                continue;
            };
            let and = self.and.iter().any(|a| a == c1);
            if rest.chars().count() >= 3 {
                if let Some(lex) = self.lookup(rest) {
                    return Some(Hit { lex, skip: 1, and });
                }
            }
            for c2 in &self.clitics {
                let Some(rest) = rest.strip_prefix(c2.as_str()) else {
                    continue;
                };
                if rest.chars().count() >= 3 {
                    if let Some(lex) = self.lookup(rest) {
                        return Some(Hit { lex, skip: 2, and });
                    }
                }
            }
        }
        None
    }

    fn lookup(&self, key: &str) -> Option<Lex> {
        self.words.get(key).copied().or_else(|| {
            let bare = key.strip_suffix('ا').filter(|b| self.tanween && b.chars().count() >= 2)?;
            self.words.get(bare).copied()
        })
    }
}

/// A number word found in a token.
#[derive(Clone, Copy, Debug)]
struct Hit {
    lex: Lex,
    /// Clitic letters before it.
    skip: u8,
    /// Whether the first clitic is "and".
    and: bool,
}

// ---------------------------------------------------------------------------
// Tokens.

#[derive(Clone, Copy, Debug, PartialEq)]
enum Tok {
    /// Letters (with marks, tatweel, ZWNJ inside).
    Word,
    /// A clean digit number.
    Num { value: u32, year: bool },
    /// A decimal ("2.5"), in thousandths: a count only before a scale ("2.5 million").
    Decimal { milli: u64 },
    /// Digits that are not a count: dates, times, codes.
    Junk,
    /// Any other visible character (dashes are all `-`).
    Punct,
}

#[derive(Clone, Copy, Debug)]
struct Token {
    kind: Tok,
    span: Span,
    /// Byte range of the match key in [`Tokens::keys`].
    key: (usize, usize),
    hit: Option<Hit>,
}

struct Tokens {
    list: Vec<Token>,
    keys: String,
}

fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// Arabic-script diacritics and Latin combining marks.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0300}'..='\u{036F}')
}

/// Characters dropped from match keys: marks, tatweel, ZWNJ, ZWJ.
fn is_ignorable(c: char) -> bool {
    is_mark(c) || matches!(c, '\u{0640}' | '\u{200C}' | '\u{200D}')
}

fn is_word_char(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphabetic(),
        // Arabic block: letters, with cheap range checks before the Unicode tables.
        '\u{0621}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}' | '\u{06FA}'..='\u{06FF}' => true,
        '\u{0600}'..='\u{06FF}' => is_ignorable(c),
        _ => is_ignorable(c) || (c.is_alphabetic() && digit_value(c).is_none()),
    }
}

/// Invisible characters that separate like spaces (bidi marks, BOM).
fn is_format(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}')
}

/// Appends the match key of `word`: one char per non-ignorable char.
fn push_key(out: &mut String, word: &str) {
    for c in word.chars() {
        match c {
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => out.push('ا'),
            'ة' | 'ۀ' | 'ە' => out.push('ه'),
            'ى' | 'ی' | 'ې' | 'ۍ' => out.push('ي'),
            'ک' | 'ڪ' => out.push('ك'),
            c if is_ignorable(c) => {}
            c => out.push(c),
        }
    }
}

/// Byte offset in `word` of its `n`-th non-ignorable char (marks after the
/// previous letter are skipped); `word.len()` when there are fewer.
fn after_letters(word: &str, n: usize) -> usize {
    let mut seen = 0;
    for (b, c) in word.char_indices() {
        if is_ignorable(c) {
            continue;
        }
        if seen == n {
            return b;
        }
        seen += 1;
    }
    word.len()
}

impl Tokens {
    fn new(text: &str, rules: &Rules) -> Tokens {
        let mut t = Tokens { list: Vec::with_capacity(text.len() / 6), keys: String::with_capacity(text.len()) };
        let mut pos = 0;
        while let Some(c) = text.get(pos..).and_then(|s| s.chars().next()) {
            if digit_value(c).is_some() {
                pos = t.digits(text, pos);
            } else if is_word_char(c) && !matches!(c, '\u{200C}' | '\u{200D}') {
                pos = t.word(text, pos, rules);
            } else if c.is_whitespace() || is_format(c) || matches!(c, '\u{200C}' | '\u{200D}') {
                pos += c.len_utf8();
            } else {
                let k0 = t.keys.len();
                t.keys.push(if is_dash(c) { '-' } else { c });
                let span = Span::new(pos, pos + c.len_utf8());
                t.list.push(Token { kind: Tok::Punct, span, key: (k0, t.keys.len()), hit: None });
                pos += c.len_utf8();
            }
        }
        t
    }

    fn word(&mut self, text: &str, start: usize, rules: &Rules) -> usize {
        let rest = text.get(start..).unwrap_or_default();
        let mut end = start;
        let mut last_letter_end = start;
        let mut prev = None;
        let mut chars = rest.char_indices().peekable();
        while let Some((b, c)) = chars.next() {
            // "شخـ ـصـ ـين", "مقتـ.ل": a space or dot after a tatweel, before a
            // tatweel or letter, is a break social media puts inside a word.
            let next = chars.peek().map(|&(_, n)| n);
            let tatweel_break = prev == Some(TATWEEL)
                && matches!(c, ' ' | '.')
                && next.is_some_and(|n| n == TATWEEL || (c == '.' && is_word_char(n)));
            if !is_word_char(c) && !tatweel_break {
                break;
            }
            prev = Some(c);
            end = start + b + c.len_utf8();
            if !matches!(c, '\u{200C}' | '\u{200D}') && !tatweel_break {
                last_letter_end = end;
            }
        }
        let k0 = self.keys.len();
        let word = text.get(start..last_letter_end).unwrap_or_default();
        push_key(&mut self.keys, &word.replace([' ', '.'], ""));
        let hit = self.keys.get(k0..).and_then(|k| rules.hit(k));
        let span = Span::new(start, last_letter_end);
        self.list.push(Token { kind: Tok::Word, span, key: (k0, self.keys.len()), hit });
        end.max(start + 1)
    }

    /// Scans a cluster of digits joined by separators and pushes one number, a
    /// `N - M` triple, or junk. Returns the end of the cluster.
    fn digits(&mut self, text: &str, start: usize) -> usize {
        let (mut first_group, mut end) = digit_run(text, start);
        let mut junk = false;
        let mut point = None;
        let mut dash: Option<(usize, usize)> = None;
        let mut dashes = 0;
        while let Some(c) = text.get(end..).and_then(|s| s.chars().next()) {
            let after = end + c.len_utf8();
            let (len, run_end) = digit_run(text, after);
            if len == 0 {
                break;
            }
            match c {
                ',' | '\u{066C}' => {
                    if len != 3 || first_group > 3 {
                        break;
                    }
                }
                '.' | '\u{066B}' if point.is_none() && dash.is_none() => point = Some(end),
                '.' | '\u{066B}' | '/' | ':' | '\u{060D}' => junk = true,
                c if is_dash(c) => {
                    dash = Some((end, after));
                    dashes += 1;
                    first_group = len;
                }
                _ => break,
            }
            end = run_end;
        }
        let push = |t: &mut Tokens, s: usize, e: usize| {
            let kind = text.get(s..e).map_or(Tok::Junk, plain_number);
            t.list.push(Token { kind, span: Span::new(s, e), key: (0, 0), hit: None });
        };
        match dash {
            None if !junk && point.is_some() => {
                let kind = point.and_then(|p| decimal(text.get(start..p)?, text.get(p..end)?));
                self.list.push(Token {
                    kind: kind.unwrap_or(Tok::Junk),
                    span: Span::new(start, end),
                    key: (0, 0),
                    hit: None,
                });
            }
            None if !junk => push(self, start, end),
            Some((d0, d1)) if !junk && point.is_none() && dashes == 1 => {
                push(self, start, d0);
                let k0 = self.keys.len();
                self.keys.push('-');
                self.list.push(Token { kind: Tok::Punct, span: Span::new(d0, d1), key: (k0, k0 + 1), hit: None });
                push(self, d1, end);
            }
            _ => self.list.push(Token { kind: Tok::Junk, span: Span::new(start, end), key: (0, 0), hit: None }),
        }
        end
    }

    fn len(&self) -> usize {
        self.list.len()
    }

    fn get(&self, i: usize) -> Option<&Token> {
        self.list.get(i)
    }

    fn key(&self, i: usize) -> &str {
        self.list.get(i).and_then(|t| self.keys.get(t.key.0..t.key.1)).unwrap_or_default()
    }

    /// True when tokens `i` and `i + 1` touch (no space between).
    fn glued(&self, i: usize) -> bool {
        match (self.list.get(i), self.list.get(i + 1)) {
            (Some(a), Some(b)) => a.span.end == b.span.start,
            _ => false,
        }
    }

    fn is(&self, i: usize, kind: Tok) -> bool {
        self.list.get(i).is_some_and(|t| t.kind == kind)
    }

    /// Token index one past `words` matched from `i`. A token may cover several
    /// words of the phrase written joined ("دست‌کم" for "دست کم").
    fn phrase_at(&self, mut i: usize, words: &[String]) -> Option<usize> {
        let mut w = 0;
        while w < words.len() {
            let tok = self.list.get(i)?;
            if matches!(tok.kind, Tok::Num { .. } | Tok::Decimal { .. } | Tok::Junk) {
                return None;
            }
            let mut rest = self.key(i);
            while !rest.is_empty() {
                rest = rest.strip_prefix(words.get(w)?.as_str())?;
                w += 1;
            }
            i += 1;
        }
        (w > 0).then_some(i)
    }

    /// True when one of `list` matches at `i`; returns the end.
    fn any_at(&self, i: usize, list: &[Phrase]) -> Option<usize> {
        list.iter().find_map(|p| self.phrase_at(i, p))
    }

    /// True when one of `list` ends just before token `i`.
    fn any_before(&self, i: usize, list: &[Phrase]) -> bool {
        list.iter().any(|p| (i.saturating_sub(p.len())..i).any(|s| self.phrase_at(s, p) == Some(i)))
    }
}

/// Number of digits in the run at `start`, and the byte where it ends.
fn digit_run(text: &str, start: usize) -> (usize, usize) {
    let rest = text.get(start..).unwrap_or_default();
    let mut count = 0;
    let mut len = 0;
    for c in rest.chars() {
        if digit_value(c).is_none() {
            break;
        }
        count += 1;
        len += c.len_utf8();
    }
    (count, start + len)
}

/// A digit string with optional thousands separators; junk when it has a
/// leading zero, more than ten digits, or overflows.
fn plain_number(s: &str) -> Tok {
    let mut value: u64 = 0;
    let mut digits = 0;
    let mut first = None;
    for c in s.chars() {
        if let Some(d) = digit_value(c) {
            value = value * 10 + u64::from(d);
            digits += 1;
            first.get_or_insert(d);
            if digits > 10 {
                return Tok::Junk;
            }
        }
    }
    match u32::try_from(value) {
        Ok(v) if digits > 0 && !(first == Some(0) && digits > 1) => {
            let year = digits == 4 && digits == s.chars().count() && (1000..=2100).contains(&v);
            Tok::Num { value: v, year }
        }
        _ => Tok::Junk,
    }
}

/// A decimal from its integer part and its point-and-fraction part ("2", ".5"),
/// in thousandths; `None` beyond three decimals or on overflow.
fn decimal(int: &str, frac: &str) -> Option<Tok> {
    let Tok::Num { value, .. } = plain_number(int) else {
        return None;
    };
    let mut milli = u64::from(value).checked_mul(1000)?;
    let mut place = 100;
    for d in frac.chars().filter_map(digit_value) {
        if place == 0 {
            return None;
        }
        milli += u64::from(d) * place;
        place /= 10;
    }
    Some(Tok::Decimal { milli })
}

// ---------------------------------------------------------------------------
// The scanner.

/// A number read at some token.
#[derive(Clone, Copy, Debug)]
struct Parsed {
    /// First byte (after any clitic).
    start: usize,
    /// Token index one past the number.
    end: usize,
    value: u32,
    form: Form,
    year: bool,
    /// Whether it began with an "and" clitic ("وسبعة").
    and_clitic: bool,
}

struct Scanner<'a> {
    text: &'a str,
    rules: &'a Rules,
    t: &'a Tokens,
}

/// Running value of a number-word compound.
#[derive(Default)]
struct Acc {
    total: u64,
    cur: u64,
    last: Option<Lex>,
    atoms: u32,
}

/// Which of hundreds/tens/ones a value below 1000 fills.
fn slots(v: u64) -> u8 {
    u8::from(v >= 100) << 2 | u8::from(v % 100 >= 10) << 1 | u8::from(!v.is_multiple_of(10))
}

impl Acc {
    fn value(&self) -> Option<u32> {
        u32::try_from(self.total.checked_add(self.cur)?).ok()
    }

    /// Adds the next word; false when it cannot continue the compound.
    fn apply(&mut self, lex: Lex, connected: bool, jux: Juxtapose) -> bool {
        let first = self.atoms == 0;
        if self.last == Some(Lex::Article) && !matches!(lex, Lex::Hundred | Lex::Scale(_)) {
            return false;
        }
        match lex {
            Lex::Num(v) | Lex::Ambiguous(v) => {
                let v = u64::from(v);
                if first {
                    if v >= 1000 {
                        self.total = v;
                    } else {
                        self.cur = v;
                    }
                } else if v >= 1000 || slots(self.cur) & slots(v) != 0 {
                    return false;
                } else if connected
                    && jux == Juxtapose::Additive
                    && !matches!(self.last, Some(Lex::Hundred | Lex::Scale(_)))
                {
                    // English "and" only follows hundred/thousand ("two hundred and ten").
                    return false;
                } else if connected || (jux == Juxtapose::Additive && self.additive(v)) {
                    self.cur += v;
                } else {
                    return false;
                }
            }
            Lex::Hundred => {
                if first {
                    self.cur = 100;
                } else if !connected && (1..=9).contains(&self.cur) {
                    self.cur *= 100;
                } else if connected && slots(self.cur) & 4 == 0 {
                    self.cur += 100;
                } else {
                    return false;
                }
            }
            Lex::Scale(s) | Lex::CountedScale(s) => {
                let s = u64::from(s);
                if connected || (first && matches!(lex, Lex::CountedScale(_))) {
                    return false;
                }
                if first {
                    self.total = s;
                } else if self.cur == 0 {
                    return false;
                } else {
                    self.total += self.cur * s;
                    self.cur = 0;
                }
                if self.total > u64::from(u32::MAX) {
                    return false;
                }
            }
            Lex::Article if first => self.cur = 1,
            Lex::Article | Lex::Teen | Lex::TeenOnly(_) | Lex::Vague(..) => return false,
        }
        self.last = Some(lex);
        self.atoms += 1;
        true
    }

    /// English juxtaposition: "twenty five", "hundred ten", "thousand five".
    fn additive(&self, v: u64) -> bool {
        match self.last {
            Some(Lex::Num(t)) => t % 10 == 0 && (20..=90).contains(&t) && (1..=9).contains(&v),
            Some(Lex::Hundred | Lex::Scale(_) | Lex::CountedScale(_)) => v < 100,
            _ => false,
        }
    }
}

impl Scanner<'_> {
    fn span(&self, start: usize, end_tok: usize) -> Span {
        let end = end_tok.checked_sub(1).and_then(|e| self.t.get(e)).map_or(start, |t| t.span.end);
        Span::new(start, end)
    }

    fn start_of(&self, i: usize) -> usize {
        self.t.get(i).map_or(0, |t| t.span.start)
    }

    /// True when a number-like token lies within the next few tokens.
    fn number_ahead(&self, i: usize) -> bool {
        (i + 1..i + 5).any(|j| match self.t.get(j) {
            Some(t) => match (t.kind, t.hit.map(|h| h.lex)) {
                (Tok::Num { .. } | Tok::Decimal { .. }, _) => true,
                (_, Some(Lex::Article)) => {
                    self.t.get(j + 1).and_then(|n| n.hit).is_some_and(|h| matches!(h.lex, Lex::Hundred | Lex::Scale(_)))
                }
                (_, Some(Lex::Vague(..)) | None) => false,
                (_, Some(_)) => true,
            },
            None => false,
        })
    }

    /// The longest quantity starting at token `i`, with the token index after it.
    fn at(&self, i: usize) -> Option<(Quantity, usize)> {
        let tok = *self.t.get(i)?;
        if tok.kind == Tok::Word && self.number_ahead(i) {
            if let Some(found) = self.opened_range(i).or_else(|| self.qualified(i)) {
                return Some(found);
            }
        }
        if let Some(found) = self.vague(i) {
            return Some(found);
        }
        if let Some(n) = self.number(i, false) {
            return Some(self.finish(n.start, n, QuantityKind::Exact));
        }
        if self.rules.duals && tok.kind == Tok::Word {
            return self.dual(i);
        }
        None
    }

    /// "between N and M", "من N إلى M", "بین N تا M".
    fn opened_range(&self, i: usize) -> Option<(Quantity, usize)> {
        self.rules.ranges.iter().filter(|(open, _)| !open.is_empty()).find_map(|(open, mid)| {
            let j = self.t.phrase_at(i, open)?;
            let low = self.number(j, true)?;
            self.range_tail(self.start_of(i), &low, mid)
        })
    }

    /// The rest of a range after its low number: the middle word and the high number.
    fn range_tail(&self, start: usize, low: &Parsed, mid: &[String]) -> Option<(Quantity, usize)> {
        let high = match self.t.phrase_at(low.end, mid) {
            Some(k) => self.number(k, true)?,
            // "بين خمسة وسبعة": the "and" is a clitic of the high number.
            None => {
                let high = self.number(low.end, true)?;
                (high.and_clitic && self.rules.and.iter().any(|a| mid == std::slice::from_ref(a))).then_some(high)?
            }
        };
        if low.value >= high.value || (low.year && high.year) {
            return None;
        }
        let q = Quantity {
            span: self.span(start, high.end),
            value: low.value,
            low: Some(low.value),
            high: Some(high.value),
            kind: QuantityKind::Range,
            form: low.form,
            maybe_year: false,
        };
        Some((q, high.end))
    }

    /// A qualifier phrase, then a number.
    fn qualified(&self, i: usize) -> Option<(Quantity, usize)> {
        self.rules.before.iter().find_map(|(p, kind)| {
            let j = self.t.phrase_at(i, p)?;
            let n = self.number(j, true)?;
            Some(self.finish(self.start_of(i), n, *kind))
        })
    }

    /// Builds the quantity for `n` read after a qualifier of `kind` (or none):
    /// tries a range and a trailing qualifier first.
    fn finish(&self, start: usize, n: Parsed, kind: QuantityKind) -> (Quantity, usize) {
        for (open, mid) in &self.rules.ranges {
            if open.is_empty() {
                if let Some(found) = self.range_tail(start, &n, mid) {
                    return found;
                }
            }
        }
        let (kind, end) = match kind {
            QuantityKind::Exact => self
                .rules
                .after
                .iter()
                .find_map(|(p, k)| Some((*k, self.t.phrase_at(n.end, p)?)))
                .unwrap_or((kind, n.end)),
            _ => (kind, n.end),
        };
        let v = n.value;
        let below = v.saturating_sub(1);
        let (value, low, high) = match kind {
            QuantityKind::Exact => (v, Some(v), Some(v)),
            QuantityKind::AtLeast | QuantityKind::MoreThan => (v, Some(v), None),
            QuantityKind::LessThan => (below, None, Some(below)),
            QuantityKind::UpTo => (v, None, Some(v)),
            QuantityKind::About => (v, None, None),
            // Not produced here; kept total for safety.
            QuantityKind::Range | QuantityKind::Vague => (v, Some(v), None),
        };
        let q = Quantity { span: self.span(start, end), value, low, high, kind, form: n.form, maybe_year: n.year };
        (q, end)
    }

    /// A vague amount, times a scale that follows ("tens of thousands").
    fn vague(&self, i: usize) -> Option<(Quantity, usize)> {
        let tok = self.t.get(i)?;
        let (start, mut value, mut low, end) = match tok.hit.map(|h| (h.lex, h.skip)) {
            Some((Lex::Vague(v, l), skip)) => (self.clitic_start(i, skip), v, l, i + 1),
            Some((Lex::CountedScale(v), skip)) => (self.clitic_start(i, skip), v, v, i + 1),
            _ => {
                self.rules.vague.iter().find_map(|(p, v, l)| Some((tok.span.start, *v, *l, self.t.phrase_at(i, p)?)))?
            }
        };
        let mut end = end;
        let j = self.t.any_at(end, &self.rules.of).unwrap_or(end);
        let times = self.t.get(j).and_then(|t| t.hit).filter(|h| h.skip == 0).and_then(|h| match h.lex {
            Lex::Hundred => Some(100),
            Lex::Scale(s) | Lex::CountedScale(s) if s >= 1000 => Some(s),
            Lex::Vague(v, _) if v == 100 || v == 1000 => Some(v),
            _ => None,
        });
        if let Some(m) = times {
            if let (Some(v), Some(l)) = (value.checked_mul(m), low.checked_mul(m)) {
                (value, low, end) = (v, l, j + 1);
            }
        }
        let q = Quantity {
            span: self.span(start, end),
            value,
            low: Some(low),
            high: None,
            kind: QuantityKind::Vague,
            form: Form::Words,
            maybe_year: false,
        };
        Some((q, end))
    }

    fn clitic_start(&self, i: usize, skip: u8) -> usize {
        let Some(tok) = self.t.get(i) else { return 0 };
        let word = self.text.get(tok.span.start..tok.span.end).unwrap_or_default();
        tok.span.start + after_letters(word, usize::from(skip))
    }

    /// The number at token `i`, if it is a count. `licensed` when a qualifier or
    /// range word precedes (an ambiguous word may then stand alone).
    fn number(&self, i: usize, licensed: bool) -> Option<Parsed> {
        let tok = self.t.get(i)?;
        let parsed = match tok.kind {
            Tok::Num { value, year } => self.digits(i, u64::from(value) * 1000, year)?,
            Tok::Decimal { milli } => self.digits(i, milli, false)?,
            Tok::Word => self.words(i, licensed)?,
            Tok::Junk | Tok::Punct => return None,
        };
        self.is_count(i, &parsed).then_some(parsed)
    }

    /// Digits at `i` worth `milli` thousandths (a decimal needs a scale after it).
    fn digits(&self, i: usize, milli: u64, year: bool) -> Option<Parsed> {
        let t = self.t;
        // Glued to letters before ("F16", "الـ5") unless a clitic ("بـ5", "و7").
        if i > 0 && t.glued(i - 1) {
            let prev = i - 1;
            let ok = match t.get(prev).map(|p| p.kind) {
                Some(Tok::Word) => self.rules.clitics.iter().any(|c| c == t.key(prev)),
                Some(Tok::Punct) => {
                    let k = t.key(prev);
                    // "F-16", "%5", "$5", "#3" are not counts.
                    let code = k == "-" && prev > 0 && t.glued(prev - 1) && t.is(prev - 1, Tok::Word);
                    !code && !matches!(k, "%" | "٪" | "$" | "€" | "£" | "#" | "№")
                }
                _ => true,
            };
            if !ok {
                return None;
            }
        }
        let mut p = Parsed {
            start: self.start_of(i),
            end: i + 1,
            value: u32::try_from(milli / 1000).ok()?,
            form: Form::Digits,
            year,
            and_clitic: false,
        };
        // "3 آلاف", "5 million", "۲ هزار".
        let scale = t.get(i + 1).and_then(|n| n.hit).filter(|h| h.skip == 0).and_then(|h| match h.lex {
            Lex::Scale(s) | Lex::CountedScale(s) if s >= 1000 && milli > 0 => Some(s),
            _ => None,
        });
        let scaled = scale
            .and_then(|s| milli.checked_mul(u64::from(s)))
            .filter(|v| v.is_multiple_of(1000))
            .and_then(|v| u32::try_from(v / 1000).ok());
        if let Some(v) = scaled {
            (p.value, p.end, p.year) = (v, i + 2, false);
        } else if !milli.is_multiple_of(1000) {
            return None;
        }
        Some(p)
    }

    fn words(&self, i: usize, licensed: bool) -> Option<Parsed> {
        let t = self.t;
        let first = t.get(i)?.hit?;
        let jux = self.rules.juxtapose;
        let mut acc = Acc::default();
        let (lex, mut j) = self.atom(i)?;
        // A scale right after digits that were not read ("2.5.1 مليون").
        let after_digits = i > 0 && !t.is(i - 1, Tok::Word) && !t.is(i - 1, Tok::Punct);
        if (after_digits && matches!(lex, Lex::Scale(_))) || !acc.apply(lex, false, jux) {
            return None;
        }
        loop {
            let (connected, k) = if self.is_and(j) && self.plain(j + 1) {
                (true, j + 1)
            } else if t.get(j).and_then(|x| x.hit).is_some_and(|h| h.skip == 1 && h.and) {
                (true, j)
            } else if self.plain(j) {
                (false, j)
            } else if jux == Juxtapose::Additive && t.key(j) == "-" && t.glued(j - 1) && t.glued(j) && self.plain(j + 1)
            {
                (false, j + 1)
            } else {
                break;
            };
            let Some((lex, next)) = self.atom(k) else {
                break;
            };
            if !acc.apply(lex, connected, jux) {
                break;
            }
            j = next;
        }
        if acc.last == Some(Lex::Article) {
            return None;
        }
        let value = acc.value()?;
        // A lone ambiguous word needs a counted noun after it.
        if acc.atoms == 1
            && matches!(lex, Lex::Ambiguous(_))
            && !licensed
            && t.any_at(j, &self.rules.counters).is_none()
        {
            return None;
        }
        // "one of them", "no one", "كل واحد", "هر یک".
        if value == 1
            && acc.atoms == 1
            && (t.any_at(j, &self.rules.one_of).is_some() || t.any_before(i, &self.rules.not_one_after))
        {
            return None;
        }
        Some(Parsed {
            start: self.clitic_start(i, first.skip),
            end: j,
            value,
            form: Form::Words,
            year: false,
            and_clitic: first.skip > 0 && first.and,
        })
    }

    /// True when token `j` is the word "and".
    fn is_and(&self, j: usize) -> bool {
        self.t.is(j, Tok::Word) && self.rules.and.iter().any(|a| a == self.t.key(j))
    }

    /// True when token `j` is a number word without clitics.
    fn plain(&self, j: usize) -> bool {
        self.t.get(j).and_then(|x| x.hit).is_some_and(|h| h.skip == 0)
    }

    /// The number word at `j` with the token after it; merges Arabic teens
    /// ("ثلاثة عشر", "إحدى عشرة") into one value.
    fn atom(&self, j: usize) -> Option<(Lex, usize)> {
        let lex = self.t.get(j)?.hit?.lex;
        let teen_next = self.plain(j + 1) && self.t.get(j + 1).and_then(|x| x.hit).is_some_and(|h| h.lex == Lex::Teen);
        match lex {
            Lex::Num(v) | Lex::TeenOnly(v) if (1..=9).contains(&v) && teen_next => Some((Lex::Num(v + 10), j + 2)),
            Lex::TeenOnly(_) => None,
            Lex::Teen => Some((Lex::Num(10), j + 1)),
            lex => Some((lex, j + 1)),
        }
    }

    /// Context checks shared by digits and words: no ordinal, percentage, date,
    /// year or hyphenated modifier.
    fn is_count(&self, i: usize, p: &Parsed) -> bool {
        let t = self.t;
        let r = self.rules;
        let last = p.end - 1;
        let next = p.end;
        // Glued to letters after ("25th", "2011م", "3km").
        if t.glued(last) && t.is(next, Tok::Word) {
            return false;
        }
        // "5-year-old", "three-day", "twenty-fifth".
        if t.glued(last) && t.key(next) == "-" && t.glued(next) && t.is(next + 1, Tok::Word) {
            return false;
        }
        // "بیست و پنجم": the compound was an ordinal.
        if self.is_and(next) && self.is_ordinal(next + 1) {
            return false;
        }
        if t.any_at(next, &r.percent).is_some() {
            return false;
        }
        if p.form == Form::Digits {
            if t.any_before(i, &r.labels) {
                return false;
            }
            // "15 و16 أيار", "5 and 6 May": a list of days.
            let listed_day = self.is_and(next)
                && matches!(t.get(next + 1).map(|x| x.kind), Some(Tok::Num { .. }))
                && t.any_at(next + 2, &r.months).is_some();
            if listed_day || t.any_before(i, &r.months) || t.any_at(next, &r.months).is_some() {
                return false;
            }
            // "January 25, 2021".
            let after_day = i >= 3
                && t.key(i - 1) == ","
                && matches!(t.get(i - 2).map(|x| x.kind), Some(Tok::Num { .. }))
                && t.any_before(i - 2, &r.months);
            if p.year && (after_day || t.any_before(i, &r.year_before) || t.any_at(next, &r.year_after).is_some()) {
                return false;
            }
        }
        true
    }

    fn is_ordinal(&self, j: usize) -> bool {
        let key = self.t.key(j);
        self.t.any_at(j, &self.rules.ordinals).is_some()
            || self.rules.ordinal_suffixes.iter().any(|s| {
                key.strip_suffix(s.as_str())
                    .and_then(|stem| self.rules.lookup(stem))
                    .is_some_and(|l| !matches!(l, Lex::Vague(..)))
            })
    }

    /// An Arabic dual person noun ("شخصين"), merged with a following "اثنين".
    fn dual(&self, i: usize) -> Option<(Quantity, usize)> {
        let tok = self.t.get(i)?;
        let word = self.text.get(tok.span.start..tok.span.end)?;
        if !arabic::is_dual_key(self.t.key(i), word) {
            return None;
        }
        let two = self.t.get(i + 1).and_then(|n| n.hit).is_some_and(|h| h.skip == 0 && h.lex == Lex::Num(2));
        let end = if two { i + 2 } else { i + 1 };
        let q = Quantity {
            span: self.span(tok.span.start, end),
            value: 2,
            low: Some(2),
            high: Some(2),
            kind: QuantityKind::Exact,
            form: Form::Dual,
            maybe_year: false,
        };
        Some((q, end))
    }
}

#[cfg(test)]
mod tests_support {
    use super::{quantities, QuantityKind};
    use marsad_core::Language;

    /// Expected quantity: the exact words, the value, the kind.
    pub(super) type Want = (&'static str, u32, QuantityKind);

    /// Asserts that `text` yields exactly `want`, and that every quantity is
    /// self-consistent (`low <= value <= high`, spans in order, no overlap).
    pub(super) fn check(lang: Language, text: &str, want: &[Want]) {
        let got = quantities(text, lang);
        let view: Vec<(&str, u32, QuantityKind)> =
            got.iter().map(|q| (q.span.slice(text).unwrap_or("<bad span>"), q.value, q.kind)).collect();
        assert_eq!(view, want.to_vec(), "in {text:?}");
        assert_consistent(text, &got);
    }

    pub(super) fn assert_consistent(text: &str, got: &[super::Quantity]) {
        let mut last_end = 0;
        for q in got {
            assert!(q.span.slice(text).is_some_and(|s| !s.is_empty()), "bad span {:?} in {text:?}", q.span);
            assert!(q.span.start >= last_end, "overlap at {:?} in {text:?}", q.span);
            last_end = q.span.end;
            assert!(q.low.is_none_or(|l| l <= q.value), "low above value: {q:?}");
            assert!(q.high.is_none_or(|h| h >= q.value), "high below value: {q:?}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::tests_support::assert_consistent;
    use super::*;

    #[test]
    fn exact_and_qualified_bounds() {
        let q = quantities("at least 5 and up to 9 and fewer than 4", Language::English);
        let bounds: Vec<(u32, Option<u32>, Option<u32>)> = q.iter().map(|q| (q.value, q.low, q.high)).collect();
        assert_eq!(bounds, [(5, Some(5), None), (9, None, Some(9)), (3, None, Some(3))]);
        let q = quantities("between 3 and 7", Language::English);
        assert_eq!((q[0].value, q[0].low, q[0].high), (3, Some(3), Some(7)));
        let q = quantities("several", Language::English);
        assert_eq!((q[0].value, q[0].low, q[0].high), (3, Some(2), None));
    }

    #[test]
    fn years_are_flagged() {
        let q = quantities("in 2021 the war", Language::English);
        assert_eq!(q.len(), 1);
        assert!(q[0].maybe_year);
        let q = quantities("2021 people", Language::English);
        assert!(q[0].maybe_year, "the flag does not judge context");
        let q = quantities("قتل ٢٠٢١ شخصا وأصيب 12,000", Language::Arabic);
        assert_eq!(q.iter().map(|q| q.maybe_year).collect::<Vec<_>>(), [true, false]);
    }

    #[test]
    fn keys_fold_spelling_variants() {
        for (a, b) in [
            ("إثنين", "اثنين"),
            ("مائة", "مائه"),
            ("حوالى", "حوالي"),
            ("ثَلاثَة", "ثلاثه"),
            ("ده‌ها", "دهها"),
            ("بیست", "بيست"),
            ("کم", "كم"),
            ("Five", "five"),
        ] {
            assert_eq!(key_of(a), key_of(b), "{a} vs {b}");
        }
    }

    /// A small deterministic generator (xorshift) for the fuzz test.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
            let n = items.len() as u64;
            items.get((self.next() % n) as usize).copied().unwrap_or("")
        }
    }

    #[test]
    fn odd_input_never_panics() {
        let pieces = [
            "5",
            "٥",
            "۵",
            "0",
            "00",
            "1,200",
            "١٬٢٠٠",
            ",",
            ".",
            "٫",
            "/",
            ":",
            "-",
            "–",
            "%",
            "٪",
            " ",
            " ",
            "\u{200C}",
            "\u{200F}",
            "\u{0640}",
            "\u{064E}",
            "\u{0652}",
            "و",
            "ب",
            "ل",
            "ال",
            "ثلاثة",
            "عشر",
            "عشرة",
            "أحد",
            "إحدى",
            "اثنا",
            "مئة",
            "ألف",
            "آلاف",
            "ألفاً",
            "عشرات",
            "بين",
            "من",
            "إلى",
            "أو",
            "على",
            "الأقل",
            "ما",
            "لا",
            "يقل",
            "عن",
            "شخصين",
            "مدنيَّين",
            "یک",
            "ده",
            "نه",
            "صد",
            "هزار",
            "و",
            "تا",
            "دست",
            "کم",
            "ها",
            "بیست",
            "پنجم",
            "a",
            "hundred",
            "and",
            "twenty",
            "-",
            "five",
            "dozen",
            "dozens",
            "of",
            "thousands",
            "between",
            "at",
            "least",
            "one",
            "th",
            "F",
            "99999999999",
            "4294967295",
            "4294967296",
            "2021",
            "يناير",
            "January",
            "م",
            "é",
            "🙂",
            "\u{0301}",
            "\n",
        ];
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..3000 {
            let len = (rng.next() % 12) as usize;
            let mut text = String::new();
            for _ in 0..len {
                text.push_str(rng.pick(&pieces));
                if rng.next().is_multiple_of(3) {
                    text.push(' ');
                }
            }
            for lang in Language::ALL {
                assert_consistent(&text, &quantities(&text, lang));
            }
        }
    }

    #[test]
    fn every_prefix_and_suffix_is_safe() {
        let text =
            "قتل ما لا يقل عن خمسة وعشرين، و١٬٢٠٠ بين 5 و7 — at least twenty-five; دست‌کم ده‌ها هزار نفر 25/01/2021";
        for (b, _) in text.char_indices() {
            for lang in Language::ALL {
                assert_consistent(&text[b..], &quantities(&text[b..], lang));
                assert_consistent(&text[..b], &quantities(&text[..b], lang));
            }
        }
    }
}
