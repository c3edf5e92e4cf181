//! Changes read through estimates and bounds: "by about 100 pct" far from its verb, "rose
//! to around", "up more than 4%", "about a 3.0 mln dlr gain", a span of changes ("0.80 lower
//! to 0.10 higher"), multiples ("twice as high"), and what is no change (rated debt, "raised
//! over 900 mln stg"), and a level changed to a new one ("cut its 7.5 pct prime rate to 7.25
//! pct"); "approaching" a figure is about it; a verb past an article and two adjectives ("fell
//! a seasonally adjusted 63 mln dlrs"); "not even" a figure is less than it.

use super::{extract, one};
use crate::model::Change;

#[test]
fn by_reaches_far_back_for_its_verb_and_a_subordinate_clause_stops_the_search() {
    let f = one(
        "the tax would raise the price of raw materials used in many processed foods by about \
         100 pct",
    );
    assert_eq!(f.change, Change::Up);
    let f = one("the government's majority more than halved as 32 Labour rebels joined them");
    assert_eq!(f.change, Change::Exact);
    // ("fell as low as": the level reached)
    assert_eq!(
        one("the dollar fell as low as 142.90 yen").change,
        Change::Down
    );
}

#[test]
fn a_change_verb_to_an_estimate_is_still_a_change() {
    assert_eq!(
        one("The total number rose to around 26.4 million.").change,
        Change::Up
    );
    assert_eq!(
        one("sales will drop to about 240 mln dlrs").change,
        Change::Down
    );
    // (no change verb: the estimate stays)
    assert_eq!(
        one("He wants to get to about 5 pct.").change,
        Change::Approx
    );
}

#[test]
fn a_span_of_changes_each_with_its_comparative() {
    let f = extract("Prices opened 0.80 lower to 0.10 higher.");
    assert_eq!((f[0].change, f[1].change), (Change::Down, Change::Up));
}

#[test]
fn a_rise_stated_with_a_bound_and_the_size_of_rated_debt() {
    assert_eq!(
        one("Shares of MCI were up more than 4% in trading.").change,
        Change::Up
    );
    assert_eq!(one("Shares were down about 4%.").change, Change::Down);
    // (a particle's "up" is no rise)
    assert_eq!(
        one("The orchestra strikes up more than 110 times.").change,
        Change::More
    );
    let f = one("S and P said it lowered 128 mln dlrs of Brown Group's senior debt to A-minus.");
    assert_eq!(f.change, Change::Exact);
}

#[test]
fn twice_as_much_and_the_half_dozen() {
    let f = one("these losses were twice as high as expected");
    assert_eq!(
        (f.value, f.unit.as_deref(), f.change),
        (Some(2.0), Some("time"), Change::Up)
    );
    assert!(extract("we scored twice.").is_empty());
    let f = one("if it wins the votes of the half-dozen Republican senators");
    assert_eq!((f.value, f.unit.as_deref()), (Some(6.0), Some("senator")));
    assert!(extract("the first half-year results").is_empty());
}

#[test]
fn an_estimate_before_an_article_a_restated_turn_and_money_raised_over() {
    let f = one("it expects to recognize about a 3.0 mln dlr pretax gain on the transaction");
    assert_eq!(f.change, Change::Approx);
    assert_eq!(
        one("that could result in about a 4.5 pct decline").change,
        Change::Down
    );
    let f = one("whose share offer raised over 900 mln stg, it said.");
    assert_eq!(f.change, Change::More);
    let f = extract(
        "net income will be 27 to 29 mln dlrs, or 72 to 77 cts per share, down from earnings \
         of 40.4 mln dlrs",
    );
    assert_eq!((f[0].change, f[1].change), (Change::Down, Change::Down));
}

#[test]
fn a_level_named_before_its_new_one_is_one_change() {
    let f = one("He would reduce the 55 pct top personal and company tax level to 38 pct.");
    assert_eq!(
        (f.from, f.value, f.change),
        (Some(55.0), Some(38.0), Change::Down)
    );
    let f = one("The bank cut its 7.5 pct prime rate to 7.25 pct.");
    assert_eq!(
        (f.from, f.value, f.change),
        (Some(7.5), Some(7.25), Change::Down)
    );
    // (a verb whose direction the levels contradict merges nothing)
    assert_eq!(extract("They raised the 10 pct tariff to 5 pct.").len(), 2);
    // (nor does a level with its own earlier value after it)
    assert_eq!(
        extract("It cut its 5 pct stake to 3 pct from 4 pct.").len(),
        2
    );
}

