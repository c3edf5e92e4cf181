//! Counts written in words that stand without their usual noun: "one" before a company's
//! share ("one Breakwater share for two Novamin shares"), "only one" before its verb ("of the
//! nine, only one had"), and a time span of one and a half ("the last decade and a half").

use super::{extract, one};

#[test]
fn one_counts_a_companys_share() {
    let f = extract("a swap of one Breakwater share for two Novamin common shares.");
    let got: Vec<_> = f.iter().map(|f| (f.value, f.unit.as_deref())).collect();
    assert_eq!(
        got,
        vec![(Some(1.0), Some("share")), (Some(2.0), Some("share"))]
    );
    // (not a name's number, nor a capitalised word before a noun that is no unit)
    assert!(extract("One Direction band played.").is_empty());
    assert!(extract("He sold one Boeing plane to them.").is_empty());
}

#[test]
fn only_one_before_its_verb_counts() {
    let f = extract("Of the nine issues, only one had a maturity.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(f[1].value, Some(1.0));
    // (a lone "one" without "only" still stands for "a")
    assert_eq!(extract("Of the nine issues, one had a maturity.").len(), 1);
}

#[test]
fn the_last_decade_and_a_half_is_one_and_a_half_decades() {
    let f = one("Deaths rose over the last decade and a half.");
    assert_eq!((f.value, f.unit.as_deref()), (Some(1.5), Some("decade")));
    let f = one("in the next hour and a half");
    assert_eq!((f.value, f.unit.as_deref()), (Some(1.5), Some("hour")));
    // (no half: no figure)
    assert!(extract("the last decade was hard").is_empty());
}
