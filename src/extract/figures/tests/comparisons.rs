//! Multiples ("almost double the figure"), comparatives of time, speed and size ("120 days
//! faster than the average"), a bound before an estimate ("no more than about") and a level
//! with its adjectives ("to a seasonally adjusted 122.8"); a comparative stated of the subject
//! ("is estimated 13 pct higher this year"); two shares running down ("by 51-47 percent"),
//! and a bound as a prefix ("sub-$100").

use super::{extract, one};
use crate::model::Change;

#[test]
fn double_as_a_multiple_and_comparatives_of_time_speed_and_size() {
    let f = extract("It made 210bn yuan in profits last year, almost double the figure in 2000.");
    assert_eq!(
        (f[1].value, f[1].unit.as_deref(), f[1].change),
        (Some(2.0), Some("time"), Change::Approx)
    );
    // the verb of a change to a level is no multiple
    let f = one("The company plans to double its dealers to 50 next year.");
    assert_eq!((f.value, f.change), (Some(50.0), Change::Up));
    assert!(extract("It is a double standard.").is_empty());
    // ("close to double last year's total": before a time's possessive)
    let f = extract("It bought 2.4 mln tonnes -- close to double last year's total -- so far.");
    assert_eq!(
        (f[1].value, f[1].unit.as_deref()),
        (Some(2.0), Some("time"))
    );
    assert!(extract("Sales will double last year.").is_empty());
    // the verb before a bare noun it multiplies, not an idiom
    let f = extract("Nigeria is hoping to triple cocoa production over the next three years.");
    assert_eq!(
        (f[0].value, f[0].unit.as_deref()),
        (Some(3.0), Some("time"))
    );
    assert!(extract("They plan to double check.").is_empty());
    // (or a possessive noun after a modal: "should more than double Aston's total output")
    let f = extract("It should more than double Aston's total output.");
    assert_eq!(
        (f[0].value, f[0].change),
        (Some(2.0), Change::More),
        "{f:#?}"
    );
    assert!(extract("He hit a double Aston's keeper could not stop.").is_empty());
    for (text, change) in [
        (
            "It was processed in 52 days, 120 days faster than the average.",
            Change::Down,
        ),
        ("The car is 10 mph faster than before.", Change::Up),
        // (a multiple of a speed, and what it measures)
        (
            "The network is to be 10 times faster than 3G services.",
            Change::Up,
        ),
        (
            "The new bridge is 50 metres longer than the old one.",
            Change::Up,
        ),
    ] {
        let f = extract(text);
        assert_eq!(f.last().map(|f| f.change), Some(change), "{text}");
    }
    let f = one("The network is to be 10 times faster than 3G services.");
    assert_eq!(f.concept.as_deref(), Some("faster"));
}

#[test]
fn a_bound_before_an_estimate_and_a_level_with_its_adjectives() {
    let f = one("It expects a loss of no more than about 100 mln dlrs.");
    assert_eq!(f.change, Change::Less);
    // (a one-word preposition before the estimate spans or names a time)
    let f = one("I missed speed work over about three weeks.");
    assert_eq!(f.change, Change::Approx);
    let f = extract("The index rose 0.7 pct to a seasonally adjusted 122.8 in March.");
    assert_eq!(f[1].change, Change::Up);
    let f = one("The group will be announcing at least one other candidate later.");
    assert_eq!(
        (f.unit.as_deref(), f.change),
        (Some("candidate"), Change::More)
    );
    let f = one("Normally adults are defined as being aged over 19.");
    assert_eq!((f.unit.as_deref(), f.change), (Some("year"), Change::More));
}

#[test]
fn a_multiple_past_its_noun_and_nearing_a_level() {
    let f = one("The discs will hold six times as much data as conventional DVDs.");
    assert_eq!((f.value, f.change), (Some(6.0), Change::Up));
    assert_eq!(one("He is nearing 1,000 delegates.").change, Change::Approx);
}

