//! Amounts read through the words around them: "by about", "by more than", "by a further";
//! comparisons with "the" figure ("above the four dlrs a share offer"); copulas, limits and
//! levels reached ("the decline in sales was 7 pct", "cap gatherings at 50", "slipped to the
//! day's low of 2,355"); vote tallies, model numbers and names that are no amounts; a wire's
//! amount a share ("12 cts shr") and an earlier value behind a possessive ("from this year's
//! figure of 129 billion").

use super::{extract, one};
use crate::model::Change;

#[test]
fn change_amounts_through_about_and_a_record_and_bounds_before_the() {
    // "by" makes an approximate amount a change's
    let f = one("It improved its after-tax earnings by about 50 pct in the last year.");
    assert_eq!(f.change, Change::Up);
    // without "by" the amount stays approximate
    assert_eq!(
        one("Output may fall about eight pct.").change,
        Change::Approx
    );
    // "a record" between the verb and its counted amount; the level after "to" is in points
    let f = extract("The share index fell a record 504.75 points to 2,925.26 on Tuesday.");
    assert_eq!((f[0].change, f[1].change), (Change::Down, Change::Down));
    assert_eq!(f[1].unit.as_deref(), Some("point"));
    // a comparison with a figure after "the"
    let f = one("The stock has remained above the four dlrs a share Chrysler offer.");
    assert_eq!(f.change, Change::More);
    let f = one("The crop was less than the 16.5 mln tonnes forecast.");
    assert_eq!(f.change, Change::Less);
    // not the comparative of the figure before it, nor a span
    let f = extract("The area is 10.3 pct less than the 1.45 mln hectares planted last year.");
    assert_eq!(f[1].change, Change::Exact);
    assert_eq!(one("Prices rose over the 12 months.").change, Change::Exact);
}

#[test]
fn levels_reached_after_up_at_and_comparatives_before_for() {
    let f = extract("The load factor was up slightly at 55.5 pct compared with 55.4 pct.");
    assert_eq!((f[0].change, f[1].change), (Change::Up, Change::Exact));
    assert_eq!(one("Shares closed down at 5.40 dlrs.").change, Change::Down);
    // a particle's "down" is no change
    assert_eq!(one("They shut down at 20 plants.").change, Change::Exact);
    let f = one("Ukraine has agreed to pay 30% more for natural gas.");
    assert_eq!(f.change, Change::Up);
    // an adverb does not count toward the words between a verb and its amount
    assert_eq!(one("Sales jumped very sharply 20 pct.").change, Change::Up);
}

#[test]
fn lower_bounds_after_by_and_clock_times_and_closer_to() {
    let f = one("Strong sales helped Renault boost its profits by more than 40% in 2004.");
    assert_eq!(f.change, Change::Up);
    assert_eq!(
        one("Costs were cut by more than half.").change,
        Change::Down
    );
    assert!(extract("classes at 2 o’clock, 3 o'clock in the morning").is_empty());
    assert_eq!(
        one("detaining closer to 50,000 people").change,
        Change::Approx
    );
}

#[test]
fn modifiers_names_and_long_of_phrases_around_a_change() {
    // a change word inside a noun phrase modifies its noun; the verb is further back
    let f = one(
        "It is reducing the size of the merit raise pool to 3.5 pct of the total amount \
         available for salaries from 5.5 pct last year.",
    );
    assert_eq!(
        (f.from, f.value, f.change),
        (Some(5.5), Some(3.5), Change::Down)
    );
    // "by a year" after a change verb
    let f = one("Possible reserves would extend mine life by a year.");
    assert_eq!((f.value, f.change), (Some(1.0), Change::Up));
    assert!(extract("He was hit by a car.").is_empty());
    // a capitalised number word after "the" and a capitalised word names a group
    let f = one("It followed the killing of the Beautiful Nine, the nine people at the church.");
    assert_eq!(f.unit.as_deref(), Some("people"));
    // the top two of a group, counted
    let f = one("The top two vote-getters advance to the election.");
    assert_eq!(f.unit.as_deref(), Some("vote-getter"));
    // a quoted plural behind a modifier
    let f = one("It said 1,500 \"safety whistleblowers\" had lost their jobs.");
    assert_eq!(f.unit.as_deref(), Some("whistleblower"));
}

