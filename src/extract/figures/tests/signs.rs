//! Signs, powers and ids: a minus that makes a number negative, one that raises a unit to a
//! power, and letters glued between digits that make an identifier; decimals written without
//! their zero, clock times and names that look like counts; a plus glued to the next number as
//! its sign ("80.62 +1.16"), and a bare market move ending its clause ("0.30 lower."); years of an
//! era ("900 B.C."), and a move past a bound ("went above 18 dlrs").

use super::{extract, one};
use crate::model::Change;

#[test]
fn temperatures_below_zero_with_a_glued_letter() {
    for (text, value) in [
        ("Now its -10C", -10.0),
        ("temperatures of −3C overnight", -3.0),
        ("It will feel like minus 10C", -10.0),
    ] {
        let f = one(text);
        assert_eq!(f.value, Some(value), "{text}");
        assert_eq!(f.unit.as_deref(), Some("degree Celsius"), "{text}");
    }
    // without a sign or a word of weather a glued capital is no temperature
    assert!(extract("Apartment 12C was empty.").is_empty());
}

#[test]
fn a_sign_after_a_bracket_or_comparison() {
    let values: Vec<_> = extract("Services -7.1 (-8.7) and more")
        .iter()
        .map(|f| f.value)
        .collect();
    assert_eq!(values, [Some(-7.1), Some(-8.7)]);
    let f = one("Is it still the case when <-30");
    assert_eq!((f.value, f.change), (Some(-30.0), Change::Less));
    assert_eq!(one("the score =-5").value, Some(-5.0));
    // a hyphen after a word or a closing quote is none: "F-16", "\"GTI\"-83 days"
    assert!(extract("an F-16 jet").is_empty());
    assert_eq!(one("regular \"GTI\"-83 days").value, Some(83.0));
}

#[test]
fn a_unit_raised_to_a_power_is_no_second_figure() {
    let values: Vec<_> = extract("Tevatron took about 4 years to reach 1 fb−1 in 2005")
        .iter()
        .map(|f| f.value)
        .collect();
    assert_eq!(values, [Some(4.0), Some(1.0)]);
}

#[test]
fn letters_glued_between_digits_make_an_id() {
    assert!(extract("part 24703L202 ships").is_empty());
    assert!(extract("the 9M729 missile").is_empty());
    let f = one("a plot of 24703m2");
    assert_eq!(f.unit.as_deref(), Some("square metre"));
}

#[test]
fn a_decimal_without_its_leading_zero() {
    assert_eq!(one("2016 House election: +.3 Shea-Porter").value, Some(0.3));
    let f = one("It rose .5 percent.");
    assert_eq!((f.value, f.unit.as_deref()), (Some(0.5), Some("percent")));
    assert_eq!(one("costs $.50 each").value, Some(0.5));
    // an ellipsis or a full stop glued to a word is no decimal point
    assert_eq!(one("wait... 3 more").value, Some(3.0));
    assert_eq!(one("6 . 2 %").value, Some(6.2));
}

#[test]
fn clock_times_names_and_microns() {
    assert!(extract("trading began at 0300 pdt").is_empty());
    assert!(extract("Question 1 on the ballot").is_empty());
    let f = one("Intel's 1.5-micron process");
    assert_eq!(
        (f.value, f.unit.as_deref()),
        (Some(1.5), Some("micrometre"))
    );
}

#[test]
fn gallery_position_lines_and_grade_ranges_count_nothing() {
    assert!(extract("Hide Caption 7 of 9 Photos: Frank Lautenberg's career").is_empty());
    assert!(extract("a poll of K-12 teachers").is_empty());
    // a count "of" a count is still a figure
    assert_eq!(extract("7 of 9 people agreed").len(), 2);
}

