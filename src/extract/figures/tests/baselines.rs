//! Changes read against their baselines and rates: a baseline's unit and way ("down from
//! 5,000", "compared with a previous crop of 11.2 mln"), a level whose change comes after its
//! own phrase, change nouns after the figure, and a rate of growth after its verb ("grew at an
//! annual rate of 3.9%"); a relative clause's move past the figure's clause ("…, which is up
//! from 70 percent"); a baseline past a span of time dating the amount ("2,243 drone strikes in
//! the first two years …, compared with 1,878"); a change listed past its time or level.

use super::{extract, one};
use crate::model::Change;

#[test]
fn baselines_share_the_unit_of_their_figure() {
    let t = extract("Some 3,000 troops will be deployed, down from 5,000 last year.");
    assert_eq!(t[1].unit.as_deref(), Some("troop"));
    let m = extract("Net income was $5.2 million, compared with 4.8 million a year earlier.");
    assert_eq!(
        (m[1].unit.as_deref(), m[1].currency.as_deref()),
        (Some("dollar"), Some("USD"))
    );
    // a duration is no baseline
    let d = extract("34 incidents in the first nine months, up from 30 last year");
    assert_ne!(d.last().and_then(|f| f.unit.as_deref()), Some("month"));
}

#[test]
fn change_nouns_after_the_figure_and_comparatives_ending_a_clause() {
    let e = extract("compared with 3.4 pct contraction and 1.2 pct growth respectively");
    assert_eq!((e[0].change, e[1].change), (Change::Down, Change::Up));
    let y = one("against a 2.6 pct year-on-year rise in the preceding quarter");
    assert_eq!(y.change, Change::Up);
    assert_eq!(
        one("Hog prices opened 1.00 dlr higher, sources said.").change,
        Change::Up
    );
    // (or before a preposition of cause or time)
    let f = one("Gold futures should open 1.50 to 2.00 dlrs higher following London gold.");
    assert_eq!(f.change, Change::Up);
    // the zero of a part is a part too ("871,000 bushels including zero in CHICAGO")
    let f = extract("OATS - 871,000 bushels including zero in CHICAGO and 871,000 in TOLEDO.");
    assert!(
        f.iter().all(|f| f.unit.as_deref() == Some("bushel")),
        "{f:?}"
    );
    assert_eq!(one("its biggest one-day loss").change, Change::Exact);
    // currencies of wire copy
    assert_eq!(
        one("a 1,600 SDRs a tonne level").unit.as_deref(),
        Some("special drawing right per metric ton")
    );
    assert_eq!(
        one("a 2.20 billion Canadian dlr loss").unit.as_deref(),
        Some("Canadian dollar")
    );
    assert!(extract("the last sale on March Three").is_empty());
}

#[test]
fn a_rate_of_growth_goes_its_verbs_way() {
    for (text, change) in [
        (
            "The economy grew at an annual rate of 3.8% in the quarter.",
            Change::Up,
        ),
        ("Spending surged at a 4.7% rate.", Change::Up),
        ("GDP advanced at a 4.6 percent annual pace.", Change::Up),
        (
            "Prices fell at a seasonally adjusted annual rate of 2.1 pct.",
            Change::Down,
        ),
        (
            "The economy also slowed, growing at an annualised pace of 2.1%.",
            Change::Up,
        ),
        // a level, no change
        ("The rate stood at 3.9%.", Change::Exact),
        ("Unemployment held at an annual rate of 5%.", Change::Exact),
    ] {
        assert_eq!(one(text).change, change, "{text}");
    }
    // a bound still wins
    let f = extract("It will grow at an annual rate of less than one pct.");
    assert_eq!(f[0].change, Change::Less);
}