#[test]
fn bounds_past_an_additional_multiples_and_counts_along_a_list_of_verbs() {
    let f = one("It may acquire up to an additional three mln shares of the stock.");
    assert_eq!(f.change, Change::Less);
    assert_eq!(
        one("It will hire an additional 300 workers.").change,
        Change::Exact
    );
    let f = one("Without it we would pay 14 times as much as France.");
    assert_eq!((f.value, f.change), (Some(14.0), Change::Up));
    let f = extract("Storms killed two people, injured 20 and damaged crops.");
    assert_eq!(f[1].unit.as_deref(), Some("people"));
}

#[test]
fn a_total_after_a_change_verb_and_numbers_known_as_names() {
    let f = one("The system was acquired in 1986, adding a total of 9,600 customers.");
    assert_eq!((f.value, f.change), (Some(9600.0), Change::Up));
    assert!(extract("Waivers in the law, known as 1332 waivers, let states opt out.").is_empty());
}

#[test]
fn copulas_limits_at_shares_more_or_less_and_marks_around() {
    let f = one("The decline in sales was 7 pct.");
    assert_eq!(f.change, Change::Down);
    let f = one("Guidelines are to cap gatherings at 50 people.");
    assert_eq!(f.change, Change::Less);
    let f = one("The change would make the program 30 pct less expensive to operate.");
    assert_eq!(f.change, Change::Down);
    let f = one("Audience figures remain around the three million mark.");
    assert_eq!(f.change, Change::Approx);
    // "picked up" is a particle's "up"
    assert_eq!(
        one("The movie picked up four other accolades.").change,
        Change::Exact
    );
    // "a year ago" after a figure's own "more than" is its baseline, no figure
    assert_eq!(extract("Sales were 30 pct more than a year ago.").len(), 1);
}

#[test]
fn votes_models_and_vague_counts_of_a_scale_word() {
    // a vote's tally is no range, though a dealer's shorthand would read it so
    assert!(extract("The House voted 316-90 to approve the package.").is_empty());
    assert_eq!(one("The dollar was at 137.80-85 yen.").high, Some(137.85));
    assert!(extract("The 777-200LR is a variation of Boeing's twin-aisle 777 plane.").is_empty());
    let f = one("He sold several hundred machines.");
    assert_eq!(
        (f.low, f.high, f.change),
        (Some(300.0), Some(900.0), Change::Approx)
    );
    assert_eq!(f.unit.as_deref(), Some("machine"));
    let f = one("A few dozen members marched.");
    assert_eq!((f.value, f.change), (Some(36.0), Change::Approx));
}

#[test]
fn peaks_ranges_higher_money_gains_and_vote_tallies() {
    let f = one("It fell from a peak of over 67 percent in 2000 to 62.8 percent in August.");
    assert_eq!(
        (f.from, f.value, f.change),
        (Some(67.0), Some(62.8), Change::Down)
    );
    assert!(f.text.starts_with("from a peak"), "{}", f.text);
    let f = one("Other months were 3.70 to 7.30 dlrs higher.");
    assert_eq!((f.low, f.change), (Some(3.7), Change::Up));
    let f = one("Net includes gain of 20.5 mln dlrs on property sales.");
    assert_eq!(f.change, Change::Exact);
    let f = one("Futures closed with gains of 0.40 to 0.07 cent.");
    assert_eq!(f.change, Change::Up);
    let f = extract("The bill passed by 297 votes to 203, despite a rebellion by 34 MPs.");
    assert_eq!(f.len(), 1, "{f:#?}");
    let f = one("Turnout rose from 300 votes to 400.");
    assert_eq!((f.from, f.value), (Some(300.0), Some(400.0)));
    assert!(extract("It was used to rebuild Europe after World War Two.").is_empty());
    assert_eq!(
        one("It came just before the half-hour mark.").value,
        Some(0.5)
    );
}

