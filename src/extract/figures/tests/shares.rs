//! Shares of a unit ("a half-dozen", "half an hour", "a quarter century"); "by X to Y" and
//! "fell X to Y" read as an amount and the level it reached; change verbs used as nouns or in
//! compounds; names that are numbers only when capitalised ("Week 2"); model designations
//! between a count and its noun ("30 Airbus A320 planes"); ratios, leans and bill numbers that
//! are no amounts; "another 550m" after a sum of money.

use super::{extract, one};
use crate::model::Change;

#[test]
fn half_or_quarter_of_a_unit_is_a_figure() {
    for (text, value, unit) in [
        ("a half-dozen delegates said", 6.0, "delegate"),
        ("more than a half dozen women spoke", 6.0, "woman"),
        ("after a half-century of civil war", 0.5, "century"),
        ("it took half an hour to arrive", 0.5, "hour"),
        ("a half-hour drive away", 0.5, "hour"),
        (
            "44 miners remain trapped a half mile underground",
            0.5,
            "mile",
        ),
        ("for the first time in a quarter-century", 0.25, "century"),
        ("stock futures down around half a percent", 0.5, "percent"),
    ] {
        let f = extract(text)
            .into_iter()
            .find(|f| f.text.contains("half") || f.text.contains("quarter"))
            .unwrap_or_else(|| panic!("no figure in {text:?}"));
        assert_eq!(f.value, Some(value), "{text}");
        assert_eq!(f.unit.as_deref(), Some(unit), "{text}");
    }
    // a half or a quarter that names a period is no amount of it
    for text in [
        "earnings beat the same quarter a year ago",
        "sales in the first half a year earlier",
        "a half-price sale",
    ] {
        assert!(extract(text).is_empty(), "{text}: {:?}", extract(text));
    }
}

#[test]
fn by_an_amount_to_a_level_is_a_change_and_its_level() {
    let figs = extract("It raised rates by 0.5 pct to 9 pct on deposits.");
    let got: Vec<_> = figs.iter().map(|f| (f.value, f.low, f.change)).collect();
    assert_eq!(
        got,
        [(Some(0.5), None, Change::Up), (Some(9.0), None, Change::Up)]
    );
    // the words between the verb and "by" are what changes, prepositions and all
    let figs = extract("It raised the dividend on its common stock by two cts to 33 cts a share.");
    assert!(figs.iter().all(|f| f.change == Change::Up), "{figs:?}");
    // two ends close together after "by" are a range of the amount
    let f = one("The move would cut its profits by $3.8m to $4.9m.");
    assert_eq!((f.low, f.high), (Some(3.8e6), Some(4.9e6)));
    // a share and a count are never one range
    let figs = extract("Housing starts fell by 7.6 pct to 1,129,000 units.");
    assert_eq!(figs.len(), 2, "{figs:?}");
    assert_eq!(figs[1].unit.as_deref(), Some("unit"));
}

#[test]
fn change_verbs_and_their_nouns() {
    for (text, change) in [
        ("Tate's shares have leapt 55% this year.", Change::Up),
        ("violent crime has skyrocketed by 38 percent", Change::Up),
        ("The trade gap widened to $14.8 billion.", Change::Up),
        ("The deficit narrowed to 1.91 billion rupees.", Change::Down),
        ("Shares retreated 0.4% on Tuesday.", Change::Down),
        ("The Nasdaq composite shed 0.28%.", Change::Down),
        // after an article the change word is a noun, and the figure after it no amount
        ("Obama visited the retreat 39 times.", Change::Exact),
        ("at a reduced 385,000 hectares", Change::Exact),
        // a capitalised "A" or "This" is no article here
        ("Imperial Oil class A surged 7/8 to 73 dlrs.", Change::Up),
        ("This declined 12 pct in 1986.", Change::Down),
        // "each up" is an adverb and a particle
        ("Both were each up 22 cts a barrel.", Change::Up),
    ] {
        let f = &extract(text)[0];
        assert_eq!(f.change, change, "{text}");
    }
}

