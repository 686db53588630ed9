//! Extraction end to end on short fixture reports written for these tests:
//! one test per behaviour, each asserting what a careful human coder would
//! record. Tests the extractor cannot pass yet are `#[ignore = "known gap: …"]`.

mod util;

use marsad_core::Language::{Arabic as Ar, English as En, Persian as Fa};
use util::*;

/// Publication date of most fixtures: Wednesday 10 March 2021.
fn wed() -> Option<marsad_core::NaiveDate> {
    Some(day(2021, 3, 10))
}

// ---------------------------------------------------------------- event splitting

#[test]
fn headline_and_lead_telling_one_attack_give_one_event() {
    let d = article(
        "مقتل أربعة عناصر من قوات النظام بهجوم لتنظيم الدولة في بادية الميادين",
        "قتل أربعة عناصر من قوات النظام، اليوم الأربعاء، إثر هجوم شنه مقاتلون من تنظيم الدولة على نقطة عسكرية في بادية الميادين بريف دير الزور الشرقي. وقالت مصادر محلية إن المهاجمين انسحبوا بعد اشتباك استمر نحو ساعة.",
        Ar,
        wed(),
    );
    let ev = events(&d, Ar);
    let e = only(&ev);
    assert_eq!(e.fatalities, 4, "{}", show(e));
    assert_eq!(e.actor1_id.as_deref(), Some("isis"), "{}", show(e));
    assert_eq!(top_id(&e.actor2_id).as_deref(), Some("sy-gov-army"), "{}", show(e));
    assert_eq!(e.admin1, "Deir ez-Zor", "{}", show(e));
    assert_eq!(e.event_date, Some(day(2021, 3, 10)));
    assert!(!e.background);
}

#[test]
fn a_recalled_attack_with_its_own_date_is_a_separate_background_event() {
    let d = doc(
        "قتل ثلاثة جنود من قوات النظام، أمس الثلاثاء، بانفجار عبوة ناسفة استهدفت حافلتهم قرب بلدة الشولا جنوبي دير الزور.\n\nوفي الثاني عشر من تشرين الأول ٢٠٢٠ هاجم مقاتلو تنظيم الدولة حافلة عسكرية قرب مدينة تدمر في ريف حمص الشرقي، ما أسفر عن مقتل ثمانية جنود.",
        Ar,
        wed(),
    );
    let ev = events(&d, Ar);
    assert_eq!(ev.len(), 2, "{}", show_all(&ev));
    let (news, old) = (&ev[0], &ev[1]);
    assert!(!news.background, "{}", show(news));
    assert_eq!(news.event_date, Some(day(2021, 3, 9)), "{}", show(news));
    assert_eq!(news.fatalities, 3, "{}", show(news));
    assert!(old.background, "{}", show(old));
    assert_eq!(old.event_date, Some(day(2020, 10, 12)), "{}", show(old));
    assert_eq!(old.fatalities, 8, "{}", show(old));
    assert_eq!(old.actor1_id.as_deref(), Some("isis"), "{}", show(old));
}

#[test]
fn an_attack_and_air_strikes_in_response_are_two_events() {
    let d = doc(
        "هاجم مقاتلو تنظيم الدولة حاجزاً لقوات النظام قرب مدينة السخنة في ريف حمص الشرقي فجر اليوم، ما أدى إلى مقتل ثلاثة عناصر. وردت الطائرات الحربية الروسية بشن غارات جوية على مواقع التنظيم في بادية السخنة بعد ساعات من الهجوم.",
        Ar,
        wed(),
    );
    let ev = events(&d, Ar);
    assert_eq!(ev.len(), 2, "{}", show_all(&ev));
    let attack = ev.iter().find(|e| e.actor1_id.as_deref() == Some("isis")).expect("the ISIS attack");
    let strikes = ev.iter().find(|e| top_id(&e.actor1_id).as_deref() == Some("ru-military")).expect("the air strikes");
    assert_eq!(attack.fatalities, 3, "{}", show(attack));
    assert_eq!(strikes.sub_event_type, "Air/drone strike", "{}", show(strikes));
    assert_eq!(strikes.actor2_id.as_deref(), Some("isis"), "{}", show(strikes));
    // The three dead belong to the attack, not to the strikes.
    assert_eq!(strikes.fatalities, 0, "{}", show(strikes));
}