#[test]
fn list_markers_and_poll_comparisons() {
    // a number closing a bracket it did not open, at the start of a line or sentence
    let f = extract("March 11, 2016  9) Or this poster");
    assert!(f.iter().all(|f| f.value != Some(9.0)), "{f:?}");
    assert!(extract("to be successful.  2) A large population.").is_empty());
    // but not inside a list of its own bracket: "(Michigan: 59; Hawaii: 19)"
    let values: Vec<_> = extract("150 delegates (Michigan: 59; Idaho: 32; Hawaii: 19) so far")
        .iter()
        .map(|f| f.value)
        .collect();
    assert!(values.contains(&Some(19.0)), "{values:?}");
    // "47 percent to 43 percent" compares two shares; a range runs upward
    let f = extract("He leads by 4 points, 47 percent to 43 percent, in the poll");
    let values: Vec<_> = f.iter().map(|f| (f.value, f.unit.as_deref())).collect();
    assert_eq!(
        values,
        [
            (Some(4.0), Some("point")),
            (Some(47.0), Some("percent")),
            (Some(43.0), Some("percent"))
        ]
    );
    let f = extract("who went 66 to 32 percent for Obama");
    assert_eq!(f[0].unit.as_deref(), Some("percent"));
}

#[test]
fn hyphenated_figures_take_no_change_and_index_names_no_figure() {
    // a figure hyphenated to its unit describes a noun: "climb an 18-ft fence"
    assert_eq!(one("climb an 18-ft bollard fence").change, Change::Exact);
    assert_eq!(one("The dollar fell to 40-year lows").change, Change::Exact);
    // ... but a fraction or mixed number is still a change ("cut by one-third", "rose 4-1/2")
    assert_eq!(one("cut the lead by one-third").change, Change::Down);
    assert_eq!(one("the share price rose 4-1/2 dlrs").change, Change::Up);
    // "Nikkei 225", "S&P 500" are names of indexes
    let f = extract("Japan's Nikkei 225 index declined 0.6% and the S&P 500 fell 3%");
    let values: Vec<_> = f.iter().map(|f| f.value).collect();
    assert_eq!(values, [Some(0.6), Some(3.0)]);
}

#[test]
fn mobile_generations_and_hyphenated_names() {
    assert!(extract("the heart of the 3G revolution").is_empty());
    assert!(extract("new 5G mobile networks").is_empty());
    assert_eq!(one("add 5 g of salt").unit.as_deref(), Some("gram"));
    assert!(extract("a contract with Four-Kings Intel which is").is_empty());
}

#[test]
fn shares_running_down_with_a_dash_are_two_figures() {
    let f = extract("the president leads 50%-43% in Ohio");
    let values: Vec<_> = f.iter().map(|f| f.value).collect();
    assert_eq!(values, [Some(50.0), Some(43.0)]);
    // a range still runs upward
    let f = one("a 10%-20% rise");
    assert_eq!((f.low, f.high), (Some(10.0), Some(20.0)));
}

#[test]
fn named_groups_and_clock_times_in_hours() {
    for text in [
        "He left the Group of Seven summit early.",
        "the so-called Gang of Eight passed that chamber",
        "Trading is expected to begin at 0930 hrs EST tomorrow.",
    ] {
        assert!(extract(text).is_empty(), "{text}: {:?}", extract(text));
    }
    // a title-case headline keeps its figure; so do hours that are a duration
    assert_eq!(one("Sales Of Four Units Rose").value, Some(4.0));
    assert_eq!(
        one("It took 1600 hours to build.").unit.as_deref(),
        Some("hour")
    );
}

#[test]
fn a_plus_glued_to_the_next_number_is_its_sign_and_a_bare_market_move() {
    let f = extract("80.62 +1.16 +1.45% AAL AMERICAN AIRLINES GROUP INC.");
    assert_eq!(
        f.iter().map(|g| (g.value, g.change)).collect::<Vec<_>>(),
        [
            (Some(80.62), Change::Exact),
            (Some(1.16), Change::Up),
            (Some(1.45), Change::Up)
        ]
    );
    assert_eq!(one("It has 5000+ members.").change, Change::More);
    assert_eq!(
        one("Oats ranged unchanged to 0.30 lower.").change,
        Change::Down
    );
}

#[test]
fn years_of_an_era_and_a_move_past_a_bound() {
    for text in [
        "The kingdom began around 900 B.C. and was destroyed in 612 B.C.",
        "It was built in AD 79.",
        "Founded 300 BC, it fell.",
    ] {
        assert!(extract(text).is_empty(), "{text}");
    }
    assert_eq!(one("It sold 5 AD units.").value, Some(5.0));
    assert_eq!(
        one("if prices went above 18 dlrs a barrel").change,
        Change::Up
    );
    assert_eq!(one("prices above 18 dlrs").change, Change::More);
}