#[test]
fn a_baseline_after_the_measured_noun_named_again_shares_its_unit() {
    let f =
        extract("They put the crop at over 26 mln bags compared with a previous crop of 11.2 mln.");
    assert_eq!(f[1].unit.as_deref(), Some("bag"));
    assert_eq!(f[1].concept.as_deref(), Some("previous crop"));
    // (not an amount far apart in size: another kind of figure)
    let f = extract(
        "Results exclude gains of 564,000 or 11 cts for 1986 vs gains of 6,359,000 or 1.73 dlrs.",
    );
    let g = f
        .iter()
        .find(|f| f.value == Some(6_359_000.0))
        .expect("the baseline");
    assert_eq!(g.unit, None);
}

#[test]
fn a_level_with_its_change_after_its_own_phrase_goes_that_way() {
    let f = extract(
        "Power companies generated a net 49.92 billion kilowatt-hours of electrical energy in \
         the week ended May 30, up 6.8 pct from 46.74 billion a year earlier.",
    );
    assert_eq!(f[0].change, Change::Up);
    assert_eq!(f[2].unit.as_deref(), Some("kilowatt hour"));
    // (not past another clause's verb)
    let f = extract("Sales were 12 mln dlrs and exports were up 6.8 pct from 4.1 mln.");
    assert_eq!(f[0].change, Change::Exact);
}

#[test]
fn a_copulas_up_to_with_an_earlier_value_is_a_rise() {
    let f = one("Year-to-date revenue miles were up to 1.64 billion from 1.60 billion.");
    assert_eq!((f.from, f.value), (Some(1.6e9), Some(1.64e9)));
    assert_eq!(f.change, Change::Up);
    // (a bound's "up to" after "by" takes no earlier value)
    let f = extract("It cut the budget by up to two billion dlrs from the 30 billion level.");
    assert_eq!(f[0].from, None);
}

#[test]
fn a_count_with_its_change_after_a_comma_goes_that_way() {
    let f = extract(
        "Cotton stocks were reported at 34,661 bales, down 421 bales from the previous day's figure.",
    );
    assert_eq!((f[0].change, f[1].change), (Change::Down, Change::Down));
}

#[test]
fn about_after_a_noun_of_telling_names_its_subject() {
    let f = one("He leaked inside information about 12 companies to his associates.");
    assert_eq!(f.change, Change::Exact);
    assert_eq!(
        one("The report said about 12 companies failed.").change,
        Change::Approx
    );
}

#[test]
fn a_comparative_before_a_conjunction_ends_its_clause() {
    let f = extract("Centene ended 1.6 percent higher and Humana closed up 0.2 percent.");
    assert_eq!((f[0].change, f[1].change), (Change::Up, Change::Up));
    assert_eq!(
        one("Shares closed 2 pct higher on Monday.").change,
        Change::Up
    );
}

#[test]
fn a_measure_before_below_is_a_distance_not_a_bound() {
    let f = extract("The holes 375 ft below the 2,600 foot level assayed gold.");
    assert_eq!(f[1].change, Change::Exact);
    let f = extract("OPEC is producing up to one mln bpd above the 15.8 mln ceiling.");
    assert_eq!(f[1].change, Change::Exact);
    // (a bound with no figure before it)
    assert_eq!(
        one("The dollar fell below the 140 yen level.").change,
        Change::Less
    );
}

#[test]
fn a_parallel_change_written_bare_shares_the_first_ones_unit() {
    let f = extract(
        "Traffic increased 11 pct to 1.50 billion revenue passenger miles from 1.35 billion and \
         rose 7.8 pct in the two months to 3.31 billion from 3.07 billion.",
    );
    let last = f.last().expect("the second change");
    assert_eq!(last.from, Some(3.07e9));
    assert_eq!(last.unit.as_deref(), Some("revenue passenger mile"));
}

#[test]
fn an_amount_with_its_level_reaches_past_a_longer_object() {
    let f = extract(
        "On February 25 Citgo lowered its crude postings 50 cts to 1.50 dlrs per bbl, and cut \
         WTI one dlr to 16.00.",
    );
    assert!(f.iter().all(|f| f.change == Change::Down), "{f:?}");
    // the bare level a dollar's change reaches, at the rate named before
    assert_eq!(f[3].unit.as_deref(), Some("dollar per barrel"));
    // (not a cent's: the level is in dollars)
    assert_eq!(extract("Prices rose 50 cts to 1.50.")[1].unit, None);
    assert_eq!(
        extract("Citgo cut WTI one dlr to 16.00.")[1]
            .unit
            .as_deref(),
        Some("dollar")
    );
}