// ---------------------------------------------------------------- roles

/// (text, language, actor1 top id, actor2 top id)
fn assert_roles(text: &str, lang: marsad_core::Language, actor1: &str, actor2: &str) {
    let ev = events(&doc(text, lang, wed()), lang);
    let e = only(&ev);
    assert_eq!(
        (top_id(&e.actor1_id).as_deref(), top_id(&e.actor2_id).as_deref()),
        (Some(actor1), Some(actor2)),
        "{text}\n{}",
        show(e)
    );
}

#[test]
fn arabic_shanna_x_hujuman_ala_y() {
    assert_roles(
        "شن مقاتلو هيئة تحرير الشام هجوماً على مواقع قوات النظام في محيط بلدة كفرنبل جنوبي إدلب فجر اليوم.",
        Ar,
        "hts",
        "sy-gov-army",
    );
}

#[test]
fn arabic_maqtal_y_biqasf_x() {
    assert_roles(
        "مقتل عنصرين من قسد بقصف مدفعي للجيش التركي على قرية في ريف تل تمر شمال غربي الحسكة.",
        Ar,
        "tr-military",
        "sdf",
    );
}

#[test]
fn arabic_ala_yad_x() {
    let ev = events(
        &doc("قُتل عنصر من قوات النظام على يد عناصر تنظيم الدولة في بادية الميادين شرقي دير الزور.", Ar, wed()),
        Ar,
    );
    let e = only(&ev);
    assert_eq!(e.actor1_id.as_deref(), Some("isis"), "{}", show(e));
    assert_eq!(top_id(&e.actor2_id).as_deref(), Some("sy-gov-army"), "{}", show(e));
    assert_eq!(e.fatalities, 1, "{}", show(e));
}

#[test]
fn arabic_ala_yad_gunmen_of_a_named_group() {
    let ev = events(
        &doc("قُتل عنصر من قوات النظام على يد مسلحين من تنظيم الدولة في بادية الميادين شرقي دير الزور.", Ar, wed()),
        Ar,
    );
    let e = only(&ev);
    assert_eq!(e.actor1_id.as_deref(), Some("isis"), "{}", show(e));
    assert_eq!(top_id(&e.actor2_id).as_deref(), Some("sy-gov-army"), "{}", show(e));
}

#[test]
fn arabic_shelling_of_x_after_a_casualty_word() {
    // "the shelling of the Turkish occupation": the owner of the shelling
    // struck, though a casualty word stands a few words before it.
    let ev = events(&doc("أصيبت امرأة جراء قصف الاحتلال التركي على قرية في ريف تل تمر.", Ar, wed()), Ar);
    let e = only(&ev);
    assert_eq!(top_id(&e.actor1_id).as_deref(), Some("tr-military"), "{}", show(e));
}

#[test]
fn arabic_the_source_of_the_shelling() {
    for text in [
        "أصيب طفلان جراء قصف مدفعي مصدره قوات النظام على بلدة كفرنبل في ريف إدلب الجنوبي.",
        "ارتفاع حصيلة المصابين بالقصف من قوات النظام على بلدة كفرنبل في ريف إدلب الجنوبي إلى خمسة.",
    ] {
        let ev = events(&doc(text, Ar, wed()), Ar);
        let e = only(&ev);
        assert_eq!(top_id(&e.actor1_id).as_deref(), Some("sy-gov-army"), "{}", show(e));
    }
}

#[test]
fn arabic_a_targeting_verb_that_opens_the_sentence_is_followed_by_its_subject() {
    assert_roles(
        "استهدفت قوات سوريا الديمقراطية، بقصف صاروخي، تجمعاً لخيام النازحين في مدينة جرابلس بريف حلب الشرقي.",
        Ar,
        "sdf",
        "civ-sy",
    );
}

