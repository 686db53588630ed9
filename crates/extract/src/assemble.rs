//! From analysed sentences to event drafts: which sentences tell one event,
//! who acted on whom, where, when, and how many were killed.

use crate::analyse::{ActorHit, LexHit, Sentence};
use marsad_core::{Language, NaiveDate, Span};
use marsad_kb::places::Context;
use marsad_kb::{Kb, LexKind};
use marsad_text::dates::DatePrecision;
use marsad_text::normalize::TATWEEL;
use marsad_text::numbers::Form;

/// Largest number of words between a casualty word and its count.
const COUNT_WINDOW: usize = 4;
/// Largest number of words between a role marker and the actor it introduces.
const MARKER_WINDOW: usize = 3;
/// Places of one event lie within this distance (km) of each other.
const SAME_PLACE_KM: f64 = 40.0;

/// A sub-event key with how specific it is: the most specific trigger in a
/// sentence names the event.
fn trigger_rank(key: &str) -> u8 {
    match key {
        "suicide_bomb" => 90,
        "chemical_weapon" => 88,
        "remote_explosive" => 85,
        "air_drone_strike" => 80,
        "shelling" => 75,
        "grenade" => 70,
        "abduction" | "sexual_violence" => 65,
        "ambush" | "armed_clash" => 60,
        "attack" => 58,
        "attack_generic" => 55,
        // A change of hands names the event even when fighting preceded it.
        "nsa_overtakes" | "gov_regains" => 66,
        "excessive_force" | "protest_intervention" | "violent_demonstration" | "mob_violence" => 40,
        "arrests" | "looting_destruction" | "disrupted_weapons" => 30,
        "peaceful_protest" => 25,
        _ => 10,
    }
}

/// Political-violence triggers (as opposed to strategic developments and protests).
fn is_violent(key: &str) -> bool {
    trigger_rank(key) >= 50
}

/// A role an actor mention plays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Who acted.
    Actor1,
    /// Who was acted on.
    Actor2,
}

/// An actor mention with its role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Acted or was acted on.
    pub role: Role,
    /// The words, in the document text.
    pub span: Span,
    /// The aliases registered under the words.
    pub aliases: Vec<u32>,
    /// Joined to the mention before it by "and" ("قوات النظام وروسيا"): a
    /// co-actor of the same side.
    pub co: bool,
    /// Named with aircraft ("طائرات روسية", "Turkish drones"): the one who
    /// struck, when the event is an air strike.
    pub airborne: bool,
}

/// A count read from the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Count {
    /// Conservative best value.
    pub value: u32,
    /// Lowest the text allows.
    pub low: u32,
    /// Highest the text allows, when bounded.
    pub high: Option<u32>,
    /// The words.
    pub span: Span,
}

impl Count {
    fn add(self, other: Count) -> Count {
        Count {
            value: self.value + other.value,
            low: self.low + other.low,
            high: self.high.zip(other.high).map(|(a, b)| a + b),
            span: self.span.cover(other.span),
        }
    }
}

/// The chosen place of an event.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlaceChoice {
    /// Index in the gazetteer.
    pub place: u32,
    /// Where it is named.
    pub span: Span,
    /// ACLED geo_precision.
    pub precision: u8,
    /// Named only to locate another place ("X, east of Y": Y) or as a road's end.
    pub reference: bool,
    /// A city, town or village (preferred over areas of equal precision).
    pub settlement: bool,
    /// 0 village, 1 town, 2 city or other: among equals the smaller
    /// settlement is the more specific location.
    pub size: u8,
    /// "ريف إدلب الجنوبي", "southern Aleppo countryside": the part of the
    /// countryside toward this compass point.
    pub toward: Option<CompassPoint>,
}

/// The eight compass points, clockwise from north: the code geo lexicons
/// give and the adjective a location is named with.
const COMPASS: [(&str, &str); 8] = [
    ("N", "northern"),
    ("NE", "north-eastern"),
    ("E", "eastern"),
    ("SE", "south-eastern"),
    ("S", "southern"),
    ("SW", "south-western"),
    ("W", "western"),
    ("NW", "north-western"),
];

/// One of the eight compass points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CompassPoint(usize);

impl CompassPoint {
    /// The point of a geo-lexicon code ("N", "SE", …).
    fn parse(code: &str) -> Option<CompassPoint> {
        COMPASS.iter().position(|(c, _)| *c == code).map(CompassPoint)
    }

    /// Degrees clockwise from north.
    pub fn degrees(self) -> f64 {
        45.0 * self.0 as f64
    }

    /// "southern", "north-eastern"…
    pub fn adjective(self) -> &'static str {
        COMPASS[self.0].1
    }
}