#[test]
fn a_comparative_stated_of_the_subject_is_a_rise_or_a_fall() {
    let f = extract(
        "Madagascar's cocoa production is estimated 13 pct higher this year at 2,720 tonnes, \
         up from 2,400 in 1986.",
    );
    assert_eq!((f[0].value, f[0].change), (Some(13.0), Change::Up));
    // the figure's comparative names nothing it measures
    assert!(f[1]
        .concept
        .as_deref()
        .is_some_and(|c| c.ends_with("cocoa production")));
    assert_eq!(
        one("Output was 5 pct lower this quarter.").change,
        Change::Down
    );
    // not a bare figure without a copula before it
    assert_eq!(one("It paid 5 pct higher rates.").change, Change::Exact);
}

#[test]
fn more_of_a_count_than_further_on_is_a_rise_but_not_a_revision() {
    let f = one("Now, it says there were 142,000 more jobs in March than in February.");
    assert_eq!((f.unit.as_deref(), f.change), (Some("job"), Change::Up));
    let f = one("There were 30 fewer deaths this year than last.");
    assert_eq!(f.change, Change::Down);
    let f = extract("It now projects 12,651 more deaths in the U.S. than it projected last week.");
    assert_eq!(f[0].change, Change::Exact, "{f:?}");
}

#[test]
fn under_budget_a_determined_quarter_point_and_one_left_dead() {
    let f =
        extract("The start-up is three months ahead of schedule and six mln dlrs under budget.");
    assert_eq!((f[1].value, f[1].change), (Some(6e6), Change::Down));
    assert_eq!(
        one("The project ran 20 pct over budget.").change,
        Change::Up
    );
    let f = one("It encouraged the Fed to go for the quarter percent increase.");
    assert_eq!((f.value, f.change), (Some(0.25), Change::Up));
    // a bound carries over to its restatement after ", or"
    let f =
        extract("It authorized the repurchase of up to 600,000 shares, or 12 pct of its stock.");
    assert_eq!((f[0].change, f[1].change), (Change::Less, Change::Less));
    // not from a bare age to money
    let f = extract("It gives £200 to people over 60, or £300 where people are over 80.");
    assert_eq!(f[2].change, Change::Exact, "{f:#?}");
    // a change verb before its object is no change noun of the figure ("will this $17 billion
    // ease the backlog?"), a change noun before a time still is
    assert_eq!(
        one("Will this $17 billion ease the backlog?").change,
        Change::Exact
    );
    let f = extract("It grew 0.8 pct, after a 0.7 pct increase the previous three months.");
    assert_eq!(f[1].change, Change::Up, "{f:?}");
    // fewer of what is counted is a fall
    let f = one("This means 30 million fewer workers at a time when");
    assert_eq!((f.value, f.change), (Some(3e7), Change::Down));
    let f = one("He spoke of a rally that left one woman dead.");
    assert_eq!((f.value, f.unit.as_deref()), (Some(1.0), Some("woman")));
}

#[test]
fn a_change_nouns_amount_after_what_it_changes() {
    let f = one("Card use is picking up again with a rise in spending of 14.8% year-on-year.");
    assert_eq!((f.value, f.change), (Some(14.8), Change::Up));
    let f = one("The increase reversed a decline in January of 0.5 pct.");
    assert_eq!(f.change, Change::Down);
    // not a count after a noun of number: "the rise in the number of 10 cars" is no rise
    assert_eq!(
        one("They noted the size in the number of 10 cars.").change,
        Change::Exact
    );
}

#[test]
fn a_pair_of_shares_running_down_is_two_figures() {
    let f = extract("Obama won Florida by 51-47 percent and Ohio by 52-46 percent.");
    let values: Vec<_> = f.iter().map(|f| (f.value, f.unit.as_deref())).collect();
    assert_eq!(
        values,
        [
            (Some(51.0), Some("percent")),
            (Some(47.0), Some("percent")),
            (Some(52.0), Some("percent")),
            (Some(46.0), Some("percent")),
        ],
        "{f:#?}"
    );
    // (a range runs up: "35-40 pct")
    assert_eq!(one("rates of 35-40 pct").low, Some(35.0));
}

#[test]
fn a_bound_written_as_a_prefix() {
    assert_eq!(one("Digital guru floats sub-$100 PC").change, Change::Less);
}

