//! Hyphenated compounds: a number joined to a counted noun ("a 100-seat chamber"), to a
//! unit written with hyphens ("a 0.25-percentage-point cut"), to a form letter ("a 13-G
//! filing"), a temperature range written with glued letters ("25C-30C") and a range of days
//! before a month ("from 3-8 May"), and the first noun of a compound adjective
//! ("the four-wheel-drive SPX").

use super::{extract, one};
use crate::model::Change;

#[test]
fn a_noun_hyphenated_to_a_number_is_what_it_counts() {
    for (text, value, unit, concept) in [
        ("the 100-seat chamber voted", 100.0, "seat", "chamber"),
        (
            "Biden has a 10-point lead in the poll.",
            10.0,
            "point",
            "lead",
        ),
        ("a three-judge panel ruled", 3.0, "judge", "panel"),
        (
            "Allen, a four-star Marine general, left.",
            4.0,
            "star",
            "Marine general",
        ),
        ("he was banned for 10-games", 10.0, "game", ""),
    ] {
        let f = one(text);
        assert_eq!(f.value, Some(value), "{text}");
        assert_eq!(f.unit.as_deref(), Some(unit), "{text}");
        if !concept.is_empty() {
            assert_eq!(f.concept.as_deref(), Some(concept), "{text}");
        }
    }
    // the figure's text starts at the number, not at the article
    assert_eq!(one("It is now a two-horse race.").text, "two-horse");
    assert_eq!(one("a dozen eggs").text, "a dozen");
    assert_eq!(one("a hundred people").text, "a hundred people");
    // a point, whole or not, spaced or hyphened before the noun it modifies
    for text in [
        "proposals unchanged except for an extra 1.5 point cut for beef",
        "following a 1.99-point reduction in the prior period",
    ] {
        let f = one(text);
        assert_eq!(
            (f.unit.as_deref(), f.change),
            (Some("point"), Change::Down),
            "{text}"
        );
    }
    // a change noun before a verb in -s heads its phrase
    let f = extract("The 0.50 cent price hike brings Sun's price to 50.75 cts a gallon.");
    assert_eq!(f[0].change, Change::Up, "{f:?}");
    // an adjective made of a noun counts it
    for (text, unit) in [
        ("a four-engined widebodied jet", "engine"),
        ("a two-pronged approach", "prong"),
        // (and a capitalised noun before the lower-case one it modifies)
        ("to win the three-Test series", "test"),
    ] {
        assert_eq!(one(text).unit.as_deref(), Some(unit), "{text}");
    }
    // adjectives, vague words, fractions and decimals count nothing
    for text in [
        "a two-tiered system of pay",
        "the 100-odd delegates",
        "a third-party accounting firm",
        "with 6.0-sigma significance",
    ] {
        assert!(
            extract(text)
                .iter()
                .all(|f| f.dimension.as_deref() != Some("count")),
            "{text}"
        );
    }
}

#[test]
fn a_unit_phrase_may_be_hyphenated() {
    let f = one("a 0.25-percentage-point cut");
    assert_eq!(f.unit.as_deref(), Some("percentage point"));
    assert_eq!(f.change, Change::Down);
    let f = one("Yields rose 3 percentage-points.");
    assert_eq!(f.unit.as_deref(), Some("percentage point"));
    // the hyphen inside the unit does not make the figure an adjective
    assert_eq!(f.change, Change::Up);
    assert_eq!(
        one("a 10-square-mile area").unit.as_deref(),
        Some("square mile")
    );
}

#[test]
fn a_form_letter_is_no_figure() {
    assert!(extract("It filed a Form 8-K with regulators.").is_empty());
    let values: Vec<_> = extract("He filed a 13-D on the 5.1% stake.")
        .iter()
        .map(|f| f.value)
        .collect();
    assert_eq!(values, [Some(5.1)]);
}

#[test]
fn a_temperature_range_with_glued_letters() {
    for text in [
        "Highs of 25C-30C are expected.",
        "Highs of 30C-25C are expected.",
    ] {
        let f = one(text);
        assert_eq!((f.low, f.high), (Some(25.0), Some(30.0)), "{text}");
        assert_eq!(f.unit.as_deref(), Some("degree Celsius"), "{text}");
    }
    // a letter and a hyphen before a number of another kind is an id: "13F-1"
    assert!(extract("The 13F-1 form in hot weather")
        .iter()
        .all(|f| f.unit.is_none()));
}

#[test]
fn a_range_of_days_before_a_month_is_a_date() {
    for text in [
        "It runs from 3-8 May in Lucerne.",
        "CES runs from 6 to 9 January.",
        "on the weekend of 9 and 10 July",
    ] {
        assert!(extract(text).is_empty(), "{text}: {:?}", extract(text));
    }
    // a range of figures before a plural noun stays: "3-8 members"
    assert_eq!(one("from 3-8 members").low, Some(3.0));
}

#[test]
fn plus_and_a_rate_hyphenated_into_a_modifier() {
    // "90-plus percent", "the 100-plus members": more than the number, in the unit after
    for (text, unit) in [
        ("90-plus percent of those pictures", "percent"),
        ("He served 20-plus years in prison.", "year"),
        ("the 100-plus members", "member"),
    ] {
        let f = one(text);
        assert_eq!(
            (f.unit.as_deref(), f.change),
            (Some(unit), crate::model::Change::More),
            "{text}"
        );
    }
    // "the $50 billion-a-year hit", "a $15-an-hour wage": a rate
    let f = one("He objected to the $50 billion-a-year hit the Pentagon took.");
    assert_eq!(
        (f.value, f.unit.as_deref()),
        (Some(5e10), Some("dollar per year"))
    );
    assert_eq!(
        one("a $15-an-hour minimum wage").unit.as_deref(),
        Some("dollar per hour")
    );
}

#[test]
fn a_digit_one_counts_its_hyphenated_noun_and_plus_follows_a_scaled_amount() {
    // "a 1-point lead" as "a 2-point lead" (the word "one-" stays an adjective: "one-party")
    for (text, unit) in [
        (
            "Rasmussen has Obama with a 1-point lead over Romney.",
            "point",
        ),
        ("The coalition holds a 1-seat majority.", "seat"),
    ] {
        assert_eq!(one(text).unit.as_deref(), Some(unit), "{text}");
    }
    // "a $600 billion-plus increase": more than the amount, in its unit
    let f = one("Republicans say the $600 billion-plus increase in taxes is enough.");
    assert_eq!(
        (f.value, f.unit.as_deref(), f.change),
        (Some(6e11), Some("dollar"), Change::More)
    );
}

#[test]
fn a_compound_adjectives_first_noun_is_counted() {
    let f = one("price increases on the four-wheel-drive SPX");
    assert_eq!((f.value, f.unit.as_deref()), (Some(4.0), Some("wheel")));
    // (not a preposition, nor "one" in an idiom)
    assert_eq!(one("In a three-against-three match").unit, None);
    assert!(extract("a one-trick-pony of a film").is_empty());
}