impl PlaceChoice {
    /// Smaller is a better location for the event.
    fn rank(&self) -> (bool, u8, bool) {
        (self.reference, self.precision, !self.settlement)
    }
}

/// The chosen date of an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateChoice {
    /// The day.
    pub date: NaiveDate,
    /// ACLED time_precision: 1 day, 2 week, 3 month.
    pub precision: u8,
    /// The words, when the date was read from the event's own sentences.
    pub span: Option<Span>,
}

/// One event as read so far.
#[derive(Clone, Debug)]
pub struct Draft {
    /// Indices of the sentences that tell it.
    pub sentences: Vec<usize>,
    /// ACLED sub-event key.
    pub sub_event: String,
    /// The trigger words.
    pub trigger: Span,
    /// Recalled history rather than news.
    pub background: bool,
    /// Actor mentions with their roles.
    pub actors: Vec<Mention>,
    /// Civilians named as victims or targets.
    pub civilians: Option<Span>,
    /// Where.
    pub place: Option<PlaceChoice>,
    /// When.
    pub date: Option<DateChoice>,
    /// Killed.
    pub killed: Option<Count>,
    /// Wounded.
    pub injured: Option<Count>,
}

/// Shared inputs of assembly.
pub struct Input<'a> {
    /// The knowledge base.
    pub kb: &'a Kb,
    /// The document language.
    pub lang: Language,
    /// The document text.
    pub text: &'a str,
    /// The analysed sentences, in order.
    pub sentences: &'a [Sentence],
    /// The date relative expressions are resolved against.
    pub anchor: Option<NaiveDate>,
    /// Admin-1 names said anywhere in the document.
    pub admin1_doc: Vec<String>,
    /// Countries the document is about, most likely first.
    pub countries: Vec<String>,
    /// Coordinates of places named unambiguously in the document.
    pub anchors: Vec<(f64, f64)>,
}

/// Words between two spans (`a` before `b`), counting punctuation runs as
/// words and leaving out what stands in parentheses ("five civilians (three
/// children and two women) were killed": two words) and clitics glued to
/// either span ("وفاة المدني": none; a glued "و" still counts).
fn gap(text: &str, a: Span, b: Span) -> usize {
    if a.end > b.start {
        return usize::MAX;
    }
    let Some(between) = text.get(a.end..b.start) else { return usize::MAX };
    let mut depth = 0usize;
    let mut outside = String::with_capacity(between.len());
    for c in between.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            // "#ريف_إدلب_الجنوبي": a hashtag joins its words with underscores.
            '_' if depth == 0 => outside.push(' '),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    // A clitic glued to either end ("ال" before "مدني", "ها" after "قصف")
    // belongs to that word, not to the words between.
    let letters = |w: &str| w.chars().all(char::is_alphabetic);
    // "لحـ ـياتـ ـهما" is one word broken with tatweels.
    let outside = if outside.contains(TATWEEL) {
        outside.replace(&format!("{TATWEEL} {TATWEEL}"), &format!("{TATWEEL}{TATWEEL}"))
    } else {
        outside
    };
    let words: Vec<&str> = outside.split_whitespace().collect();
    let glued_left = !outside.starts_with(char::is_whitespace) && words.first().is_some_and(|w| letters(w));
    // A glued "و" is a conjunction and stays a word ("شخصين وإصابة").
    let glued_right =
        !outside.ends_with(char::is_whitespace) && words.last().is_some_and(|w| letters(w) && !w.starts_with('و'));
    if words.len() == 1 && (glued_left || glued_right) {
        return 0;
    }
    words.len() - usize::from(glued_left) - usize::from(glued_right)
}

/// Whether `q` stands inside parentheses opened earlier in its sentence.
fn in_parentheses(text: &str, sentence: Span, q: Span) -> bool {
    let Some(before) = text.get(sentence.start..q.start) else { return false };
    before.matches('(').count() > before.matches(')').count()
}

fn starts_with_conjunction(text: &str, span: Span) -> bool {
    text.get(span.start..).is_some_and(|s| s.starts_with('و'))
}

/// "killed three and two houses", "کشته و چند مقر": a count after a
/// conjunction starts a new phrase.
fn conjunction_between(text: &str, a: Span, b: Span) -> bool {
    text.get(a.end..b.start).is_some_and(|s| s.split_whitespace().any(|w| matches!(w, "و" | "and" | "," | "،")))
}