#[test]
fn a_further_amount_military_hours_and_aus_dollars() {
    let f = one("Liabilities would rise by a further five billion Ecus this year.");
    assert_eq!((f.value, f.change), (Some(5e9), Change::Up));
    assert!(extract("It would bar sales after 1530 hrs, even if they offset.").is_empty());
    assert_eq!(one("It took 1530 hours to build.").value, Some(1530.0));
    let f = one("It will raise 100 mln Aus dlrs by placing notes.");
    assert_eq!(f.unit.as_deref(), Some("Australian dollar"));
}

#[test]
fn limits_past_only_money_lost_lows_reached_and_points_lower() {
    let f = extract("Space is limited to only 100 students.");
    assert_eq!(f[0].change, Change::Less);
    let f = extract("Delta, which lost $646m in the three months, cut jobs.");
    assert_eq!(f[0].change, Change::Exact);
    // a price's move stays a fall
    let f = extract("Futures fell $2.86 to $41.32 a barrel and have now lost $4 in five days.");
    assert_eq!(f[2].change, Change::Down);
    let f = one("The first ring slipped to the day's low of 2,355 in quiet trading.");
    assert_eq!(f.change, Change::Down);
    let f = one("Futures closed 30 to 52 points lower because of uncertainty.");
    assert_eq!((f.low, f.change), (Some(30.0), Change::Down));
}

#[test]
fn one_or_two_adjectives_after_by_and_names_opening_no_range() {
    let f = one("You go a bit crazy for one or two seconds.");
    assert_eq!((f.low, f.high), (Some(1.0), Some(2.0)));
    let f = one("Money supply rose by a seasonally adjusted 48.22 pct in the year.");
    assert_eq!(f.change, Change::Up);
    let f = extract("It raised the size of its TRUST 23 to 350 mln dlrs from the 228 mln dlrs.");
    let last = f.last().expect("a figure");
    assert_eq!((last.from, last.value), (Some(228e6), Some(350e6)));
}

#[test]
fn a_verb_its_object_and_a_change_to_a_level() {
    let f = extract("Its board increased the dividend 8.8 pct to 1.60 dlrs a share.");
    assert_eq!((f[0].change, f[1].change), (Change::Up, Change::Up));
    assert!(extract("Members of UFCWU Local 222 were informed.").is_empty());
    let f = one("Boxes are available from as little as 70 euros.");
    assert_eq!(f.change, Change::Less);
}

#[test]
fn a_record_loss_and_an_index_name() {
    let f = extract("First City, which lost a record 402 mln dlrs in 1986, had a loss.");
    assert_eq!(f[0].change, Change::Exact);
    assert!(extract("The Dow Jones, Standard and Poor's 500 and Nasdaq swung.").is_empty());
}

#[test]
fn only_after_by_a_record_after_to_and_times_out_of_ten() {
    assert_eq!(one("Imports rose by only six pct.").change, Change::Up);
    let f = one("Trade figures, which rose to a record 112.2 billion marks in 1986.");
    assert_eq!(f.change, Change::Up);
    assert_eq!(f.concept.as_deref(), Some("Trade"));
    let f = one("Nine times out of ten they will die.");
    assert_eq!(f.value, Some(0.9));
    let f = extract("They lost four out of their six games.");
    assert_eq!(f[0].unit.as_deref(), Some("game"));
    assert_eq!(
        one("It issued a 20-year zero coupon euronote.").value,
        Some(20.0)
    );
    assert_eq!(one("Zero emissions by 2050.").value, Some(0.0));
}

#[test]
fn a_clause_without_a_subject_and_a_level_of_sales() {
    let f = extract(
        "The deficit peaked at $1.4 trillion in 2009 — which spanned both terms — then dropped \
         to $1.3 trillion, and fell to $1.1 trillion last year.",
    );
    let concepts: Vec<_> = f.iter().map(|f| f.concept.as_deref()).collect();
    assert_eq!(concepts, [Some("deficit"); 3]);
    let f = extract("It expects operating margins to be lower, at 4% of sales.");
    assert_eq!(f[0].concept.as_deref(), Some("margins"));
    let f = extract("They donated over 10 percent of their income to charity.");
    assert_eq!(f[0].concept.as_deref(), Some("income"));
}