#[test]
fn a_value_noun_before_the_baseline_and_its_own_opening() {
    let f = extract(
        "April futures traded between 168 and 170 stg per tonne compared with PMB's average \
         price of 104 stg.",
    );
    assert_eq!(f[1].unit.as_deref(), Some("pound sterling per metric ton"));
    let f = extract(
        "The dollar was quoted at 1.8040 marks in quiet trading, up from its 1.7975/85 opening.",
    );
    assert_eq!(f[1].unit.as_deref(), Some("mark"));
    // (a baseline with its own noun keeps it: "against its 948,000 bpd quota")
    let f = extract("Kuwait was pumping 1.15 mln bpd in March against its 948,000 bpd quota.");
    assert_eq!(f[1].concept.as_deref(), Some("quota"));
}

#[test]
fn over_after_a_verb_that_governs_it_and_a_change_nouns_agent() {
    let f = one("On Tuesday, Mr. Weiner presided over two testy news briefings.");
    assert_eq!(f.change, Change::Exact);
    let f = one("The hasty retreat by 33 Senate Democrats was humiliating.");
    assert_eq!(f.change, Change::Exact);
    // (a verb's "by" is still its change)
    assert_eq!(one("Membership fell by 33 members.").change, Change::Down);
    assert_eq!(
        one("The market dropped by up to 1/2 point following the announcement.").change,
        Change::Down
    );
}

#[test]
fn a_change_restated_after_or_and_a_rates_second_level() {
    let f = extract("Divestitures would reduce revenues by about 65 mln dlrs or three pct.");
    assert_eq!((f[0].change, f[1].change), (Change::Down, Change::Down));
    // (a sum a share after a percentage is the level earned)
    let f = extract("For the nine months, Ethyl said net fell 2% or $1.40 a share.");
    assert_eq!(f.last().map(|f| f.change), Some(Change::Exact));
    let f = extract(
        "The economy will grow at a 2.1 percent clip this year and at 1.8 percent in the longer run.",
    );
    assert_eq!((f[0].change, f[1].change), (Change::Up, Change::Up));
    // (not a level of its own: "one iota" is an idiom)
    assert!(extract("There was not \"one iota\" of truth in the report.").is_empty());
}

#[test]
fn a_share_ahead_of_a_mark_is_a_rise() {
    let f = extract("Market value was 469.5 mln dlrs, 8.5 pct ahead of the previous record.");
    assert_eq!(f[1].change, Change::Up);
    // (not a time, nor points, nor "behind" in support)
    assert_eq!(
        one("The project is two years ahead of schedule.").change,
        Change::Exact
    );
    assert_eq!(
        one("Arsenal are 10 points ahead of Chelsea.").change,
        Change::Exact
    );
    assert_eq!(
        one("She is 100 percent behind the regime.").change,
        Change::Exact
    );
}

#[test]
fn an_earlier_value_right_after_the_level_reached() {
    let t = "Refinery runs were up 2.3 pct to an average 12.36 mln bpd from 12.09 mln a year ago.";
    let f = extract(t);
    assert_eq!(f[2].unit.as_deref(), Some("barrel per day"), "{f:?}");
    // not after a change's amount
    let f =
        extract("Options set a record of 235,916 contracts, up 92.4 pct from 122,616 a year ago.");
    assert_ne!(f[2].unit.as_deref(), Some("percent"), "{f:?}");
}