/// Assembles the drafts of a document.
pub fn drafts(input: &Input) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::new();
    for (i, s) in input.sentences.iter().enumerate() {
        let background = s.has(LexKind::Background);
        let Some(candidate) = sentence_draft(input, i, s, background) else {
            // A sentence without an event word adds counts to the event told
            // just before it ("... . Nine were killed in the attack."), unless
            // it recalls the past or counts since a start ("منذ بدء التصعيد").
            if let Some(last) = out.last_mut().filter(|_| !background) {
                let prev = *last.sentences.last().unwrap_or(&i);
                if prev + 1 == i {
                    let (killed, injured) = casualties(input.text, s);
                    if killed.is_some() || injured.is_some() {
                        absorb_counts(last, killed, injured);
                        last.sentences.push(i);
                    }
                }
            }
            continue;
        };
        match out.iter_mut().rev().find(|d| compatible(input, d, &candidate)) {
            Some(d) => merge(input, d, candidate),
            None => out.push(candidate),
        }
    }
    out
}

fn sentence_draft(input: &Input, i: usize, s: &Sentence, background: bool) -> Option<Draft> {
    if s.has(LexKind::Modality) {
        return None;
    }
    let negations: Vec<&LexHit> = s.lex_of(LexKind::Negation).collect();
    let trigger = s
        .lex_of(LexKind::Trigger)
        .filter(|t| input.kb.lexicons.acled_type(&resolve_key(&t.value, false)).is_some())
        .filter(|t| !negations.iter().any(|n| n.span.end <= t.span.start))
        .max_by(|a, b| trigger_rank(&a.value).cmp(&trigger_rank(&b.value)).then(b.span.start.cmp(&a.span.start)))?;
    let (killed, injured) = casualties(input.text, s);
    let civilians = s.lex_of(LexKind::Civilian).map(|h| h.span).next();
    let actors = roles(input, s);
    let place = place(input, s, trigger.span);
    // The resolved date expression nearest the trigger dates the event ("قتل
    // 4 مدنيين، الثلاثاء، … ضمن اتفاق 5 آذار 2020": Tuesday, not the day of the
    // agreement).
    let trigger_at = trigger.span;
    let distance = |d: &Span| {
        if d.end <= trigger_at.start {
            gap(input.text, *d, trigger_at)
        } else {
            gap(input.text, trigger_at, *d)
        }
    };
    let date = s.dates.iter().filter(|d| d.date.is_some()).min_by_key(|d| distance(&d.span)).and_then(|d| {
        let precision = match d.precision {
            DatePrecision::Day => 1,
            DatePrecision::Week => 2,
            DatePrecision::Month => 3,
        };
        d.date.map(|date| DateChoice { date, precision, span: Some(d.span) })
    });
    // A dated report of something well before publication is history.
    let old = match (date, input.anchor) {
        (Some(d), Some(a)) => (a - d.date).num_days() > 7,
        _ => false,
    };
    Some(Draft {
        sentences: vec![i],
        sub_event: trigger.value.clone(),
        trigger: trigger.span,
        background: background || old,
        actors,
        civilians,
        place,
        date,
        killed,
        injured,
    })
}

/// Whether a draft reports a concrete event rather than talk about conflict
/// ("the war", "an agreement"): violence needs a place and either an actor,
/// a toll or a specific weapon; other events need a place and an actor.
pub fn reportable(d: &Draft) -> bool {
    let actor = !d.actors.is_empty() || d.civilians.is_some();
    let toll = d.killed.is_some() || d.injured.is_some();
    let specific = trigger_rank(&d.sub_event) >= 75;
    match (d.place.is_some(), is_violent(&d.sub_event)) {
        (false, _) => false,
        (true, true) => actor || toll || specific,
        (true, false) => !d.actors.is_empty(),
    }
}

/// The ACLED sub-event key for a trigger value, given whether civilians were the target.
pub fn resolve_key(value: &str, civilians: bool) -> String {
    match value {
        "attack_generic" if civilians => "attack",
        "attack_generic" | "ambush" => "armed_clash",
        "troop_movement" | "road_closure" => "other_strategic",
        other => other,
    }
    .to_string()
}

/// Whether `b` (from a later sentence) tells the same event as `a`.
fn compatible(input: &Input, a: &Draft, b: &Draft) -> bool {
    if a.background != b.background {
        return false;
    }
    if let (Some(x), Some(y)) = (a.date, b.date) {
        if (x.date - y.date).num_days().abs() > 1 {
            return false;
        }
    }
    if let (Some(x), Some(y)) = (a.place, b.place) {
        let (Some(p), Some(q)) = (input.kb.places.place(x.place), input.kb.places.place(y.place)) else { return false };
        let near = marsad_kb::places::km(p.lat, p.lon, q.lat, q.lon) <= SAME_PLACE_KM;
        let nested = (x.precision > 1 || y.precision > 1) && p.admin1 == q.admin1;
        // A region ("the Badia") says too little to tell two events apart.
        let vague = x.precision == 3 || y.precision == 3;
        if !near && !nested && !vague {
            return false;
        }
    }
    let same_kind = a.sub_event == b.sub_event
        || a.sub_event == "attack_generic"
        || b.sub_event == "attack_generic"
        || (is_violent(&a.sub_event) && is_violent(&b.sub_event) && actor1_ids(input, a) == actor1_ids(input, b));
    if !same_kind {
        return false;
    }
    // Two violent events with different known attackers are two events.
    let (x, y) = (actor1_ids(input, a), actor1_ids(input, b));
    x.is_empty() || y.is_empty() || x == y
}