#[test]
fn growth_of_a_rate_money_describing_a_noun_and_within_the_next() {
    let f = one("The target is for growth of two pct in money supply.");
    assert_eq!(f.change, Change::Exact);
    let f = one("It expanded the program, adding a 1,200 dlr rebate on new models.");
    assert_eq!(f.change, Change::Exact);
    let f = one("The balance will be shipped within the next three months.");
    assert_eq!(f.change, Change::Less);
    // a year-like number after a bound no year takes is a count
    let f = one("Obama told a crowd of nearly 2000 on the fairgrounds.");
    assert_eq!((f.value, f.change), (Some(2000.0), Change::Approx));
    let f = one("People up to $24,000 a family are going to be able to deduct it.");
    assert_eq!(f.unit.as_deref(), Some("dollar per family"));
}

#[test]
fn half_of_a_whole_and_a_long_aside_before_the_verb() {
    let f = one("In recent days, more than half of the states have closed schools.");
    assert_eq!(f.concept.as_deref(), Some("states"));
    let f = one(
        "Industrial production, excluding construction and adjusted for the number of \
         working days, fell 1.5 pct in December.",
    );
    assert_eq!(f.concept.as_deref(), Some("Industrial production"));
}

#[test]
fn as_deep_as_higher_if_near_zero_and_thousands_as_a_subject() {
    let f = extract("Some are as deep as 40 meters (43 yards).");
    assert_eq!((f[0].change, f[1].change), (Change::More, Change::More));
    let f = one("Profits would have been 8% higher if currency movements were stripped out.");
    assert_eq!(f.change, Change::Up);
    assert_eq!(one("The rate will stay near zero.").change, Change::Approx);
    let f = one("Aides spent days deciding as thousands took to the streets.");
    assert_eq!((f.low, f.high), (Some(1e3), Some(1e4)));
}

#[test]
fn baselines_parallel_clauses_and_an_earlier_value_behind_an_adverb() {
    // "above a year ago" is the baseline, no bounded year
    assert_eq!(
        extract("Spending is running 50 to 60 pct above a year ago.").len(),
        1
    );
    let f = extract("The year-on-year rise was 19.64 pct, up from 35.83 billion.");
    assert_eq!(f[1].unit, None);
    let f = extract("This brought exports to 6.67 billion rand and imports to 4.15 billion.");
    assert_eq!(f[1].unit, f[0].unit);
    let f = one("It lowered its forecast to 3.5 pct from an originally forecast 3.9 pct.");
    assert_eq!(
        (f.from, f.value, f.change),
        (Some(3.9), Some(3.5), Change::Down)
    );
    let f = one("People from seven predominantly Muslim countries were barred.");
    assert_eq!(f.unit.as_deref(), Some("country"));
    // a concept cut short ends on its noun
    let f = extract(
        "They restored the lead four minutes before the end of a highly entertaining half.",
    );
    assert_eq!(f.last().and_then(|f| f.concept.as_deref()), Some("end"));
}

