//! Which language a document is in: Arabic, Persian, English, or a language marsad
//! recognises but does not extract from (Kurdish, Urdu, Turkish, French).
//!
//! Cheap first: one pass over a bounded prefix counts letters per script, the letters
//! that only one Arabic-script language uses (پ چ ژ گ for Persian, ٹ ڈ ڑ ں ے for Urdu,
//! ڕ ڵ ۆ ێ ە for Sorani Kurdish) and a few function words. Only when that is not
//! decisive does lingua look at a bounded sample.

use lingua::{LanguageDetector, LanguageDetectorBuilder};
use marsad_core::{Detected, Language};

/// How many chars of a document the counting pass looks at.
const SCAN_CHARS: usize = 1_500;
/// How many chars lingua sees when the counts are not decisive.
const SAMPLE_CHARS: usize = 1_000;
/// The counting pass stops after this many letters.
const ENOUGH_LETTERS: usize = 600;
/// Fewer letters than this: undetermined.
const MIN_LETTERS: usize = 10;

/// Letters of Persian absent from Arabic (Persian yeh and kaf included).
const PERSIAN_LETTERS: &[char] = &['پ', 'چ', 'ژ', 'گ', 'ی', 'ک', 'ۀ'];
/// Letters of Arabic that Persian text rarely uses.
const ARABIC_LETTERS: &[char] = &['ي', 'ك', 'ة', 'ى'];
/// Letters of Urdu absent from Arabic and Persian.
const URDU_LETTERS: &[char] = &['ٹ', 'ڈ', 'ڑ', 'ں', 'ے'];
/// Letters of Sorani Kurdish absent from Arabic and Persian.
const SORANI_LETTERS: &[char] = &['ڕ', 'ڵ', 'ۆ', 'ێ', 'ە'];
/// Frequent Persian function words, with Persian and with Arabic yeh and kaf.
const PERSIAN_WORDS: &[&str] =
    &["از", "به", "در", "که", "كه", "این", "اين", "را", "با", "است", "شد", "می", "مي", "برای", "براي", "هم"];
/// Frequent Arabic function words.
const ARABIC_WORDS: &[&str] = &["في", "من", "على", "إلى", "الى", "أن", "ان", "التي", "الذي", "عن", "مع", "وقد", "قد"];
/// Frequent English function words.
const ENGLISH_WORDS: &[&str] = &[
    "the", "of", "and", "in", "to", "a", "on", "by", "for", "with", "was", "were", "said", "that", "from", "at", "is",
];
/// Frequent Kurmanji function words.
const KURMANJI_WORDS: &[&str] = &["û", "ku", "li", "ji", "di", "bi", "ev", "wê", "hat", "hatin", "yên", "ên", "kirin"];
/// The Kurmanji letter Turkish and French lack.
const KURMANJI_LETTER: char = 'ê';

/// Identifies languages; build once and share by `&` across threads.
pub struct LanguageIdentifier {
    detector: LanguageDetector,
}

impl Default for LanguageIdentifier {
    fn default() -> Self {
        LanguageIdentifier::new()
    }
}

impl std::fmt::Debug for LanguageIdentifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LanguageIdentifier").finish_non_exhaustive()
    }
}

/// What the counting pass saw.
#[derive(Debug, Default)]
struct Counts {
    arabic_script: usize,
    latin: usize,
    persian: usize,
    arabic: usize,
    urdu: usize,
    sorani: usize,
    persian_words: usize,
    arabic_words: usize,
    latin_words: usize,
    english_words: usize,
    kurmanji_words: usize,
    kurmanji_letters: usize,
}

impl Counts {
    fn scan(text: &str) -> Counts {
        let mut counts = Counts::default();
        let mut word_start = None;
        for (i, c) in text.char_indices().take(SCAN_CHARS).chain([(text.len(), ' ')]) {
            if c.is_alphabetic() || is_mark(c) {
                counts.letter(c);
                word_start.get_or_insert(i);
            } else if let Some(start) = word_start.take() {
                counts.word(text.get(start..i).unwrap_or_default());
                if counts.arabic_script + counts.latin >= ENOUGH_LETTERS {
                    break;
                }
            }
        }
        counts
    }