fn actor1_ids(input: &Input, d: &Draft) -> Vec<u32> {
    let mut ids: Vec<u32> = d
        .actors
        .iter()
        .filter(|m| m.role == Role::Actor1)
        .take(1)
        .filter_map(|m| input.kb.actors.choose(&m.aliases, None))
        .filter_map(|a| input.kb.actors.top(a.actor).map(|t| t.id.clone()))
        .filter_map(|id| input.kb.actors.all().iter().position(|x| x.id == id).map(|p| p as u32))
        .collect();
    ids.dedup();
    ids
}

/// Places of one event within this distance (km) refine each other; a
/// farther place named later (a hospital, a hometown) does not move the event.
const REFINE_KM: f64 = 25.0;

fn merge(input: &Input, into: &mut Draft, from: Draft) {
    let kb = input.kb;
    // The headline and the lead locate the event; a place named further down
    // (a hospital, a hometown) only refines it when close by. A byline
    // ("مركز الأخبار") between headline and lead does not count.
    let early = from.sentences.first().is_some_and(|&f| {
        into.sentences.first().is_some_and(|&i| {
            let bylines = input.sentences.get(i + 1..f).map_or(0, |between| {
                between.iter().filter(|s| s.lex.is_empty() && s.places.is_empty() && s.actors.is_empty()).count()
            });
            f <= i + 1 + bylines
        })
    });
    into.sentences.extend(from.sentences);
    // Weapons named further down ("with machine guns and rockets") do not
    // change what the headline and lead said happened.
    if early && trigger_rank(&from.sub_event) > trigger_rank(&into.sub_event) {
        into.sub_event = from.sub_event;
        into.trigger = from.trigger;
    }
    into.actors.extend(from.actors);
    into.civilians = into.civilians.or(from.civilians);
    into.place = match (into.place, from.place) {
        (Some(a), Some(b)) if b.rank() < a.rank() && refines(kb, a, b, early) => Some(b),
        // "قصف على إدلب" then "قرية البارة جنوبي إدلب": the first city
        // shares its name with the governorate the village lies in.
        (Some(a), Some(b)) if b.rank() == a.rank() && b.size < a.size && names_its_governorate(kb, a, b) => Some(b),
        (a, b) => a.or(b),
    };
    into.date = match (into.date, from.date) {
        (Some(a), Some(b)) if b.precision < a.precision => Some(b),
        (a, b) => a.or(b),
    };
    absorb_counts(into, from.killed, from.injured);
}

/// Whether `a` is a governorate seat named like its governorate ("إدلب",
/// "دير الزور") and `b` lies in that governorate.
fn names_its_governorate(kb: &Kb, a: PlaceChoice, b: PlaceChoice) -> bool {
    let (Some(p), Some(q)) = (kb.places.place(a.place), kb.places.place(b.place)) else { return false };
    p.admin1 == q.admin1
        && !p.name_ar.is_empty()
        && kb.places.lookup(&p.name_ar).iter().any(|g| g.kind == "admin1" && g.admin1 == p.admin1)
}

/// Whether `b` is a more precise statement of where `a` is: close by, inside
/// the governorate or region `a` only names, or (told in the lead) inside the
/// countryside `a` names.
fn refines(kb: &Kb, a: PlaceChoice, b: PlaceChoice, early: bool) -> bool {
    let (Some(p), Some(q)) = (kb.places.place(a.place), kb.places.place(b.place)) else { return false };
    let same_area = p.admin1 == q.admin1 || p.kind == "region";
    marsad_kb::places::km(p.lat, p.lon, q.lat, q.lon) <= REFINE_KM
        || (a.precision == 3 && same_area)
        || (early && a.precision == 2 && same_area)
}

/// Headline and body repeat the same toll: keep the largest, never add.
fn absorb_counts(into: &mut Draft, killed: Option<Count>, injured: Option<Count>) {
    let larger = |a: Option<Count>, b: Option<Count>| match (a, b) {
        (Some(x), Some(y)) => Some(if y.value > x.value { y } else { x }),
        (x, y) => x.or(y),
    };
    into.killed = larger(into.killed, killed);
    into.injured = larger(into.injured, injured);
}