#[test]
fn wire_copy_shares_weeks_ago_gains_and_spaced_groups_after_a_range() {
    let f = extract("It reduces the time of a safety test from 30 minutes to 5 minutes.");
    assert_eq!((f[0].from, f[0].change), (Some(30.0), Change::Down));
    let f = one("Reid sought to wrap up the $625 billion defense measure.");
    assert_eq!(f.change, Change::Exact);
    let f = extract("The odds moved up only a point, to 61%.");
    assert_eq!((f[0].value, f[0].change), (Some(1.0), Change::Up));
    let f = extract(
        "It showed a 6.85 billion mark surplus and the trade account a 6.84 billion surplus.",
    );
    assert_eq!(f[1].unit.as_deref(), Some("mark"));
    let f = extract("Slaughter at 280,000 head versus 294,000 week ago.");
    assert_eq!(f[1].unit.as_deref(), Some("head"));
    let f = extract("It excludes extraordinary gains of 3,686,000 dlrs, or 17 cts per shr.");
    assert_eq!(
        (f[0].change, f[1].unit.as_deref()),
        (Change::Exact, Some("cent per share"))
    );
    assert!(extract("Note: 1986 shr and net after the writedown").is_empty());
    // (a hog grade, "us 1-3", is no figure)
    let f = extract("us 1-3 220-260 lbs 51.00-51.50");
    assert_eq!((f[0].low, f[0].high), (Some(220.0), Some(260.0)));
    let f = one("It cost 1 500 000-2 000 000 dollars.");
    assert_eq!((f.low, f.high), (Some(1.5e6), Some(2e6)));
    assert!(extract("before the NCAA Final Four basketball championships").is_empty());
    assert!(extract("members of the UK's Four-Kings gaming clan").is_empty());
}

#[test]
fn conversions_listed_in_brackets_a_capped_level_and_a_baseline_of_a_baseline() {
    let f = extract("It costs nearly 334,000 kroner (34,500 euros, $38,600), they said.");
    let changes: Vec<_> = f.iter().map(|f| f.change).collect();
    assert_eq!(changes, [Change::Approx; 3]);
    let f = one("Biden's plan would simply cap premiums at 8.5 percent of household income.");
    assert_eq!(
        (f.change, f.concept.as_deref()),
        (Change::Less, Some("cap premiums"))
    );
    let f = extract(
        "Reserves totalled 10.514 billion dlrs, up from 10.37 billion at end-September but \
         down from 11.9 billion at end-1985.",
    );
    assert_eq!((f[0].change, f[1].change), (Change::Up, Change::Exact));
    let f = one("It offered to build it at over 30 mln marks less than German yards.");
    assert_eq!(f.change, Change::Down);
    let f = one("He spoke about it a couple weeks ago.");
    assert_eq!((f.value, f.unit.as_deref()), (Some(2.0), Some("week")));
    assert!(extract("He is favourite to play 007.").is_empty());
}

#[test]
fn from_about_a_bit_no_older_than_and_a_clubs_last_games() {
    let f = extract(
        "Her margin has shrunk a bit, from about 12 percentage points to 8 percentage points.",
    );
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(
        (f[0].from, f[0].value, f[0].change),
        (Some(12.0), Some(8.0), Change::Down)
    );
    let f = one("The cave is no older than three million years.");
    assert_eq!(f.change, Change::Less);
    let f = extract("He has played in 13 of the club's last 14 games.");
    assert_eq!(f[0].unit.as_deref(), Some("game"));
}

#[test]
fn a_code_in_capitals_dollars_canadian_and_part_of_a_span() {
    assert_eq!(
        one("It costs 20 TRY.").unit.as_deref(),
        Some("Turkish lira")
    );
    assert!(extract("He scored one try and made another.")
        .iter()
        .all(|f| f.unit.as_deref() != Some("Turkish lira")));
    let f = one("It will receive a seven mln dlrs Canadian line of credit.");
    assert_eq!(f.unit.as_deref(), Some("Canadian dollar"));
    let f = extract("He was in bankruptcy for nine of the past 12 years.");
    assert_eq!(f[0].unit.as_deref(), Some("year"));
}

#[test]
fn a_journal_volume_a_gain_before_its_money_and_from_one_to() {
    assert!(extract("The Quarterly Journal of Economics 111, no. 4").is_empty());
    let f = one("1986 year net excludes gain 1,910,000 dlrs from sale of operations.");
    assert_eq!(f.change, Change::Exact);
    let f = one("They have stars from one to 15.");
    assert_eq!((f.low, f.high), (Some(1.0), Some(15.0)));
}