#[test]
fn capitalised_names_and_model_designations() {
    for text in [
        "\"Welcome back for Week 2,\" he said.",
        "It has been that way since Day 1.",
        "Obamacare Round 2 is starting.",
    ] {
        assert!(extract(text).is_empty(), "{text}: {:?}", extract(text));
    }
    // lower case, or before a unit, the number is a figure
    assert_eq!(one("Last week 20 people died.").value, Some(20.0));
    assert_eq!(
        one("during Holy Week one year ago").unit.as_deref(),
        Some("year")
    );
    for (text, unit) in [
        ("India's airline ordered 30 Airbus A320 planes.", "plane"),
        ("Ryanair ordered 70 Boeing 737-800 planes.", "plane"),
        ("They sent 12 F-16 fighters.", "fighter"),
        ("So far, 15 COVID-19 cases have been reported.", "case"),
        (
            "orders for six of the company's CHANNELink 5100/R products",
            "product",
        ),
        ("the order includes 40 M44A2 Series trucks", "truck"),
    ] {
        assert_eq!(one(text).unit.as_deref(), Some(unit), "{text}");
    }
    // a plural designation is itself what is counted
    assert_eq!(
        one("Swissair's 11 DC-10s showed similar problems.").unit,
        None
    );
}

#[test]
fn plain_amounts_and_levels_after_a_change_verb() {
    // a plain amount and a level well above it, after a change verb, are two figures
    let figs = extract("IBM fell 1-3/4 to 149-3/8.");
    let got: Vec<_> = figs.iter().map(|f| (f.value, f.change)).collect();
    assert_eq!(
        got,
        [(Some(1.75), Change::Down), (Some(149.375), Change::Down)]
    );
    let figs = extract("The benefit claimant total fell 11,000 to 813,200 last month.");
    assert_eq!(figs.len(), 2, "{figs:?}");
    // a hyphenated compound counts once toward the verb's reach; its parts are no verbs
    let f = one("It cut its take-or-pay exposure from 4.9 billion dlrs to 1.7 billion dlrs.");
    assert_eq!(
        (f.from, f.value, f.change),
        (Some(4.9e9), Some(1.7e9), Change::Down)
    );
    assert_eq!(
        one("Her unfavorability is a jaw-dropping 71 percent.").change,
        Change::Exact
    );
    // "revised down from" names the earlier value, as "down from" does
    let f =
        &extract("a shortage it now estimated at 1.05 billion stg, revised down from 1.10 billion")
            [0];
    assert_eq!(f.change, Change::Down);
}

#[test]
fn ratios_leans_bills_and_continued_money() {
    for text in [
        "The board declared a three-for-two stock split.",
        "It approved a 2-for-1 split.",
        "Despite its D+9 sample, the survey shows him gaining.",
        "It is beyond belief that H.B. 2 could protect anyone.",
    ] {
        assert!(extract(text).is_empty(), "{text}: {:?}", extract(text));
    }
    // "another 550m" after a sum in euros is millions of euros, not metres
    let figs = extract("Fiat is to get 1bn euros now, with another 550m to follow.");
    assert_eq!(figs[1].value, Some(5.5e8));
    assert_eq!(figs[1].currency.as_deref(), Some("EUR"));
    assert_eq!(
        one("He swam in a 100m pool.").unit.as_deref(),
        Some("metre")
    );
    let f = &extract("Net profit 890 mln Luxembourg francs vs 1.12 billion.")[0];
    assert_eq!(f.currency.as_deref(), Some("LUF"));
    assert_eq!(f.concept.as_deref(), Some("Net profit"));
    // an aside closed by a verb of speech is passed over on the way to the subject
    let f = one("The cost of the package, officials estimated, would be roughly $500 million.");
    assert!(
        f.concept.as_deref().is_some_and(|c| c.contains("package")),
        "{f:?}"
    );
}

#[test]
fn half_before_a_determiner_is_a_share_of_what_follows() {
    for (text, concept) in [
        (
            "If England had half the innate attacking exuberance of Wales",
            "exuberance",
        ),
        ("He spent half his life there.", "life"),
        (
            "New York now gets half its electricity from gas",
            "electricity",
        ),
    ] {
        let f = one(text);
        assert_eq!(f.value, Some(0.5), "{text}");
        assert!(
            f.concept.as_deref().is_some_and(|c| c.contains(concept)),
            "{text}: {f:?}"
        );
    }
    // a half of a game or season is no share
    assert!(extract("In the second half the team scored.").is_empty());
}

#[test]
fn half_bounded_by_at_least_or_at_most() {
    for (text, change) in [
        ("At least half have mental illness.", Change::More),
        ("At most half of the seats were filled.", Change::Less),
    ] {
        let f = one(text);
        assert_eq!((f.value, f.change), (Some(0.5), change), "{text}");
    }
    // "at least half-time" is the interval of a game
    assert!(extract("They held on until at least half-time.").is_empty());
}