/// Killed and wounded counts of one sentence: each quantity goes to the
/// nearest casualty word; a count of "killed and wounded" together is neither.
pub fn casualties(text: &str, s: &Sentence) -> (Option<Count>, Option<Count>) {
    let words: Vec<&LexHit> = s.lex.iter().filter(|h| matches!(h.kind, LexKind::Killed | LexKind::Wounded)).collect();
    if words.is_empty() {
        return (None, None);
    }
    let negated_after = s.lex_of(LexKind::Negation).map(|n| n.span.start).min();
    // "35 مدنياً بينهم 14 طفلاً", "five civilians (four children and a woman)":
    // a breakdown of the toll is not added to it.
    let subsets: Vec<Span> = s.lex_of(LexKind::Subset).map(|h| h.span).collect();
    let breakdown =
        |q: Span| subsets.iter().any(|m| m.end <= q.start && gap(text, *m, q) <= 1) || in_parentheses(text, s.span, q);
    let mut killed: Option<Count> = None;
    let mut injured: Option<Count> = None;
    for q in &s.quantities {
        // "one" in words qualifies a noun ("من عائلة واحدة", "in one house")
        // more often than it counts the dead; a single victim is counted by
        // its noun ("مقتل شاب", "a soldier") below.
        let one_in_words = q.value == 1 && q.form == Form::Words;
        if q.maybe_year || one_in_words || negated_after.is_some_and(|n| n < q.span.start) || breakdown(q.span) {
            continue;
        }
        let before = words
            .iter()
            .filter(|w| {
                w.span.end <= q.span.start
                    && !starts_with_conjunction(text, q.span)
                    && !conjunction_between(text, w.span, q.span)
            })
            .map(|w| (gap(text, w.span, q.span), *w))
            .min_by_key(|(g, _)| *g);
        let after = words
            .iter()
            .filter(|w| w.span.start >= q.span.end && !starts_with_conjunction(text, w.span))
            .map(|w| (gap(text, q.span, w.span), *w))
            .min_by_key(|(g, _)| *g);
        let chosen = match (before, after) {
            (Some(b), Some(a)) => Some(if a.0 <= b.0 { (a, true) } else { (b, false) }),
            (Some(b), None) => Some((b, false)),
            (None, Some(a)) => Some((a, true)),
            (None, None) => None,
        };
        let Some(((g, word), word_after)) = chosen else { continue };
        if g > COUNT_WINDOW {
            continue;
        }
        // "قتلى وجرحى 15", "15 killed and wounded": a joint toll; but in
        // "5 قتلى وإصابة 15" each word has a count of its own.
        let counted = |w: &LexHit| {
            s.quantities.iter().any(|o| {
                o.span != q.span
                    && ((o.span.start >= w.span.end && gap(text, w.span, o.span) <= 1)
                        || (o.span.end <= w.span.start && gap(text, o.span, w.span) <= 1))
            })
        };
        let joint = words.iter().any(|other| {
            other.kind != word.kind
                && !counted(other)
                && if word_after {
                    other.span.start >= word.span.end && gap(text, word.span, other.span) <= 1
                } else {
                    other.span.end <= word.span.start && gap(text, other.span, word.span) <= 1
                }
        });
        // "45 مدنياً بين قتيل وجريح": the two kinds named together after the count.
        let named_together = words.iter().any(|a| {
            a.span.start >= q.span.end
                && gap(text, q.span, a.span) <= COUNT_WINDOW
                && words.iter().any(|b| {
                    b.kind != a.kind && b.span.start >= a.span.end && gap(text, a.span, b.span) <= 1 && !counted(b)
                })
        });
        if joint || named_together {
            continue;
        }
        let count = Count { value: q.value, low: q.low.unwrap_or(q.value), high: q.high, span: q.span };
        let slot = if word.kind == LexKind::Killed { &mut killed } else { &mut injured };
        *slot = Some(match *slot {
            Some(c) => c.add(count),
            None => count,
        });
    }
    // "مقتل 4 أطفال وامرأة": one more person joined to a count by "و".
    for slot in [&mut killed, &mut injured] {
        if let Some(c) = slot.as_mut() {
            let joined = s.lex_of(LexKind::Person).filter(|p| {
                p.span.start > c.span.end
                    && gap(text, c.span, p.span) <= 2
                    && text.get(..p.span.start).is_some_and(|b| {
                        b.ends_with('و') && b[..b.len() - 'و'.len_utf8()].ends_with(char::is_whitespace)
                    })
            });
            let extra = joined.count() as u32;
            c.value += extra;
            c.low += extra;
            c.high = c.high.map(|h| h + extra);
        }
    }
    // "مقتل مدني", "killed a soldier", "a civilian was wounded": one person.
    for w in &words {
        let slot = if w.kind == LexKind::Killed { &mut killed } else { &mut injured };
        if slot.is_some() {
            continue;
        }
        let person = s.lex_of(LexKind::Person).find(|p| {
            (p.span.start >= w.span.end && gap(text, w.span, p.span) == 0)
                || (p.span.end <= w.span.start && gap(text, p.span, w.span) <= 2)
        });
        if let Some(p) = person {
            *slot = Some(Count { value: 1, low: 1, high: Some(1), span: p.span });
        }
    }
    (killed, injured)
}

