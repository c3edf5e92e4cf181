//! Counts of people and things named around the number: a crowd a participle describes
//! ("among thousands packing"), how many times ("a five-time medallist"), service members
//! ("two other Marines"), a plural behind a quoted name ("16 “A Better Future” ads"), a speaker's
//! own age ("when I was 16"), a grade's digits in a livestock table, a rate past the short
//! of-phrase of what is measured ("0.221 ounce of gold per ton"), an unnamed speaker described
//! after ("said one Democrat who"), and a measure after a name word ("Grade 97 octane").

use super::{extract, one};

#[test]
fn a_crowd_a_participle_describes_is_counted() {
    for text in [
        "He was among thousands packing around an intersection.",
        "She joined thousands marching to the capitol.",
        "He was among hundreds who signed.",
    ] {
        let f = one(text);
        assert!(f.low.is_some() && f.high.is_some(), "{text}: {f:?}");
    }
    assert!(extract("among the thousands attending").is_empty());
}

#[test]
fn n_time_counts_times_but_one_time_is_once() {
    for text in [
        "Michael Johnson, a five-time Olympic gold medallist, retired.",
        "Mr. Romney, already a two-time Republican presidential candidate, runs.",
    ] {
        assert_eq!(one(text).unit.as_deref(), Some("time"), "{text}");
    }
    let f = one("It can enrich uranium at 20-times the speed of the IR-1.");
    assert_eq!((f.value, f.unit.as_deref()), (Some(20.0), Some("time")));
    let f = one("It took a one-time charge of 5 mln dlrs.");
    assert_eq!(f.value, Some(5e6));
}

#[test]
fn service_members_and_quoted_names_are_counted_nouns() {
    assert_eq!(
        one("Two other Marines were earlier charged.")
            .unit
            .as_deref(),
        Some("Marine")
    );
    assert_eq!(
        one("Britain offered a company of 120 Gurkhas.")
            .unit
            .as_deref(),
        Some("Gurkha")
    );
    let f = extract("There were 16 “A Better Future” ads, customized for nine swing states.");
    assert_eq!(f[0].unit.as_deref(), Some("ad"));
    assert_eq!(
        one("He deported 700,000 “Dreamers”.").unit.as_deref(),
        Some("Dreamer")
    );
}

#[test]
fn a_speakers_own_age() {
    let f = one("First, when I was 16, it was Becky Sharp.");
    assert_eq!(f.unit.as_deref(), Some("year"));
    let f = one("She might be 33 next month, but that didn't stop her.");
    assert_eq!(f.unit.as_deref(), Some("year"));
    // (not a count of something else)
    assert_ne!(one("I was 16 points behind.").unit.as_deref(), Some("year"));
}