    fn letter(&mut self, c: char) {
        if matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
        {
            self.arabic_script += 1;
            self.persian += usize::from(PERSIAN_LETTERS.contains(&c));
            self.arabic += usize::from(ARABIC_LETTERS.contains(&c));
            self.urdu += usize::from(URDU_LETTERS.contains(&c));
            self.sorani += usize::from(SORANI_LETTERS.contains(&c));
        } else if c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{024F}') {
            self.latin += 1;
            self.kurmanji_letters += usize::from(c == KURMANJI_LETTER || c == 'Ê');
        }
    }

    fn word(&mut self, word: &str) {
        let is = |list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(word));
        if word.is_ascii() || word.chars().all(|c| matches!(c, '\u{00C0}'..='\u{024F}')) {
            self.latin_words += 1;
            self.english_words += usize::from(is(ENGLISH_WORDS));
            self.kurmanji_words += usize::from(is(KURMANJI_WORDS));
        } else {
            self.persian_words += usize::from(is(PERSIAN_WORDS));
            self.arabic_words += usize::from(is(ARABIC_WORDS));
        }
    }
}

/// Arabic harakat and tatweel, which stay inside a word (a ZWNJ ends one, so
/// that Persian "می‌" counts as a word).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0640}' | '\u{064B}'..='\u{065F}')
}

/// True when `part` is at least `per_mille`‰ of `whole` and at least `min`.
fn share(part: usize, whole: usize, per_mille: usize, min: usize) -> bool {
    part >= min && part * 1000 >= whole * per_mille
}

impl LanguageIdentifier {
    /// Builds the identifier (lingua's models load lazily, once, on first need).
    pub fn new() -> LanguageIdentifier {
        use lingua::Language as L;
        let languages = [L::Arabic, L::Persian, L::English, L::Urdu, L::Turkish, L::French];
        let detector = LanguageDetectorBuilder::from_languages(&languages).with_low_accuracy_mode().build();
        LanguageIdentifier { detector }
    }

    /// The language of `text`, judged from its first few thousand chars.
    pub fn detect(&self, text: &str) -> Detected {
        let counts = Counts::scan(text);
        if counts.arabic_script + counts.latin < MIN_LETTERS {
            return Detected::Undetermined;
        }
        let decided = if counts.arabic_script >= counts.latin {
            Self::arabic_script(&counts)
        } else {
            Self::latin_script(&counts)
        };
        decided.unwrap_or_else(|| self.lingua(text))
    }

    /// The cheap decision for Arabic-script text, `None` when not decisive.
    fn arabic_script(counts: &Counts) -> Option<Detected> {
        let letters = counts.arabic_script;
        if share(counts.sorani, letters, 10, 2) {
            return Some(Detected::Unsupported("ku".into()));
        }
        if share(counts.urdu, letters, 10, 2) {
            return Some(Detected::Unsupported("ur".into()));
        }
        let persian = counts.persian + 3 * counts.persian_words;
        let arabic = counts.arabic + 3 * counts.arabic_words;
        if persian >= 3 && persian >= 4 * arabic {
            Some(Detected::Supported(Language::Persian))
        } else if arabic >= 3 && arabic >= 4 * persian {
            Some(Detected::Supported(Language::Arabic))
        } else {
            None
        }
    }

    /// The cheap decision for Latin-script text, `None` when not decisive.
    fn latin_script(counts: &Counts) -> Option<Detected> {
        if counts.kurmanji_letters >= 2 && counts.kurmanji_words >= 2 && counts.kurmanji_words > counts.english_words {
            return Some(Detected::Unsupported("ku".into()));
        }
        let ascii_only = counts.kurmanji_letters == 0;
        (ascii_only && share(counts.english_words, counts.latin_words, 150, 2))
            .then_some(Detected::Supported(Language::English))
    }