/// Roles of the actor mentions of a sentence. Marked mentions first: after an
/// attacker marker ("على يد", "by", "توسط") the actor acted; after a target
/// marker or a casualty word, or as a Persian object (before "را"), it was
/// acted on; civilians are always acted on. Unmarked mentions then take the
/// role left free: the first acts unless a marked mention already does.
fn roles(input: &Input, s: &Sentence) -> Vec<Mention> {
    let text = input.text;
    let markers = |kind: LexKind| s.lex_of(kind).map(|h| h.span).collect::<Vec<Span>>();
    let attacker = markers(LexKind::AttackerMarker);
    let target = markers(LexKind::TargetMarker);
    let allies = markers(LexKind::AllyMarker);
    let casualty: Vec<Span> =
        s.lex.iter().filter(|h| matches!(h.kind, LexKind::Killed | LexKind::Wounded)).map(|h| h.span).collect();
    let introduced = |spans: &[Span], a: &ActorHit| {
        spans.iter().any(|m| m.end <= a.span.start && gap(text, *m, a.span) <= MARKER_WINDOW)
    };
    let actors = &input.kb.actors;
    let is_civilian = |a: &ActorHit| {
        a.aliases.iter().filter_map(|&i| actors.alias(i)).any(|al| actors.actor(al.actor).is_some_and(|x| x.inter == 7))
    };
    let is_generic = |a: &ActorHit| {
        a.aliases
            .iter()
            .filter_map(|&i| actors.alias(i))
            .all(|al| actors.actor(al.actor).is_some_and(|x| x.id.starts_with("unid-")))
    };
    let objects = persian_objects(input.lang, text, &s.actors);
    // "مسلحين من تنظيم الدولة": a generic label followed by a named actor is that actor.
    let mentions: Vec<&ActorHit> = s
        .actors
        .iter()
        .enumerate()
        .filter(|(i, a)| {
            !(is_generic(a) && s.actors.get(i + 1).is_some_and(|b| !is_generic(b) && gap(text, a.span, b.span) <= 2))
        })
        .map(|(_, a)| a)
        .collect();
    // "قصف الاحتلال التركي", "غارات الطيران الروسي", "القصف من قوات النظام":
    // an actor right after a shelling or air-strike noun (or after its "من")
    // is whose shelling or strikes they were.
    // Arabic and Persian idafa ("حمله هوایی رژیم صهیونیستی"); in English
    // "struck SDF positions" the noun after the verb is hit.
    let strikes: Vec<Span> = s
        .lex_of(LexKind::Trigger)
        .filter(|_| input.lang != Language::English)
        .filter(|t| matches!(t.value.as_str(), "shelling" | "air_drone_strike"))
        .map(|t| t.span)
        .collect();
    let possessor = |a: &ActorHit| {
        strikes.iter().any(|t| {
            t.end <= a.span.start
                && (gap(text, *t, a.span) == 0 || text.get(t.end..a.span.start).is_some_and(|b| b.trim() == "من"))
        })
    };
    // "استهدفت قوات سوريا الديمقراطية، بقصف صاروخي، تجمعاً": a targeting
    // verb that opens its clause has its subject right after it, not its object.
    let opening_verbs: Vec<Span> = s
        .lex_of(LexKind::TargetMarker)
        .filter(|m| s.lex_of(LexKind::Trigger).any(|t| t.span == m.span))
        .filter(|m| opens_clause(text, s.span, m.span))
        .map(|m| m.span)
        .collect();
    let subject = |a: &ActorHit| opening_verbs.iter().any(|v| v.end <= a.span.start && gap(text, *v, a.span) == 0);
    let marked: Vec<Option<Role>> = mentions
        .iter()
        .map(|a| {
            if is_civilian(a) {
                Some(Role::Actor2)
            } else if introduced(&attacker, a) || possessor(a) || subject(a) {
                Some(Role::Actor1)
            } else if introduced(&target, a) || introduced(&casualty, a) || objects.contains(&a.span) {
                Some(Role::Actor2)
            } else {
                None
            }
        })
        .collect();
    let mut actor1_taken = marked.contains(&Some(Role::Actor1));
    let air: Vec<Span> = s.lex_of(LexKind::Trigger).filter(|t| t.value == "air_drone_strike").map(|t| t.span).collect();
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for (a, role) in mentions.iter().zip(marked) {
        // "قوات النظام وروسيا", "Russian and Syrian jets": the same side; so
        // is one "backed by" the actor before ("قسد بمساندة التحالف الدولي").
        let allied = role.is_none() && out.last().is_some() && introduced(&allies, a);
        // "برصاص قسد والتحالف": both after the marker, one side.
        let co = allied
            || out.last().is_some_and(|prev: &Mention| {
                (role.is_none() || role == Some(prev.role)) && joined_by_and(text, prev.span, a.span)
            });
        let role = match (role, out.last()) {
            (Some(r), _) => r,
            (None, Some(prev)) if co => prev.role,
            (None, _) if actor1_taken => Role::Actor2,
            (None, _) => {
                actor1_taken = true;
                Role::Actor1
            }
        };
        let airborne = air.iter().any(|t| {
            (t.start < a.span.end && a.span.start < t.end) || (t.end <= a.span.start && gap(text, *t, a.span) <= 1)
        });
        out.push(Mention { role, span: a.span, aliases: a.aliases.clone(), co, airborne });
    }
    out
}