#[test]
fn a_backer_is_a_co_actor_of_the_attacker() {
    let e = one_event(
        "نفذت قوات سوريا الديمقراطية بمساندة التحالف الدولي حملة مداهمات في بلدة ذيبان شرقي دير الزور واعتقلت خمسة أشخاص.",
        Ar,
    );
    assert_eq!(top_id(&e.actor1_id).as_deref(), Some("sdf"), "{}", show(&e));
    assert_eq!(e.assoc_actor_1_ids, vec!["us-led-coalition".to_string()], "{}", show(&e));
}

#[test]
fn persian_x_y_ra_hadaf_qarar_dadand() {
    assert_roles(
        "نیروهای ارتش سوریه مواضع تروریست‌های داعش را در بادیه دیرالزور هدف قرار دادند.",
        Fa,
        "sy-gov-army",
        "isis",
    );
}

#[test]
fn persian_tavassot_x() {
    assert_roles(
        "یک خودروی نظامی ارتش سوریه در نزدیکی السخنه توسط تروریست‌های داعش مورد حمله قرار گرفت و دو نظامی کشته شدند.",
        Fa,
        "isis",
        "sy-gov-army",
    );
}

#[test]
fn english_active_voice() {
    assert_roles(
        "Turkish drones struck a vehicle of the SDF near the town of Qamishli in Hasakah province on Tuesday.",
        En,
        "tr-military",
        "sdf",
    );
}

#[test]
fn english_passive_were_killed_by() {
    assert_roles(
        "Four Syrian army soldiers were killed by ISIS fighters in an ambush near the town of Sukhnah in eastern Homs on Tuesday.",
        En,
        "isis",
        "sy-gov-army",
    );
}

#[test]
fn persian_passive_hadaf_qarar_gereft_is_an_event() {
    let e = one_event_published(
        "یک خودروی نظامی ارتش سوریه در نزدیکی السخنه توسط تروریست‌های داعش هدف قرار گرفت و دو نظامی کشته شدند.",
        Fa,
        wed(),
    );
    assert_eq!(e.fatalities, 2, "{}", show(&e));
    assert_eq!(e.actor1_id.as_deref(), Some("isis"), "{}", show(&e));
}

// ---------------------------------------------------------------- casualties

fn one_event(text: &str, lang: marsad_core::Language) -> marsad_core::Event {
    one_event_published(text, lang, wed())
}

/// The only event of `text`, published on `published` (or undated).
fn one_event_published(
    text: &str,
    lang: marsad_core::Language,
    published: Option<marsad_core::NaiveDate>,
) -> marsad_core::Event {
    let ev = events(&doc(text, lang, published), lang);
    only(&ev).clone()
}

#[test]
fn killed_three_and_wounded_twelve() {
    let e = one_event("قتل ثلاثة وأصيب ١٢ آخرون بانفجار سيارة مفخخة وسط مدينة الباب في ريف حلب الشرقي.", Ar);
    assert_eq!((e.fatalities, e.injured), (3, Some(12)), "{}", show(&e));
}

#[test]
fn a_joint_killed_and_wounded_toll_is_not_a_death_toll() {
    let e = one_event(
        "A car bomb killed and wounded more than 15 people in the town of Azaz, north of Aleppo, on Tuesday.",
        En,
    );
    assert_ne!(e.fatalities, 15, "{}", show(&e));
    assert!(e.fatalities_low.is_none_or(|l| l < 15), "{}", show(&e));
    assert_ne!(e.injured, Some(15), "{}", show(&e));
}

#[test]
fn a_count_before_a_long_noun_phrase() {
    let e = one_event(
        "Four Syrian army soldiers were killed in an ambush near the town of Sukhnah in eastern Homs on Tuesday.",
        En,
    );
    assert_eq!(e.fatalities, 4, "{}", show(&e));
}

#[test]
fn at_least_five_bodies() {
    let e = one_event(
        "Rescuers recovered at least 5 bodies from the rubble after Russian warplanes struck the village of Kansafra in Idlib province.",
        En,
    );
    assert_eq!(e.fatalities_low, Some(5), "{}", show(&e));
    assert_eq!(e.fatalities, 5, "{}", show(&e));
}