#[test]
fn wire_price_moves_half_a_point_and_another_under_a_bound() {
    let f = extract("Waste Management stock was trading at 74-1/4, off 2-5/8.");
    assert_eq!(f[1].change, Change::Down, "{f:?}");
    let f = one("Treasury bill rates fell by as much as half a point.");
    assert_eq!(
        (f.value, f.unit.as_deref(), f.change),
        (Some(0.5), Some("point"), Change::Down)
    );
    let f = one("an option to purchase up to another 135,000 shares");
    assert_eq!(f.change, Change::Less);
    let f = one("the funds rate dropped to 7-1/4 pct from Monday's average of 7.61 pct.");
    assert_eq!((f.from, f.value), (Some(7.61), Some(7.25)));
}

#[test]
fn earlier_values_in_cents_grain_prices_and_a_months_change() {
    let f = one("It raised the price to 1.00 dlrs a copy from 75 cts.");
    assert_eq!((f.from, f.change), (Some(0.75), Change::Up));
    // (no conversion between two currencies)
    assert_eq!(one("It fell to 3 yen from 2 dlrs.").from, Some(2.0));
    let f = one("May settling at 1.59-1/2 dlrs.");
    assert_eq!(f.value, Some(1.595));
    assert_eq!(
        one("Factory orders grew after a 2.3 pct December rise.").change,
        Change::Up
    );
    let f = one("around 50 pfennigs per dollar was lost");
    assert_eq!(f.unit.as_deref(), Some("pfennig per dollar"));
}

#[test]
fn points_before_a_new_level_and_a_point_cut() {
    let f = extract("It raised its prime lending rate a quarter point to 7-3/4 pct.");
    assert_eq!((f[0].value, f[0].change), (Some(0.25), Change::Up));
    assert_eq!(f[1].change, Change::Up);
    let f = extract("The six-month bill rate was one basis point higher at 5.68 pct.");
    assert_eq!(f.last().map(|f| f.change), Some(Change::Up), "{f:?}");
    assert_eq!(
        one("He said a half point cut would help.").change,
        Change::Down
    );
}

#[test]
fn an_earlier_balance_named_like_the_level() {
    let f = one(
        "It revised its loss for the year ended January 31 to 4.7 mln dlrs from the loss of 3.1 \
         mln dlrs reported in March.",
    );
    assert_eq!((f.from, f.value), (Some(3_100_000.0), Some(4_700_000.0)));
    // (a balance that changed sign stays two figures)
    assert_eq!(
        extract("It swung to a surplus of 2.5 billion dlrs from a deficit of 294 mln.").len(),
        2
    );
}

#[test]
fn an_income_gain_a_particle_down_and_the_whole_of_a_sum() {
    let f = one("Previous net excludes a 991,000 dlr gain for year.");
    assert_eq!(f.change, Change::Exact);
    let f = extract("He was gunned down by two officers.");
    assert_eq!(f[0].change, Change::Exact);
    let f = extract("more than 1.6 billion dlrs of the 4.2 billion in borrower stock");
    assert_eq!(f[1].unit.as_deref(), Some("dollar"));
}

#[test]
fn approaching_a_figure_is_about_it() {
    let f = one("the death toll from the pandemic approaches 100,000 American lives.");
    assert_eq!((f.value, f.change), (Some(100_000.0), Change::Approx));
    assert_eq!(
        one("inflation is approaching 100 pct").change,
        Change::Approx
    );
}

#[test]
fn a_change_verb_reaches_past_two_adjectives_after_an_article() {
    let f = one("Consumer credit fell a seasonally adjusted 63 mln dlrs in March.");
    assert_eq!(f.change, Change::Down);
    let f = one("reserves rose a record underlying 4.76 billion dlrs in May");
    assert_eq!(f.change, Change::Up);
    // (not past a noun the figure describes: "raised a new 5 mln dlr loan")
    assert_eq!(one("it raised a new 5 mln dlr loan").change, Change::Exact);
}

#[test]
fn not_even_a_figure_is_less_than_it() {
    let f = one("Not even 24 hours after the Friday afternoon spill, opponents began.");
    assert_eq!((f.value, f.unit.as_deref()), (Some(24.0), Some("hour")));
    assert_eq!(f.change, Change::Less);
    assert_eq!(one("Turnout was not even 40 percent.").change, Change::Less);
    // ("even" alone bounds nothing)
    assert_eq!(one("Turnout was even 40 percent.").change, Change::Exact);
}

#[test]
fn a_bit_after_an_estimate_is_no_figure() {
    assert!(extract("It was probably a bit colourful.").is_empty());
    assert!(extract("It was perhaps a bit colourful.").is_empty());
}