/// Whether `span` opens its clause in sentence `sentence`: nothing but
/// hashtags, punctuation or a conjunction stands before it since the sentence
/// start or the last comma, colon or bar.
fn opens_clause(text: &str, sentence: Span, span: Span) -> bool {
    let Some(before) = text.get(sentence.start..span.start) else { return false };
    let clause = before.rsplit([',', '،', ':', '|', '؛', ';']).next().unwrap_or(before);
    clause.split_whitespace().all(|w| w.starts_with('#') || w == "و" || !w.chars().any(char::is_alphanumeric))
}

/// Whether only "and" (و, and, و) or a comma stands between two mentions,
/// quotation marks aside ("“قسد” و”التحالف الدولي”").
fn joined_by_and(text: &str, a: Span, b: Span) -> bool {
    let Some(between) = text.get(a.end..b.start) else { return false };
    let between: String = between.chars().filter(|c| !matches!(c, '"' | '“' | '”' | '«' | '»')).collect();
    let between = between.trim();
    between.is_empty() || matches!(between, "و" | "and" | "," | "،" | "، و" | ", and")
}

/// Persian marks a definite object with "را" after it: "X … Y را هدف قرار
/// دادند". The object is the actor mention nearest before each "را" (within a
/// few words, with no other actor between).
fn persian_objects(lang: Language, text: &str, actors: &[ActorHit]) -> Vec<Span> {
    if lang != Language::Persian {
        return Vec::new();
    }
    let mut out = Vec::new();
    for a in actors {
        let Some(rest) = text.get(a.span.end..) else { continue };
        let Some(pos) = rest.split_whitespace().take(4).position(|w| w == "را") else { continue };
        let ra_at = rest.find(" را").map_or(usize::MAX, |i| a.span.end + i);
        let another_between = actors.iter().any(|b| b.span.start >= a.span.end && b.span.end <= ra_at);
        if !another_between && pos < 4 {
            out.push(a.span);
        }
    }
    out
}