#[test]
fn arabic_dual_two_people() {
    let e = one_event("مقتل شخصين بانفجار لغم أرضي من مخلفات الحرب قرب بلدة الشولا جنوبي دير الزور.", Ar);
    assert_eq!(e.fatalities, 2, "{}", show(&e));
    assert_eq!(evidence(&e, "fatalities"), Some("شخصين"), "{}", show(&e));
}

#[test]
fn one_victim_named_with_the_article() {
    let e = one_event("وفاة المدني محمد متأثراً بجراحه إثر قصف قوات النظام على بلدة كفرنبل في ريف إدلب الجنوبي.", Ar);
    assert_eq!(e.fatalities, 1, "{}", show(&e));
    // "شخصين وإصابة 6": the glued "و" still parts the dead from the wounded.
    let e = one_event("مقتل شخصين وإصابة 6 في قصف صاروخي على مدينة تل أبيض.", Ar);
    assert_eq!((e.fatalities, e.injured), (2, Some(6)), "{}", show(&e));
}

#[test]
fn a_toll_of_killed_and_wounded_together_is_not_a_death_toll() {
    let e = one_event(
        "قصفت قوات النظام مدينة الباب بالصواريخ، ما أدى لحدوث مجزرة راح ضحيتها أكثر من 45 مدنياً بين قتيل وجريح.",
        Ar,
    );
    assert_ne!(e.fatalities, 45, "{}", show(&e));
}

#[test]
fn lost_their_lives_in_words_broken_with_tatweels() {
    let e = one_event(
        "تسـ ـبب القـ ـصف التركي على قافلة المدنيين المتوجهة إلى سد تشرين بفـ ـقـ ـدان 5 مواطنين لحـ ـيـ ـاتهم وإصـ ـابة 15 آخرين.",
        Ar,
    );
    assert_eq!((e.fatalities, e.injured), (5, Some(15)), "{}", show(&e));
}

#[test]
fn dozens_of_dead_is_twelve() {
    let e =
        one_event("سقوط عشرات القتلى بغارات جوية للطائرات الحربية الروسية على سوق شعبي في مدينة أريحا جنوبي إدلب.", Ar);
    assert_eq!(e.fatalities, 12, "{}", show(&e));
}

#[test]
fn no_count_means_zero_without_evidence() {
    let e = one_event("قصفت قوات النظام بالمدفعية الثقيلة أطراف بلدة كفرنبل في ريف إدلب الجنوبي صباح اليوم.", Ar);
    assert_eq!(e.fatalities, 0, "{}", show(&e));
    assert_eq!(e.fatalities_low, None, "{}", show(&e));
    assert_eq!(evidence(&e, "fatalities"), None, "{}", show(&e));
}

// ---------------------------------------------------------------- dates

#[test]
fn yesterday_against_the_publication_date() {
    let e = one_event("قصفت قوات النظام أمس بلدة كفرنبل في ريف إدلب الجنوبي بقذائف المدفعية.", Ar);
    assert_eq!(e.event_date, Some(day(2021, 3, 9)), "{}", show(&e));
    assert_eq!(e.time_precision, 1);
}

#[test]
fn a_weekday_is_the_last_such_day_before_publication() {
    let e = one_event("قصفت قوات النظام يوم الاثنين بلدة كفرنبل في ريف إدلب الجنوبي بقذائف المدفعية.", Ar);
    assert_eq!(e.event_date, Some(day(2021, 3, 8)), "{}", show(&e));
}

#[test]
fn arabic_levantine_month_name() {
    let e = one_event_published(
        "قصفت قوات النظام في ٢٥ كانون الثاني ٢٠٢١ بلدة كفرنبل في ريف إدلب الجنوبي بقذائف المدفعية.",
        Ar,
        Some(day(2021, 1, 26)),
    );
    assert_eq!(e.event_date, Some(day(2021, 1, 25)), "{}", show(&e));
    assert_eq!(e.year, Some(2021));
    assert!(evidence(&e, "event_date").is_some_and(|t| t.contains("كانون الثاني")), "{}", show(&e));
}

