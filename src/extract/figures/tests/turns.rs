//! The way a level went, read past what else is said of it: an estimate's "about" before a
//! level written with its change after it ("about 53 mln dlrs, up from 27 mln"), and "go up
//! to" as a rise to the level, not a bound.

use super::extract;
use crate::model::Change;

#[test]
fn an_estimate_written_with_its_change_went_that_way() {
    let t =
        "Its backlog as of tomorrow, the end of its fiscal year, will be about 53 mln dlrs, up \
             from 27 mln dlrs a year before.";
    let f = extract(t);
    assert_eq!((f[0].value, f[0].change), (Some(53e6), Change::Up), "{f:?}");
    assert_eq!(f[1].change, Change::Exact);
    let f = extract("Output was about 5 mln tonnes, down 3 pct.");
    assert_eq!(f[0].change, Change::Down);
    // with nothing after it, an estimate stays one
    assert_eq!(
        extract("Output was about 5 mln tonnes.")[0].change,
        Change::Approx
    );
}

#[test]
fn going_up_to_a_level_is_a_rise() {
    for text in [
        "Let the rates go up to 39 percent.",
        "The minimum wage goes up to $15 an hour next year.",
        "His popularity rating went up to 64 pct.",
    ] {
        assert_eq!(extract(text)[0].change, Change::Up, "{text}");
    }
    // a plain "up to" is a bound
    assert_eq!(
        extract("It could cost up to 39 percent.")[0].change,
        Change::Less
    );
}