#[test]
fn an_estimated_multiple_stays_an_estimate() {
    let f = one("which its makers claim is almost four times as fast as Qrio.");
    assert_eq!(f.change, Change::Approx);
    assert_eq!(
        one("we would pay 14 times as much as France.").change,
        Change::Up
    );
}

#[test]
fn a_market_closing_lower_at_a_level_fell_to_it() {
    let f =
        extract("The dollar was fixed lower at 1.8218 marks after 1.8243 yesterday, dealers said.");
    assert_eq!((f[0].value, f[0].change), (Some(1.8218), Change::Down));
    assert_eq!(f[1].change, Change::Exact);
    assert_eq!(one("Shares closed higher at 15 dlrs.").change, Change::Up);
    // (a count at places is no market's close)
    assert_eq!(
        one("Prices were higher at 20 stores.").change,
        Change::Exact
    );
}

#[test]
fn a_change_noun_after_an_amount_in_billions() {
    let f =
        extract("It compares with a 14.8 billion mark increase and a 2.2 billion rise in 1986.");
    assert_eq!((f[1].value, f[1].change), (Some(2.2e9), Change::Up));
}

#[test]
fn money_more_at_the_clause_end_and_plural_change_nouns() {
    // "£60bn more" ending its clause is a rise, as "£60bn more spending" is
    let f = one("I am proud to say, spend by 2008 £60bn more.\"");
    assert_eq!((f.value, f.change), (Some(60e9), Change::Up));
    // a plural change noun before a preposition
    let f = one("The seamen have settled for 120 pct pay increases with the companies.");
    assert_eq!((f.value, f.change), (Some(120.0), Change::Up));
    let f = one("They were facing 40% premium hikes for 2017.");
    assert_eq!(f.change, Change::Up);
    // (not a verb in -s: "the outcome falls on Tuesday")
    let f = one("The 80% chance outcome falls on Tuesday.");
    assert_eq!(f.change, Change::Exact);
}

#[test]
fn within_things_counted_is_no_bound() {
    let f = one("The project eradicated the disease within 116 hog herds.");
    assert_eq!((f.value, f.change), (Some(116.0), Change::Exact));
    // but a time, a margin of votes, or a count before "of" still is
    assert_eq!(
        one("It must be paid within 30 trading days.").change,
        Change::Less
    );
    assert_eq!(
        one("It came within two votes of passing.").change,
        Change::Less
    );
    assert_eq!(
        one("He cannot cope with abolition within three, he said.").change,
        Change::Less
    );
}

#[test]
fn things_counted_cut_off_did_not_fall() {
    let f = one("Vodafone has briefly cut off between eight and ten content sellers.");
    assert_eq!((f.low, f.change), (Some(8.0), Change::Exact));
    // but money cut still fell
    assert_eq!(
        one("They cut 50 mln dlrs from the budget.").change,
        Change::Down
    );
}

#[test]
fn workers_laid_off_are_a_cut() {
    let f = one("General Motors said it will lay off 3,500 workers temporarily.");
    assert_eq!((f.value, f.change), (Some(3500.0), Change::Down));
    // (not a time laid off, nor a share of the staff)
    assert_eq!(
        one("The workers will be laid off for 18 weeks.").change,
        Change::Exact
    );
    assert_eq!(one("He laid off half his employees.").change, Change::Exact);
}

#[test]
fn a_fraction_in_words_higher_than_a_level() {
    let f = extract("Sales were four-fifths higher than the prior week's level.");
    assert_eq!((f[0].value, f[0].change), (Some(0.8), Change::Up), "{f:?}");
}

#[test]
fn things_rated_lower_are_not_fewer() {
    let f = extract("Moody's said it downgraded 50 companies and upgraded 25 companies.");
    assert_eq!(
        (f[0].change, f[1].change),
        (Change::Exact, Change::Exact),
        "{f:?}"
    );
    // (but notches are the move)
    assert_eq!(
        one("Moody's downgraded two notches the debt.").change,
        Change::Down
    );
}

#[test]
fn a_market_giving_up_a_share_lost_it() {
    assert_eq!(one("The Nasdaq gave up 8.4 percent.").change, Change::Down);
    // (not a part handed over)
    assert_eq!(
        one("He gave up 20 percent of his salary.").change,
        Change::Exact
    );
}