#[test]
fn persian_solar_hijri_date() {
    // 5 Azar 1399 is 25 November 2020.
    let e = one_event_published(
        "جنگنده‌های روسی روز ۵ آذر ۱۳۹۹ مواضع تروریست‌های تحریر الشام را در جنوب ادلب بمباران کردند.",
        Fa,
        Some(day(2020, 11, 26)),
    );
    assert_eq!(e.event_date, Some(day(2020, 11, 25)), "{}", show(&e));
}

#[test]
fn a_facebook_post_stamp_anchors_the_post() {
    let e = one_event_published(
        "Facebook\nشبكة أخبار إدلب Verified accountMarch 10, 2021 · Shared with Public\nقصفت قوات النظام أمس بلدة كفرنبل في ريف إدلب الجنوبي بقذائف المدفعية.",
        Ar,
        None,
    );
    assert_eq!(e.event_date, Some(day(2021, 3, 9)), "{}", show(&e));
}

#[test]
fn a_date_the_text_calls_today_anchors_it() {
    let e = one_event_published(
        "قالت مصادر محلية اليوم السبت 14 آب 2021 إن قوات النظام قصفت أمس بالمدفعية بلدة كفرنبل في ريف إدلب الجنوبي.",
        Ar,
        None,
    );
    assert_eq!(e.event_date, Some(day(2021, 8, 13)), "{}", show(&e));
}

#[test]
fn yesterday_without_any_anchor_has_no_date() {
    let e = one_event_published(
        "Russian warplanes struck the outskirts of the town of Kafr Nabl in southern Idlib yesterday, killing two civilians.",
        En,
        None,
    );
    assert_eq!(e.event_date, None, "{}", show(&e));
    assert_eq!(e.year, None);
}

// ---------------------------------------------------------------- places

#[test]
fn a_headline_city_named_like_its_governorate_yields_to_the_village() {
    let d = article(
        "قوات النظام تقصف إدلب",
        "قُتل شخص وأصيب ثلاثة أطفال اليوم في قصف مدفعي لقوات النظام على قرية البارة في جبل الزاوية.",
        Ar,
        wed(),
    );
    let ev = events(&d, Ar);
    let e = only(&ev);
    assert_eq!(evidence(e, "location"), Some("البارة"), "{}", show(e));
}

#[test]
fn the_road_of_one_town_places_the_event_near_that_town() {
    let e = one_event(
        "استهدفت طائرة مسيرة للتحالف الدولي سيارة على طريق بلدة أورم الجوز بريف مدينة إدلب ما أدى لمقتل ثلاثة.",
        Ar,
    );
    assert_eq!(evidence(&e, "location"), Some("أورم الجوز"), "{}", show(&e));
    assert_eq!(e.geo_precision, 2, "{}", show(&e));
}

#[test]
fn a_byline_between_headline_and_lead_does_not_split_the_lead() {
    let e = one_event(
        "الاحتلال التركي يرتكب مجزرة جنوب كوباني\n\nمركز الأخبار\n\nارتكب جيش الاحتلال التركي، اليوم الأربعاء، مجزرة في مدينة صرين الواقعة جنوب كوباني، إذ قُتل ستة مواطنين بغارة جوية على المدينة.",
        Ar,
    );
    assert_eq!(evidence(&e, "location"), Some("صرين"), "{}", show(&e));
}

#[test]
fn a_district_east_of_a_city_is_the_district() {
    let e = one_event("نفذت قوات التحالف الدولي عملية إنزال جوي فجر اليوم في ناحية معدان شرق الرقة واعتقلت شخصين.", Ar);
    assert_eq!(evidence(&e, "location"), Some("ناحية معدان"), "{}", show(&e));
}

#[test]
fn a_town_east_of_a_city_is_the_town_itself() {
    let e = one_event("اعتقلت قوات التحالف الدولي شخصاً في عملية إنزال جوي في مدينة هجين شرق دير الزور.", Ar);
    assert_eq!(evidence(&e, "location"), Some("هجين"), "{}", show(&e));
    assert_eq!(e.geo_precision, 1, "{}", show(&e));
}