#[test]
fn a_relative_clauses_move_reaches_back_past_the_figures_clause() {
    let f = extract(
        "92 percent of Republicans are more conservative than the average Democrat, which is \
         up from 70 percent in 2004.",
    );
    assert_eq!((f[0].change, f[1].change), (Change::Up, Change::Exact));
    // (not when the values go the other way)
    let f = extract(
        "12 percent of Republicans are more conservative than the average Democrat, which is \
         up from 70 percent in 2004.",
    );
    assert_eq!(f[0].change, Change::Exact);
}

#[test]
fn earlier_values_listed_by_their_times_share_the_unit_and_concept() {
    let f = extract(
        "Cattle slaughter is guesstimated at about 128,000 to 130,000 head versus 129,000 week \
         ago and 119,000 a year ago.",
    );
    assert_eq!(f.len(), 3, "{f:?}");
    for g in &f {
        assert_eq!(
            (g.unit.as_deref(), g.concept.as_deref()),
            (Some("head"), Some("Cattle slaughter"))
        );
    }
}

#[test]
fn an_earlier_extreme_named_with_a_capitalised_adjective() {
    let f =
        one("It helped the dollar rally, to a high of 1.8200 marks from a European low of 1.7880.");
    assert_eq!(
        (f.value, f.from, f.change),
        (Some(1.82), Some(1.788), Change::Up)
    );
}

#[test]
fn up_on_a_markets_close_names_the_earlier_value() {
    let f = extract(
        "Platinum was fixed this morning at 565.75 dlrs, slightly up on last night's close of \
         564.50/565.50.",
    );
    assert_eq!(
        (f[0].value, f[0].change),
        (Some(565.75), Change::Up),
        "{f:?}"
    );
    assert_eq!(
        (f[1].low, f[1].unit.as_deref()),
        (Some(564.5), Some("dollar"))
    );
    let f = extract("Gold was fixed at 400 dlrs, down on the opening of 405 dlrs.");
    assert_eq!(f[0].change, Change::Down, "{f:?}");
    // (not a verb's particle: "cracking down on")
    let f = extract("It sent 2,000 troops, cracking down on 500 protesters.");
    assert_eq!(f[0].change, Change::Exact, "{f:?}");
}

#[test]
fn a_value_the_span_ago_it_held_and_a_later_one_are_one_change() {
    let f = extract("Prices improved from 1,150 dlrs a tonne six months ago to about 1,450 dlrs.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(
        (f[0].from, f[0].value, f[0].unit.as_deref(), f[0].change),
        (
            Some(1150.0),
            Some(1450.0),
            Some("dollar per metric ton"),
            Change::Up
        )
    );
    assert_eq!(f[1].unit.as_deref(), Some("month"));
    let f = one("Sales went from 5 mln dlrs a year ago to 7 mln dlrs now.");
    assert_eq!((f.from, f.value), (Some(5e6), Some(7e6)));
    // (not values of other sizes)
    assert_eq!(
        extract("It rose from 5 pct two years ago to 3 mln dlrs.").len(),
        3
    );
}

#[test]
fn a_minimum_or_maximum_level_bounds_its_figure() {
    let f = one("It set a minimum level of 25 pct for such provisions.");
    assert_eq!(f.change, Change::More);
    let f = one("It set a maximum level of 40 pct for such loans.");
    assert_eq!(f.change, Change::Less);
}

#[test]
fn a_share_off_after_the_plural_it_changes_is_a_fall_and_short_tonnes() {
    let f = extract("Revenues rose 24 pct, with same-store revenues off one pct.");
    assert_eq!(f[1].change, Change::Down, "{f:?}");
    let f = extract("It will double capacity to 424,000 short tonnes a year.");
    let last = f.last().map(|f| f.unit.as_deref());
    assert_eq!(last, Some(Some("short ton per year")), "{f:?}");
}