    /// lingua's verdict on a bounded sample.
    fn lingua(&self, text: &str) -> Detected {
        let end = text.char_indices().nth(SAMPLE_CHARS).map_or(text.len(), |(i, _)| i);
        let sample = text.get(..end).unwrap_or(text);
        use lingua::Language as L;
        match self.detector.detect_language_of(sample) {
            Some(L::Arabic) => Detected::Supported(Language::Arabic),
            Some(L::Persian) => Detected::Supported(Language::Persian),
            Some(L::English) => Detected::Supported(Language::English),
            Some(L::Urdu) => Detected::Unsupported("ur".into()),
            Some(L::Turkish) => Detected::Unsupported("tr".into()),
            Some(L::French) => Detected::Unsupported("fr".into()),
            None => Detected::Undetermined,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unsupported(code: &str) -> Detected {
        Detected::Unsupported(code.into())
    }

    #[test]
    fn detects_each_language_from_own_sentences() {
        let ar = Detected::Supported(Language::Arabic);
        let fa = Detected::Supported(Language::Persian);
        let en = Detected::Supported(Language::English);
        let table = [
            ("قصفت قوات النظام بلدات في ريف إدلب الجنوبي، ما أدى إلى مقتل ثلاثة مدنيين.", ar.clone()),
            // Arabic quoting a Persian name.
            ("قال متحدث باسم «سپاه پاسداران» إن قواته استهدفت مواقع في شمال العراق.", ar.clone()),
            ("نیروهای سپاه پاسداران انقلاب اسلامی مواضع گروه‌های مسلح را در شمال عراق هدف قرار دادند.", fa.clone()),
            // Persian with Arabic loanwords, typed with Arabic yeh and kaf.
            ("وزارت امور خارجه اعلام كرد كه اين حمله نقض قوانين بين المللي است و مسئولان بايد پاسخگو باشند.", fa.clone()),
            ("Government forces shelled several villages in the countryside of Idlib on Tuesday.", en.clone()),
            ("Airstrikes hit Aleppo", en.clone()),
            ("هێزەکانی پێشمەرگە لە نزیک شاری کەرکووک هێرشیان کرد و دوو کەس کوژران.", unsupported("ku")),
            ("Hêzên Kurd li bakurê Sûriyê êrîşek kirin û çend şervan hatin kuştin.", unsupported("ku")),
            ("شام میں فضائی حملے کے بعد کئی لوگ ہلاک ہو گئے اور درجنوں زخمی ہوئے۔", unsupported("ur")),
            ("Suriye'nin kuzeyinde düzenlenen hava saldırısında çok sayıda kişi hayatını kaybetti.", unsupported("tr")),
            (
                "Des frappes aériennes ont touché plusieurs villages dans le nord de la Syrie, selon une ONG.",
                unsupported("fr"),
            ),
            ("", Detected::Undetermined),
            ("OK", Detected::Undetermined),
            ("12 / 34 — ٥٦", Detected::Undetermined),
            ("حلب", Detected::Undetermined),
        ];
        let identifier = LanguageIdentifier::new();
        for (text, expected) in table {
            assert_eq!(identifier.detect(text), expected, "{text}");
        }
    }

    #[test]
    fn counting_pass_decides_clear_cases_without_lingua() {
        let arabic = Counts::scan("أعلنت وزارة الدفاع أن الدفاعات الجوية تصدت لصواريخ في سماء دمشق");
        assert_eq!(LanguageIdentifier::arabic_script(&arabic), Some(Detected::Supported(Language::Arabic)));
        let persian = Counts::scan("پهپادها به یک انبار مهمات در نزدیکی دمشق حمله کردند");
        assert_eq!(LanguageIdentifier::arabic_script(&persian), Some(Detected::Supported(Language::Persian)));
        let english = Counts::scan("Two soldiers were killed in an attack on a checkpoint near the border");
        assert_eq!(LanguageIdentifier::latin_script(&english), Some(Detected::Supported(Language::English)));
        let turkish = Counts::scan("Saldırıda iki asker hayatını kaybetti");
        assert_eq!(LanguageIdentifier::latin_script(&turkish), None);
    }

    #[test]
    fn shared_across_threads() {
        let identifier = LanguageIdentifier::new();
        std::thread::scope(|scope| {
            let handles: Vec<_> = ["قتل جندي في هجوم على حاجز عسكري", "Rebels shelled the town of Kafr Nabl on Friday"]
                .into_iter()
                .map(|text| scope.spawn(|| identifier.detect(text)))
                .collect();
            let results: Vec<Option<Detected>> = handles.into_iter().map(|h| h.join().ok()).collect();
            assert_eq!(
                results,
                [Some(Detected::Supported(Language::Arabic)), Some(Detected::Supported(Language::English))]
            );
        });
    }
}