#[test]
fn the_countryside_on_one_side_of_a_city() {
    let e = one_event("قصفت قوات النظام بالمدفعية قرى في ريف إدلب الجنوبي صباح اليوم.", Ar);
    assert_eq!(e.location, "southern Idlib countryside", "{}", show(&e));
    let (lat, lon) = (e.latitude.unwrap(), e.longitude.unwrap());
    // About 25 km south of Idlib city (35.93 N, 36.63 E).
    assert!((35.65..35.76).contains(&lat) && (36.58..36.68).contains(&lon), "{}", show(&e));
    assert_eq!(e.geo_precision, 2);
}

#[test]
fn countryside_of_a_place_is_precision_two() {
    let e = one_event("قصفت طائرات مسيرة تركية مواقع لقسد في ريف الحسكة الشمالي، ما أدى إلى مقتل عنصرين.", Ar);
    assert_eq!(e.geo_precision, 2, "{}", show(&e));
    assert_eq!(e.admin1, "Al-Hasakah", "{}", show(&e));
}

#[test]
fn a_village_named_alone_is_precision_one() {
    let e = one_event("قصف الجيش التركي بالمدفعية قرية عين دارة مساء أمس، ما أدى إلى إصابة مدنيين.", Ar);
    assert_eq!(e.location_id.as_deref(), Some("marsad:sy-alp-ain-dara"), "{}", show(&e));
    assert_eq!(e.geo_precision, 1, "{}", show(&e));
    assert_eq!(e.admin1, "Aleppo", "{}", show(&e));
}

#[test]
fn persian_badiya_of_a_place_is_precision_two() {
    let e = one_event("جنگنده‌های روسی مواضع داعش را در بادیه دیرالزور بمباران کردند.", Fa);
    assert_eq!(e.admin1, "Deir ez-Zor", "{}", show(&e));
    assert_eq!(e.geo_precision, 2, "{}", show(&e));
}

#[test]
fn only_a_governorate_is_precision_three() {
    let e = one_event("قتل عنصران من قوات النظام باشتباكات مع مسلحين مجهولين في محافظة درعا مساء أمس.", Ar);
    assert_eq!(e.geo_precision, 3, "{}", show(&e));
    assert_eq!(e.admin1, "Daraa", "{}", show(&e));
}

// ---------------------------------------------------------------- precision

fn assert_no_events(text: &str, lang: marsad_core::Language) {
    let ev = events(&doc(text, lang, wed()), lang);
    assert!(ev.is_empty(), "{text}\n{}", show_all(&ev));
}

#[test]
fn a_denial_is_not_an_event() {
    assert_no_events(
        "نفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت مستشفى في مدينة أريحا جنوبي إدلب، ووصفت التقارير بأنها مفبركة.",
        Ar,
    );
}

#[test]
fn a_threat_is_not_an_event() {
    assert_no_events(
        "هدد قائد عسكري في قسد بشن هجوم واسع على مواقع الفصائل في محيط مدينة منبج إذا استمر القصف على القرى.",
        Ar,
    );
}

#[test]
fn an_economy_item_is_not_an_event() {
    assert_no_events(
        "ارتفع سعر صرف الدولار أمام الليرة السورية في أسواق دمشق وحلب اليوم، وسط تراجع في حركة البيع والشراء.",
        Ar,
    );
}

#[test]
fn a_general_claim_is_not_an_event() {
    assert_no_events(
        "The UN envoy said the war in Syria has killed hundreds of thousands of people and displaced millions since 2011.",
        En,
    );
}

// ---------------------------------------------------------------- evidence

#[test]
fn every_evidence_span_slices_the_text_to_its_words() {
    let docs = [
        article(
            "مقتل ثلاثة مدنيين بقصف للطائرات الروسية على أريحا",
            "قتل ثلاثة مدنيين وأصيب سبعة آخرون، أمس الثلاثاء، بقصف للطائرات الحربية الروسية على مدينة أريحا جنوبي إدلب.",
            Ar,
            wed(),
        ),
        doc("جنگنده‌های روسی مواضع تروریست‌های تحریر الشام را در جنوب ادلب بمباران کردند و سه نفر کشته شدند.", Fa, wed()),
        doc(
            "Two civilians were killed when Turkish drones struck a car near Qamishli in Hasakah on Monday.",
            En,
            wed(),
        ),
    ];
    let langs = [Ar, Fa, En];
    let mut seen = 0;
    for (d, lang) in docs.iter().zip(langs) {
        let ex = util::extract(d, lang);
        assert!(!ex.events.is_empty(), "no events in {:?}", d.text);
        for e in &ex.events {
            assert!(evidence(e, "trigger").is_some(), "{}", show(e));
            for v in &e.evidence {
                assert_eq!(&d.text[v.start..v.end], v.text, "{}", show(e));
                seen += 1;
            }
        }
    }
    assert!(seen >= 9, "only {seen} evidence spans");
}