#[test]
fn a_baseline_past_a_span_of_time_and_a_change_listed_past_its_time_or_level() {
    let f = extract(
        "There have been 2,243 drone strikes in the first two years of the Trump presidency, \
         compared with 1,878 in Mr Obama's eight years in office.",
    );
    assert_eq!(f[2].value, Some(1878.0));
    assert_eq!(f[2].unit.as_deref(), Some("strike"));
    assert_eq!(f[2].concept.as_deref(), Some("drone strikes"));
    // (not a year: a baseline far from the amount's size keeps its own)
    let f = extract("Sales rose 3 pct in the first two years, compared with 1987.");
    assert!(f
        .iter()
        .all(|g| g.value != Some(1987.0) || g.unit.is_none()));
    let f = extract(
        "Revenue passenger miles rose 43.2 pct in March to 4,573,200 from 3,192,700 and 34.3 pct \
         year-to-date to 41.6 mln from 30.9 mln, the company said.",
    );
    assert_eq!((f[2].value, f[2].change), (Some(34.3), Change::Up));
    assert_eq!(f[2].concept.as_deref(), Some("Revenue passenger miles"));
    assert_eq!(f[3].concept.as_deref(), Some("Revenue passenger miles"));
    let f = extract("Miles rose 43.2 pct in March and 34.3 pct year-to-date.");
    assert_eq!(f[1].change, Change::Up);
    // a year may name the first amount's time; a comma lists amounts placed in turn
    let f = extract("The index fell 2 pct in the first half of 1986 and five pct in 1985.");
    assert_eq!(
        (f[1].value, f[1].change),
        (Some(5.0), Change::Down),
        "{f:#?}"
    );
    let f = extract("Sales rose 5 pct in January, 3 pct in February and 2 pct in March.");
    assert!(f.iter().all(|f| f.change == Change::Up), "{f:#?}");
    // (not an amount after the comma that stands on its own)
    let f = extract("Sales rose 5 pct in January, 3 pct of them abroad.");
    assert_eq!(f[1].change, Change::Exact, "{f:#?}");
}

#[test]
fn a_scaled_earlier_value_after_a_time_and_and_is_in_the_same_unit() {
    let f = extract(
        "Exports were 20.0 mln bushels, compared with 16.4 mln last week and 11.2 mln last year.",
    );
    assert_eq!(f.len(), 3, "{f:#?}");
    assert!(
        f.iter().all(|f| f.unit.as_deref() == Some("bushel")),
        "{f:#?}"
    );
}

#[test]
fn a_baseline_compares_with_the_level_past_its_time_and_restatement() {
    // past a duration naming the level's time: the duration is no level
    let f = extract("It reported 34 incidents in the first nine months, up from 30.");
    assert_eq!(f.len(), 3, "{f:#?}");
    assert_eq!(
        (f[0].value, f[0].change),
        (Some(34.0), Change::Up),
        "{f:#?}"
    );
    assert_eq!(
        (f[1].value, f[1].change),
        (Some(9.0), Change::Exact),
        "{f:#?}"
    );
    // past a restatement in brackets, which turns with it
    let f = extract(
        "It made profits of $3.65bn (£1.97bn) for the final three months of 2004 - up from \
         $2.89bn a year ago.",
    );
    assert_eq!(f.len(), 4, "{f:#?}");
    assert_eq!(f[0].change, Change::Up, "{f:#?}");
    assert_eq!(f[1].change, Change::Up, "{f:#?}");
    assert_eq!(f[2].change, Change::Exact, "{f:#?}");
    assert_eq!(f[3].change, Change::Exact, "{f:#?}");
    // (the values must still go the way the words say)
    let f = extract("Profits were $2.5bn (£1.3bn), up from $2.89bn a year ago.");
    assert!(f.iter().all(|f| f.change == Change::Exact), "{f:#?}");
}

#[test]
fn an_earlier_value_after_a_time_during_the_month() {
    let f = extract("Truck sales rose to 3,800 during the month from 2,526 last year");
    assert_eq!(
        (f[0].from, f[0].change),
        (Some(2526.0), Change::Up),
        "{f:#?}"
    );
    // (a time after the number is no modifier of a counted noun)
    let f = extract("Sales rose to 2,526 last year and export sales fell.");
    assert_eq!(f[0].unit, None, "{f:#?}");
}