/// The place of a sentence: the most specific place named, resolved in
/// context, preferring places that are not mere references and, among equals,
/// the one nearest the trigger.
fn place(input: &Input, s: &Sentence, trigger: Span) -> Option<PlaceChoice> {
    let g = &input.kb.places;
    let text = input.text;
    // The governorates the sentence names unambiguously: a name whose every
    // reading lies in one governorate ("الرقة": the city, its district and
    // the governorate itself).
    let admin1_near: Vec<String> = s
        .places
        .iter()
        .filter_map(|p| {
            let mut areas = p.candidates.iter().filter_map(|&i| g.place(i)).map(|x| x.admin1.as_str());
            let first = areas.next().filter(|a| !a.is_empty())?;
            areas.all(|a| a == first).then(|| first.to_string())
        })
        .collect();
    let ctx = Context {
        admin1_near: &admin1_near,
        admin1_doc: &input.admin1_doc,
        countries: &input.countries,
        anchors: &input.anchors,
    };
    let geo =
        |kinds: &[LexKind]| -> Vec<Span> { s.lex.iter().filter(|h| kinds.contains(&h.kind)).map(|h| h.span).collect() };
    let relative = geo(&[LexKind::Countryside, LexKind::Near, LexKind::Desert, LexKind::Direction]);
    let directions = geo(&[LexKind::Direction, LexKind::Near]);
    // "ريف حلب الشرقي": a direction after the name.
    let directions_after = geo(&[LexKind::Direction]);
    let roads = geo(&[LexKind::Road]);
    let reporting = geo(&[LexKind::Reporting]);
    // "X east of Y": Y is a reference only when X is itself a settlement or a
    // district ("ناحية معدان شرق الرقة"); "in the desert near the village of
    // Y" places the event at Y.
    let first_place = s
        .places
        .iter()
        .filter(|h| {
            h.candidates
                .iter()
                .filter_map(|&i| g.place(i))
                .any(|p| matches!(p.kind.as_str(), "city" | "town" | "village" | "admin2" | "admin3"))
        })
        .map(|p| p.span.start)
        .min();
    let mut best: Option<(PlaceChoice, usize)> = None;
    for hit in &s.places {
        let after_reporting = reporting.iter().any(|m| m.end <= hit.span.start && gap(text, *m, hit.span) <= 4);
        if after_reporting || is_dateline(text, s, hit.span) {
            continue;
        }
        let Some(index) = g.resolve(&hit.candidates, &ctx) else { continue };
        let Some(p) = g.place(index) else { continue };
        // A country is not an event location.
        if p.kind == "country" {
            continue;
        }
        let before = |marks: &[Span], window: usize| {
            marks.iter().any(|m| m.end <= hit.span.start && gap(text, *m, hit.span) <= window)
        };
        // "طريق حلب - دمشق": the two ends of a road say where the road runs;
        // "طريق بلدة أورم الجوز" (one place) says where along it the event was.
        let road_ends =
            |m: &Span| s.places.iter().filter(|q| q.span.start >= m.end && gap(text, *m, q.span) <= 4).count();
        let road_before = |ends: fn(usize) -> bool| {
            p.kind != "road"
                && roads.iter().any(|m| m.end <= hit.span.start && gap(text, *m, hit.span) <= 4 && ends(road_ends(m)))
        };
        let on_road = road_before(|n| n > 1);
        let along_road = road_before(|n| n == 1);
        // "ريف حلب الشرقي": a direction after the name makes it relative, unless
        // it is "east of" the next place ("هجين شرق دير الزور").
        let east_of_next = |m: &Span| s.places.iter().any(|q| q.span.start >= m.end && gap(text, *m, q.span) == 0);
        let is_relative = before(&relative, 1)
            || directions_after
                .iter()
                .any(|m| m.start >= hit.span.end && gap(text, hit.span, *m) == 0 && !east_of_next(m))
            || on_road
            || along_road;
        // "X شرقي Y", "X east of Y": Y only says where X is. A capital abroad
        // ("الموالية لأنقرة") names a government more often than a place.
        let abroad = !marsad_kb::places::REGION.contains(&p.country.as_str());
        let reference =
            on_road || abroad || (before(&directions, 1) && first_place.is_some_and(|f| f < hit.span.start));
        let precision = if is_relative { p.precision().max(2) } else { p.precision() };
        let settlement = matches!(p.kind.as_str(), "city" | "town" | "village");
        // Among equals the smaller settlement is the more specific location.
        let size = match p.kind.as_str() {
            "village" => 0,
            "town" => 1,
            _ => 2,
        };
        // "ريف إدلب الجنوبي": the countryside on one side of a town or city.
        let countryside =
            s.lex_of(LexKind::Countryside).any(|m| m.span.end <= hit.span.start && gap(text, m.span, hit.span) == 0);
        let toward = s
            .lex_of(LexKind::Direction)
            .find(|m| m.span.start >= hit.span.end && gap(text, hit.span, m.span) == 0)
            .filter(|_| countryside && matches!(p.kind.as_str(), "admin1" | "city" | "town"))
            .and_then(|m| CompassPoint::parse(&m.value));
        let choice = PlaceChoice { place: index, span: hit.span, precision, reference, settlement, size, toward };
        let dist =
            if hit.span.start >= trigger.end { gap(text, trigger, hit.span) } else { gap(text, hit.span, trigger) };
        let better = match &best {
            None => true,
            Some((b, bd)) => (choice.rank(), choice.size, dist) < (b.rank(), b.size, *bd),
        };
        if better {
            best = Some((choice, dist));
        }
    }
    best.map(|(c, _)| c)
}

/// A place that opens its line and is followed by a dash, comma or colon is
/// a dateline ("دير الزور - ...", "IDLIB, July 2 —"): where the report was
/// filed, not necessarily where the event happened.
fn is_dateline(text: &str, s: &Sentence, span: Span) -> bool {
    let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let opens_line = text[line_start.max(s.span.start)..span.start].trim().is_empty();
    let next = text[span.end..].trim_start_matches(' ').chars().next();
    opens_line && matches!(next, Some(',' | '،' | '-' | '–' | '—' | ':' | '('))
}