#[test]
fn a_page_of_both_scripts_is_read_in_both_languages() {
    // An English page around an Arabic post: the event is in the Arabic part.
    let text = "Copy link to post. Share this post. Report post. Back to top. Loading seems to be taking a while.\n\
                مقتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على بلدة كنصفرة في جبل الزاوية اليوم.";
    let d = doc(text, En, wed());
    let ev = events(&d, En);
    let e = ev.iter().find(|e| e.language == Some(Ar)).unwrap_or_else(|| panic!("no Arabic event in {ev:?}"));
    assert_eq!(e.fatalities, 3, "{}", show(e));
    assert_eq!(e.location_id.as_deref(), Some("marsad:sy-idl-kansafra"), "{}", show(e));
}

#[test]
fn a_breakdown_of_the_toll_is_not_added_to_it() {
    let d = doc(
        "قتل خمسة مدنيين بينهم ثلاثة أطفال، اليوم الأربعاء، بقصف مدفعي لقوات النظام على بلدة كنصفرة في ريف إدلب الجنوبي.",
        Ar,
        wed(),
    );
    let ev = events(&d, Ar);
    assert_eq!(only(&ev).fatalities, 5, "{}", show(only(&ev)));
    let d = doc(
        "Five civilians (three children and two women) were killed when regime artillery shelled the town of Kansafra in southern Idlib on Wednesday.",
        En,
        wed(),
    );
    let ev = events(&d, En);
    assert_eq!(only(&ev).fatalities, 5, "{}", show(only(&ev)));
}

#[test]
fn the_other_two_are_part_of_the_toll() {
    let e = one_event(
        "An Israeli strike near Homs killed four people, including two civilians, although it was unable to determine whether the other two deaths were civilians or soldiers.",
        En,
    );
    assert_eq!(e.fatalities, 4, "{}", show(&e));
}

#[test]
fn a_governorate_named_by_an_ambiguous_name_still_picks_the_village() {
    // Two villages are called الخاتونية (Raqqa and al-Hasakah); "الرقة" is a
    // city, a district and a governorate, all in Raqqa.
    let text =
        "قتل مدني جراء قصف مسيرة تركية استهدف قرية الخاتونية بريف الرقة. وفي مدينة الحسكة اعتقلت قوات الأمن شخصين.";
    let ev = events(&doc(text, Ar, Some(day(2025, 2, 8))), Ar);
    let strike = ev.iter().find(|e| e.fatalities == 1).expect("the strike");
    assert_eq!(strike.location_id.as_deref(), Some("marsad:sy-raq-khatuniyah"), "{}", show(strike));
}

#[test]
fn quoted_actors_joined_by_and_act_together() {
    let e = one_event("قتل مدني برصاص “قسد” و”التحالف الدولي” خلال مداهمة في بلدة هجين شرقي دير الزور.", Ar);
    let ids: Vec<&str> =
        e.actor1_id.iter().map(String::as_str).chain(e.assoc_actor_1_ids.iter().map(String::as_str)).collect();
    assert!(ids.len() == 2 && ids.iter().any(|i| i.starts_with("us-led")), "{ids:?} {}", show(&e));
}

#[test]
fn a_hashtag_countryside_is_read_like_the_words() {
    let e = one_event("أصيب 3 مدنيين بجروح جرّاء غارات روسية على #ريف_إدلب_الجنوبي.", Ar);
    assert_eq!(e.location, "southern Idlib countryside", "{}", show(&e));
}
