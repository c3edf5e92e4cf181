//! Numbers in a sequence: a compound ordinal ("the twenty-eighth floor") is no figure, and a
//! bare number after "the last" or "the next" counts in the unit of such a span before it ("in
//! the next five years than … in the last five"); the two sides of a rights ratio ("one new
//! share for every three held") and an "extra" amount's rate ("$400 extra per month").

use super::{extract, one};

#[test]
fn compound_ordinals_are_not_figures() {
    for text in [
        "It was a long haul up the stairs to the twenty-eighth floor.",
        "They met in the twenty-first century.",
        "The couple marked their twenty-fifth anniversary.",
    ] {
        assert!(extract(text).is_empty(), "{text}: {:?}", extract(text));
    }
    // fractions and durations keep their values
    assert_eq!(one("It rose twenty-three eighths.").value, Some(2.875));
    assert_eq!(one("Two-thirds of voters agreed.").value, Some(2.0 / 3.0));
    assert_eq!(one("He bought a thirty-second ad.").value, Some(30.0));
}

#[test]
fn a_bare_number_after_the_last_takes_the_span_before() {
    let t = "Ford plans to spend more in the next five years than the 15.9 billion dlrs spent \
             in the last five.";
    let f = extract(t);
    assert_eq!(f.len(), 3, "{f:?}");
    assert_eq!(
        (f[2].value, f[2].unit.as_deref()),
        (Some(5.0), Some("year"))
    );
    let f = extract("It rose in the past three years after falling in the previous two.");
    assert_eq!(f[1].unit.as_deref(), Some("year"));
    let f = extract("She took the first five games but Minar won the next five.");
    assert_eq!(f[1].unit.as_deref(), Some("game"));
    // on its own, "the last 16" names a round: nothing to take
    let f = extract("Henman faces Andreev in the last 16 after a 6-4 win.");
    assert!(f.iter().all(|f| f.unit.is_none()), "{f:?}");
    // nor does an amount of money lend its unit
    let f = extract("It paid 5 mln dlrs in the last quarter and will pay in the next two.");
    assert!(f
        .iter()
        .all(|f| f.unit.as_deref() != Some("dollar") || f.value == Some(5e6)));
}

#[test]
fn a_rights_ratio_counts_shares_on_both_sides() {
    let f = extract("Holders may buy one new share for every three held at one dlr.");
    assert_eq!(f.len(), 3, "{f:?}");
    assert_eq!(
        (f[0].value, f[0].unit.as_deref()),
        (Some(1.0), Some("share"))
    );
    assert_eq!(
        (f[1].value, f[1].unit.as_deref()),
        (Some(3.0), Some("share"))
    );
    assert_eq!(f[2].unit.as_deref(), Some("dollar"));
    let f = extract("They may be offered one free share for every 15, 18 or 20 already held.");
    assert!(
        f.iter().all(|f| f.unit.as_deref() == Some("share")),
        "{f:?}"
    );
}

#[test]
fn an_extra_amount_keeps_its_rate() {
    let f = one("He must spend more than $400 extra per month for a similar policy.");
    assert_eq!(
        (f.value, f.unit.as_deref()),
        (Some(400.0), Some("dollar per month"))
    );
    assert_eq!(one("He paid $5 extra.").unit.as_deref(), Some("dollar"));
}

#[test]
fn a_lists_item_numbers_are_not_figures() {
    let f = extract("Its reasons: (1) costs rose 5 pct, and (2) sales fell.");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].value, Some(5.0));
    // (a count in brackets after a noun is kept)
    assert_eq!(extract("Imports (4 pct) fell.").len(), 1);
}

#[test]
fn ordinals_of_scale_words_and_jet_models_are_no_figures() {
    assert!(extract("He drove the 50 millionth vehicle off the line.").is_empty());
    let f = extract("It agreed the sale of 10 737-800 planes for $630m.");
    let values: Vec<_> = f.iter().map(|f| f.value).collect();
    assert_eq!(values, [Some(10.0), Some(6.3e8)], "{f:#?}");
    // (a range of three-digit numbers stays one)
    assert_eq!(extract("Temperatures of 717-757 degrees.").len(), 1);
    // ("the first three quarters" are of a year)
    let f = extract("It impaired earnings in the first three quarters.");
    assert_eq!(
        (f[0].value, f[0].unit.as_deref()),
        (Some(3.0), Some("quarter"))
    );
}