#[test]
fn a_livestock_grade_is_no_figure() {
    let f = extract("steers - choice 2-3 1100-1300 lbs 66.50-68.00.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(f[0].low, Some(1100.0));
    let f = extract("hogs - us 1-3 220-260 lbs 51.00-51.50");
    assert_eq!(f[0].low, Some(220.0));
    // a range of money after "us" still is one
    assert_eq!(one("It cost us 1-3 mln dlrs.").high, Some(3e6));
}

#[test]
fn a_rate_past_a_short_of_phrase() {
    let f =
        extract("The assay showed 1.0 ounce of gold per ton and 0.50 ounce of platinum per ton.");
    assert!(
        f.iter()
            .all(|f| f.unit.as_deref() == Some("ounce per metric ton")),
        "{f:?}"
    );
    assert_eq!(f[0].concept.as_deref(), Some("gold"));
    assert_eq!(
        one("Yields were 30 bushels of corn per acre.")
            .unit
            .as_deref(),
        Some("bushel per acre")
    );
    // (no rate without "per")
    assert_eq!(
        one("It holds 30 bushels of corn.").unit.as_deref(),
        Some("bushel")
    );
}

#[test]
fn said_one_x_who_is_a_speaker() {
    assert!(extract(
        "“There’s anger,” said one Democrat who opposed her, who asked not to be named."
    )
    .is_empty());
}

#[test]
fn octane_grams_and_a_name_word_before_a_measure() {
    let f = extract("Grade 97 octane with 0.15 gm/lead will be 96.8 cents/litre.");
    let units: Vec<_> = f.iter().map(|f| f.unit.as_deref()).collect();
    assert_eq!(
        units,
        [Some("octane"), Some("gram"), Some("cent per litre")]
    );
    // (a name word before a bare number or a scale letter still names)
    assert!(extract("He was in grade 7 last year.").is_empty());
    assert!(!extract("China's net users number 100m.")
        .iter()
        .any(|f| f.unit.as_deref() == Some("metre")));
    assert!(extract("He is in the top 20 in the world.").is_empty());
}

#[test]
fn a_part_of_those_and_a_shares_nominal_value() {
    let f = extract("104,000 jobs would be cut, with around 6,000 of those expected in Wales.");
    assert_eq!(f[1].unit.as_deref(), Some("job"));
    let f = extract("Earnings per 20-crown share 20.45 crowns vs 23.79");
    assert_eq!(
        (f[0].value, f[0].unit.as_deref()),
        (Some(20.0), Some("crown"))
    );
    // (a rate's base still is none)
    assert!(extract("deaths per 100,000 people rose").is_empty());
}

#[test]
fn two_halves_split_by_a_comma_and_kinds_of_ton() {
    let f =
        extract("about 800,000 federal employees, about half furloughed, half deemed essential");
    assert_eq!(
        f.iter().filter(|f| f.value == Some(0.5)).count(),
        2,
        "{f:?}"
    );
    assert!(extract("America’s first half-white, half-black president").is_empty());
    let f = extract("It sold 35,000 long tons of sugar, with an option for 25,000 tons more.");
    assert_eq!(f[1].unit.as_deref(), Some("long ton"));
    // (two amounts, no compound measure; a metric ton stays one)
    let f = extract("It sold 35,000 long tons and 5,000 metric tons.");
    assert_eq!(f.len(), 2);
    assert_eq!(f[1].unit.as_deref(), Some("metric ton"));
    let v = one("It weighs 3 pounds and 5 ounces.")
        .value
        .unwrap_or_default();
    assert!((v - 3.3125).abs() < 1e-6, "{v}");
}

#[test]
fn a_rate_per_a_noun_a_hyphened_measure_describes() {
    let f = extract("The producer price rose from 6.10 dlrs to 8.67 dlrs per 90-kg bag.");
    assert_eq!(f[0].unit.as_deref(), Some("dollar per bag"));
    assert_eq!(
        (f[1].value, f[1].unit.as_deref()),
        (Some(90.0), Some("kilogram"))
    );
    // (a counted base stays the rate's own)
    assert_eq!(one("It costs 45 Ecus per 100 kilos.").value, Some(45.0));
    assert!(extract("deaths per 100,000 people rose").is_empty());
}

#[test]
fn a_counts_breakdown_shares_its_unit() {
    let f =
        extract("There were 24 fouls in the game by Arsenal, seven on Heinze, five on Ronaldo.");
    assert!(f.iter().all(|f| f.unit.as_deref() == Some("foul")), "{f:?}");
    let f = extract("It sold 17 seats on the exchange, three for 200 dlrs and 14 for 100 dlrs.");
    assert_eq!(f[1].unit.as_deref(), Some("seat"));
}

#[test]
fn men_and_women_counted_together_are_people() {
    let f = extract("The poll of 507 men and women was taken by telephone.");
    assert_eq!(f[0].unit.as_deref(), Some("people"));
    assert_eq!(
        extract("Some 300 men attended.")[0].unit.as_deref(),
        Some("man")
    );
}

#[test]
fn all_of_a_count_owns_the_plural_possessive() {
    let f = extract("He knew all four members' names.");
    assert_eq!(f[0].unit.as_deref(), Some("member"));
}

#[test]
fn grandchildren_are_counted_one_by_one() {
    let f = extract("His marriage produced five devoted sons and 18 grandchildren.");
    assert_eq!(f[1].unit.as_deref(), Some("grandchild"), "{f:?}");
}