#[test]
fn a_verb_past_a_figure_describing_its_object_and_a_bound_before_the_next() {
    let f = extract("Global raised 2.5 pct fuel oil by 45 cts to 19.45 dlrs a barrel.");
    let changes: Vec<_> = f.iter().map(|f| f.change).collect();
    assert_eq!(changes, [Change::Exact, Change::Up, Change::Up]);
    let f = one("Losses will persist for at least the next two years.");
    assert_eq!(f.change, Change::More);
    assert_eq!(
        one("Over the next five years it will grow.").change,
        Change::Exact
    );
    let f = one("It broke up thousands of the families it promised to protect.");
    assert_eq!((f.low, f.unit.as_deref()), (Some(1e3), Some("family")));
}

#[test]
fn a_count_before_its_verb_a_bound_into_another_measure_and_a_list_after_by() {
    let f = one("At least one government informant met with him.");
    assert_eq!(f.unit.as_deref(), Some("informant"));
    let f = one("But only two of those surveys are from pollsters.");
    assert_eq!(f.unit.as_deref(), Some("survey"));
    let f = extract("It would produce over seven mln bags (630,000 tonnes) of maize.");
    assert_eq!(f[1].change, Change::More);
    assert_eq!(
        one("The stock was downgraded one notch.").change,
        Change::Down
    );
    let f = extract("Louisiana and California increased by seven and six, respectively.");
    assert_eq!((f[0].change, f[1].change), (Change::Up, Change::Up));
}

#[test]
fn a_restated_pair_whose_earlier_pair_drops_its_or() {
    let f = extract(
        "The jobless total fell to 3.23 mln, or 11.7 pct, from 3.30 mln, 11.9 pct, in January.",
    );
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!((f[0].from, f[1].from), (Some(3.3e6), Some(11.9)));
    assert_eq!((f[0].change, f[1].change), (Change::Down, Change::Down));
}

#[test]
fn a_level_after_a_lower_difference_a_stake_pair_and_just_over() {
    let f = extract("Blue Arrow shares were trading 9p lower at 670 this morning.");
    assert_eq!(
        (f[1].change, f[1].unit.as_deref()),
        (Change::Down, Some("penny"))
    );
    let f = extract(
        "It raised its stake to 681,800 shares, or 9.1 pct of the total, from 551,000, or 7.4 pct.",
    );
    assert_eq!((f[0].from, f[1].from), (Some(551_000.0), Some(7.4)));
    // the share's of-phrase running on to "from" without a comma
    let f = extract(
        "It raised its stake to 2,607,900 shares, or 40.0 pct of the total outstanding from \
         2,309,700 shares, or 35.4 pct.",
    );
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!((f[0].from, f[1].from), (Some(2_309_700.0), Some(35.4)));
    assert_eq!(one("He raised just over $200,000.").change, Change::More);
    assert_eq!(one("He raised just under $200,000.").change, Change::Less);
}

#[test]
fn down_slightly_from_and_a_year_like_number_hyphened_to_a_unit() {
    let f =
        extract("Output was 222,644 tonnes in 1986, down slightly from 226,157 tonnes in 1985.");
    assert_eq!((f[0].change, f[1].change), (Change::Down, Change::Exact));
    let f = one("It is a 2048-bit long number.");
    assert_eq!((f.value, f.unit.as_deref()), (Some(2048.0), Some("bit")));
    assert!(extract("the 2020-year plan").is_empty());
}

#[test]
fn off_after_a_copula_is_a_fall() {
    let f = extract("Car sales were off 25.1 pct to 738,262 from 986,211 a year before.");
    assert_eq!((f[0].change, f[1].change), (Change::Down, Change::Down));
    assert_eq!(one("Everything is 25% off today.").change, Change::Exact);
}

#[test]
fn a_comma_before_the_amounts_by() {
    let f = one("Australia's terms of trade also fell, by 18 pct, he said.");
    assert_eq!(f.change, Change::Down);
}

#[test]
fn more_votes_than_higher_at_and_ground_zero() {
    assert_eq!(
        one("Trump won 6 million more votes than any rival.").change,
        Change::Up
    );
    let f = extract("The share ended the day only 27 yen higher at 905 yen a share.");
    assert_eq!((f[0].change, f[1].change), (Change::Up, Change::Up));
    assert_eq!(
        extract("It would be built two blocks north of ground zero.").len(),
        1
    );
    // ("zero in on": a verb)
    assert!(extract("Other measures also zero in on the costs of travel.").is_empty());
}

#[test]
fn a_rate_after_a_short_of_phrase_and_prices_that_collapsed() {
    let f = one("It will buy up to 60 mln cubic feet of natural gas per day from Shell.");
    assert_eq!(f.unit.as_deref(), Some("cubic foot per day"));
    // "a year" after the of-phrase too, but not "a year ago"
    let f = one("It seeks to sell 70 billion kilowatt hours of firm power a year to the pool.");
    assert_eq!(f.unit.as_deref(), Some("kilowatt hour per year"));
    let f = one("It sold 5 mln tonnes of wheat a year ago.");
    assert_eq!(f.unit.as_deref(), Some("metric ton"));
    // a rate unit's base said again: "one mln bpd per day"
    let f = one("Egypt can produce up to one mln bpd per day.");
    assert_eq!(f.unit.as_deref(), Some("barrel per day"));
    let f = one("Prices collapsed from about 28 dlrs a barrel to below nine dlrs.");
    assert_eq!(
        (f.from, f.value, f.change),
        (Some(28.0), Some(9.0), Change::Down)
    );
}

#[test]
fn several_hundred_million_pounds_and_a_broadcasters_channel() {
    let f = one("We will need to spend several hundred million pounds.");
    assert_eq!(f.unit.as_deref(), Some("pound sterling"));
    assert!(extract("They will find it on BBC Two.").is_empty());
}

#[test]
fn explode_by_more_than_is_a_rise() {
    let f = one("The cuts will explode the national debt by more than $10 trillion.");
    assert_eq!(f.change, Change::Up);
}

#[test]
fn a_bare_scale_word_before_money_and_pounds_of_weight() {
    // "the million-dollar threshold": a scale word glued to money is that sum
    for (text, value) in [
        ("not to push the million-dollar threshold", 1e6),
        ("Billion-dollar companies paid", 1e9),
    ] {
        let f = one(text);
        assert_eq!(
            (f.value, f.unit.as_deref()),
            (Some(value), Some("dollar")),
            "{text}"
        );
    }
    assert!(extract("a multimillion-dollar contract").is_empty());
    assert!(extract("the million mark").is_empty());
    // a word of weight in the sentence keeps scaled pounds a weight
    let f = extract(
        "the weight of these shipments was up 20 pct to 52.7 mln pounds from 44.0 mln a year \
         earlier",
    );
    assert_eq!(f[1].unit.as_deref(), Some("pound"));
    assert_eq!(
        one("the budget deficit was 2.86 billion pounds")
            .unit
            .as_deref(),
        Some("pound sterling")
    );
    // a name's possessive among the modifiers of a count
    let f = one("it will buy 53 existing Hardee's restaurant properties");
    assert_eq!(f.unit.as_deref(), Some("property"));
}

#[test]
fn a_wire_amount_a_share_and_a_possessive_earlier_value() {
    let f = extract("yr-ago loss of 579,000 dlrs or 12 cts shr.");
    assert_eq!(f[1].unit.as_deref(), Some("cent per share"), "{f:#?}");
    assert_eq!(f[1].concept.as_deref(), Some("loss"));
    let f = extract(
        "He aims to reduce the deficit to 115 billion francs from this year's figure of 129 \
         billion and compared with a 141 billion deficit in 1985.",
    );
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!((f[0].from, f[0].change), (Some(1.29e11), Change::Down));
    assert_eq!(f[1].unit.as_deref(), Some("franc"));
    // ("would have totalled 24.15 billion": a level after "totalled" is in the money's unit)
    let f = extract(
        "Reserves were revalued to 27.04 billion dlrs, but would have totalled 24.15 billion.",
    );
    assert_eq!(f[1].unit.as_deref(), Some("dollar"), "{f:#?}");
}
