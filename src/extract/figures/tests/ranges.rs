//! Ranges and changes whose ends are written loosely: neighbouring numbers joined by "or" ("five or
//! six"), a bound or adverb before the second end ("from 53% to just 17%"), "ranged from … to …", a
//! lone "one" opening a range, word numbers sharing a scale ("between one and two million"), a
//! dealer's two-way price ("145.20/30 yen", "565.50/566.50", a deposit's "4.50/37 pct"), "to"
//! hyphened between the ends ("two-to-three weeks"); and units read from what follows the number
//! (irregular plurals, pounds of a commodity, decades written "30's"); a first end written as the
//! second's thousands ("100-150,000 metric tons"), whole thousands either side of a slash
//! ("28,000/29,000 tonnes").

use super::{extract, one};
use crate::model::Change;

#[test]
fn loosely_written_ends() {
    let f = one("There are at least five or six moving pieces here.");
    assert_eq!(
        (f.low, f.high, f.change),
        (Some(5.0), Some(6.0), Change::More)
    );
    assert_eq!(one("two or three million people").low, Some(2e6));
    // not neighbours: two figures, or a year and a year
    assert_eq!(extract("They asked for 5 or 50 copies.").len(), 2);
    assert!(extract("in 1985 or 1986").is_empty());

    let f = one("The share has plummeted from 53% to just 17% in 2011.");
    assert_eq!(
        (f.from, f.value, f.change),
        (Some(53.0), Some(17.0), Change::Down)
    );
    let f = one("Deductions ranged from $550,000 in 2008 to more than $3 million in 2007.");
    assert_eq!((f.low, f.high, f.from), (Some(550_000.0), Some(3e6), None));

    let f = one("Texaco suggested a bond of one to 1.5 billion dlrs.");
    assert_eq!((f.low, f.high), (Some(1e9), Some(1.5e9)));
    let f = one("between one and two million people");
    assert_eq!((f.low, f.high), (Some(1e6), Some(2e6)));
    // a stock quote is no range: "one" alone stays out
    assert_eq!(extract("Exxon one to 83-1/8.").len(), 1);
}

#[test]
fn units_read_from_what_follows() {
    assert_eq!(
        one("It would save 474 lives.").unit.as_deref(),
        Some("life")
    );
    assert_eq!(one("Abraham had two wives.").unit.as_deref(), Some("wife"));
    // millions of pounds are money, unless they weigh something or are written "lbs"
    assert_eq!(
        one("Britain gave 361 million pounds in aid.")
            .unit
            .as_deref(),
        Some("pound sterling")
    );
    assert_eq!(
        one("They bought 50 mln pounds of shrimp.").unit.as_deref(),
        Some("pound")
    );
    assert_eq!(
        one("Stocks were 34.5 mln lbs.").unit.as_deref(),
        Some("pound")
    );
    // a decade and a Bank of England band are no amounts
    assert!(extract("Germany during the 30's").is_empty());
    let figs = extract("It bought 16 mln stg of bills in band two at 9-13/16 pct.");
    assert_eq!(figs.len(), 2, "{figs:?}");
}

#[test]
fn signs_ages_list_markers_and_emergency_numbers() {
    // a plus sign glued to a figure is a rise; not in a sum or a name
    let f = one("Openings rose in the Northeast (+154,000).");
    assert_eq!(f.change, Change::Up);
    assert!(extract("P5+1 members met.")
        .iter()
        .all(|f| f.change != Change::Up));
    // an age bound after people
    assert_eq!(
        one("households with people over 60").unit.as_deref(),
        Some("year")
    );
    assert_eq!(one("children under five").unit.as_deref(), Some("year"));
    // list markers inside a sentence, 911 and 9-11 are no amounts
    for text in [
        "between 1) you must celebrate, and 2) God prevents me",
        "Mateen called 911 during the shooting.",
        "a woman making a false 911 report about a birdwatcher",
        "the request was made at 1100 local hours (1400 GMT), he said",
        "the 9-11 Commission Report",
        "The so-called HR 1 measure passed.",
    ] {
        assert!(extract(text).is_empty(), "{text}: {:?}", extract(text));
    }
    assert_eq!(extract("sales rose 5 pct (up 3) today").len(), 2);
    // "one to four inches", and a range's counted noun is its concept (with its verb)
    let f = one("Good rains of one to four inches fell.");
    assert_eq!((f.low, f.high), (Some(1.0), Some(4.0)));
    assert_eq!(
        one("5 to 10 people died").concept.as_deref(),
        Some("people died")
    );
    // bare shillings are Kenya's
    let f = one("Revenue would provide 48.84 billion shillings.");
    assert_eq!(f.currency.as_deref(), Some("KES"));
}

#[test]
fn number_words_baselines_past_of_phrases_and_split_ratios() {
    // number words add up as tens and units, or after a hundred
    let f = extract("three views in one eight-hour stretch");
    assert_eq!(f.last().map(|f| f.value), Some(Some(8.0)), "{f:?}");
    assert_eq!(one("twenty-one people").value, Some(21.0));
    assert_eq!(one("one hundred five cars").value, Some(105.0));
    // adjectives in -ly modify a counted noun
    assert_eq!(
        one("a poll of 1,241 likely voters").unit.as_deref(),
        Some("voter")
    );
    // "up from" past the figure's of-phrase
    let figs = extract("Five banks account for 45% of banking assets, up from 25% in 2000.");
    let share = figs
        .iter()
        .find(|f| f.value == Some(45.0))
        .map(|f| f.change);
    assert_eq!(share, Some(Change::Up));
    // a spaced split ratio is no amount
    assert!(extract("Shareholders approved a one for 25 reverse stock split.").is_empty());
}

#[test]
fn parallel_changes_levels_at_and_shares_of_a_group() {
    // a from/to pair parallel to a change is a change, with no verb of its own
    let figs = extract(
        "Support dropped from 57 percent to 47 percent, and CNN from 52 percent to 43 percent.",
    );
    assert!(figs.iter().all(|f| f.change == Change::Down), "{figs:?}");
    // the level a change reached, written with "at"
    let figs = extract("Shares were up 19.6% at $17.04 in trading.");
    assert_eq!(figs[1].change, Change::Up);
    // "half of" a group is a share; half of a period or a part named by an adjective is not
    assert_eq!(one("In the poll, half of whites said so.").value, Some(0.5));
    for text in [
        "in the second half of the year",
        "the poorest half of households",
        "during the last half of fiscal 1987",
    ] {
        assert!(extract(text).iter().all(|f| f.value != Some(0.5)), "{text}");
    }
    // ages listed with commas; a list ending in another unit keeps its middle bare
    let figs = extract("the trio, ages 15, 16 and 17, at Frankfurt");
    assert!(
        figs.iter().all(|f| f.unit.as_deref() == Some("year")),
        "{figs:?}"
    );
    assert_eq!(one("a 267-klm pipeline").unit.as_deref(), Some("kilometre"));
}

#[test]
fn capital_m_seeds_plans_and_ranges_before_change_nouns() {
    let f = one("1.3M+ loans have been approved.");
    assert_eq!((f.value, f.change), (Some(1.3e6), Change::More));
    // a seed in brackets after a name and a 401(k) plan are no amounts
    assert!(extract("England (2), Samoa (7), France.").is_empty());
    assert!(extract("an existing 401(k) plan").is_empty());
    // and so are a code's sections, bracketed or glued to the letter
    assert!(extract("rules for 501(c)(4) groups and (c)4 groups").is_empty());
    assert_eq!(one("a (c) 4 groups").value, Some(4.0));
    // a range before a change noun changes too
    assert_eq!(one("the dollar's 35-40 pct decline").change, Change::Down);
}

#[test]
fn hyphenated_halves_gains_either_way_round_and_bracketed_conversions() {
    let f = one("reaching conclusions at least two-and-a-half months ago");
    assert_eq!(
        (f.value, f.unit.as_deref(), f.change),
        (Some(2.5), Some("month"), Change::More)
    );
    let f = one("Live cattle futures ran up for gains of 0.40 to 0.07 cent.");
    assert_eq!((f.low, f.high), (Some(0.07), Some(0.4)));
    // the change restated as an amount and the level it reached: two figures
    let f = extract("sent shares up more than 6%, or 16.75 pence to 293.5p");
    assert_eq!(f.len(), 3, "{f:?}");
    // a conversion in brackets shares the bound
    let f = extract("India could spend up to $35bn (£18.8bn) in the aviation market");
    assert_eq!((f[0].change, f[1].change), (Change::Less, Change::Less));
}

#[test]
fn a_dealer_s_shorthand_second_end_keeps_the_first_s_leading_digits() {
    let f = one("buying dollars around 137.80-85 yen, dealers said.");
    assert_eq!((f.low, f.high), (Some(137.8), Some(137.85)));
    let f = one("Prices ranged 1,950-75 dlrs.");
    assert_eq!((f.low, f.high), (Some(1950.0), Some(1975.0)));
    // a score stays no range
    assert!(extract("They won 10-5.").is_empty());
}

#[test]
fn a_change_from_a_level_to_a_named_level_of_a_value() {
    let f = one(
        "We've called for the state pension to be increased from £79.60 to the pensioner credit guarantee level of £105.45.",
    );
    assert_eq!(
        (f.from, f.value, f.change),
        (Some(79.6), Some(105.45), Change::Up)
    );
}

#[test]
fn ranges_of_scale_words_joined_by_a_dash() {
    let f = one("There are a further 1.5 million-2 million people on schemes.");
    assert_eq!((f.low, f.high), (Some(1.5e6), Some(2e6)));
    assert_eq!(f.unit.as_deref(), Some("people"));
    let f = one("There are a further 1.5m-2m people on schemes.");
    assert_eq!((f.low, f.high), (Some(1.5e6), Some(2e6)));
    // a race's distances stay metres
    let f = one("He ran the 400m-800m races.");
    assert_eq!(f.unit.as_deref(), Some("metre"));
    // a singular currency name as a modifier
    let f = one("It is issuing a 300 mln Danish crown eurobond.");
    assert_eq!(f.unit.as_deref(), Some("Danish krone"));
}

#[test]
fn a_described_earlier_value_and_a_bound_on_the_level_reached() {
    // "from the current 35 percent to as low as 15 percent"
    for text in [
        "He planned to reduce corporate tax rates from the current 35 percent to as low as 15 \
         percent.",
        "Rates fell from a record 35 percent to 15 percent.",
    ] {
        let f = one(text);
        assert_eq!(
            (f.from, f.value, f.change),
            (Some(35.0), Some(15.0), Change::Down),
            "{text}"
        );
    }
}

#[test]
fn one_or_more_neighbours_after_from_and_a_comparison_with_another_year() {
    let f = one("If one or more of the governors place in the top three, they stay.");
    assert_eq!((f.value, f.change), (Some(1.0), Change::More));
    let f = one("they may seek to acquire one or more positions on the board");
    assert_eq!(f.unit.as_deref(), Some("position"));
    // "up from around 63 or 64 cts": neighbouring numbers are the earlier value
    let f = extract("prices at 70 cts a pound, up from around 63 or 64 cts");
    assert_eq!(f[0].change, Change::Up);
    assert_eq!((f[1].low, f[1].high), (Some(63.0), Some(64.0)));
    // "higher than 1.47 in 1980": another year's value, no bound
    let f = extract("It now averages 1.50, down from 1.70 in 1982, but higher than 1.47 in 1980.");
    assert_eq!(f[2].change, Change::Exact);
    assert_eq!(
        one("Prices higher than 5 dlrs were seen.").change,
        Change::More
    );
}

#[test]
fn a_pair_running_down_is_a_change_and_up_to_after_a_verb_of_change() {
    let f = one("the rate dipped in September from 8.1 percent to 7.8 percent");
    assert_eq!(
        (f.from, f.value, f.change),
        (Some(8.1), Some(7.8), Change::Down)
    );
    // (a pair running up with no verb stays a range)
    let f = one("Temperatures ranged from 7 to 10 degrees.");
    assert_eq!((f.low, f.high), (Some(7.0), Some(10.0)));
    let f = one("It shows Bloomberg spiking up to 19 percent from just 4 percent in December.");
    assert_eq!(
        (f.from, f.value, f.change),
        (Some(4.0), Some(19.0), Change::Up)
    );
    // (the bound "up to" keeps its earlier value apart)
    let f = extract("They cut by up to two billion dlrs from the 30 billion level.");
    assert_eq!(f[0].from, None);
}

#[test]
fn an_earlier_value_after_a_possessive_and_its_word() {
    let f = one("It will reduce its budget to 49 billion ringgit from its original 74 billion.");
    assert_eq!(
        (f.from, f.value, f.change),
        (Some(74e9), Some(49e9), Change::Down)
    );
    let f =
        one("it revised its forecast to around 500 mln stg from its initial estimate of 350 mln");
    assert_eq!(f.from, Some(350e6));
}

#[test]
fn between_a_noun_s_of_and_a_year_and_half() {
    let f = one("The reserves are contained between a vertical depth of 750 and 1200 feet.");
    assert_eq!(
        (f.low, f.high, f.unit.as_deref()),
        (Some(750.0), Some(1200.0), Some("foot"))
    );
    let f = one("The investigation has gone on for more than a year and half.");
    assert_eq!((f.value, f.change), (Some(1.5), Change::More));
    let f = extract("to earmark a sum of 7.5 billion CFA francs (24.71 mln dlrs)");
    assert_eq!(f[0].unit.as_deref(), Some("CFA franc"));
}

#[test]
fn a_share_in_words_restated_between_dashes_is_no_range() {
    let f = extract("Nearly two thirds - 65% - of the 1,000 people interviewed said yes.");
    let values: Vec<_> = f.iter().map(|f| (f.value, f.low)).collect();
    assert_eq!(
        values,
        vec![
            (Some(2.0 / 3.0), None),
            (Some(65.0), None),
            (Some(1000.0), None)
        ]
    );
    // (digits between spaced dashes still make one)
    assert_eq!(extract("0.5 - 0.8 pct")[0].low, Some(0.5));
}

#[test]
fn fractions_with_an_ordinal_denominator() {
    let f = one("It took out 1/280th of our entire fleet.");
    assert!((f.value.unwrap_or(0.0) - 1.0 / 280.0).abs() < 1e-12);
    // (two fractions between "between" and "and" are a range, whichever end is larger)
    let f = one("He has between 1/64th and 1/1,024th of Native blood.");
    assert_eq!((f.low, f.high), (Some(1.0 / 1024.0), Some(1.0 / 64.0)));
}

#[test]
fn a_dealers_two_way_price_is_a_range() {
    let f = one("The dollar traded at 145.20/30 yen when trading began.");
    assert_eq!(
        (f.low, f.high, f.unit.as_deref()),
        (Some(145.2), Some(145.3), Some("yen"))
    );
    // the offer replaces the bid's last digits
    let f = one("sterling was quoted at 1.5798/808 dlrs");
    assert_eq!((f.low, f.high), (Some(1.5798), Some(1.5808)));
    // (a date, a fraction, a longer tail or an offer below the bid: no quote)
    assert!(extract("on 1.20/30/87 it").is_empty());
    assert_eq!(one("prices fell 1/4 point").value, Some(0.25));
    for text in ["a ratio of 1.5/300 here", "a ratio of 1.50/20 here"] {
        assert!(extract(text).iter().all(|f| f.low.is_none()), "{text}");
    }
}

#[test]
fn a_range_hyphened_with_to_and_a_fiscal_years_change() {
    let f = one("it takes two-to-three weeks to heal");
    assert_eq!(
        (f.low, f.high, f.unit.as_deref()),
        (Some(2.0), Some(3.0), Some("week"))
    );
    // (not a ratio, a vote or a split)
    assert_eq!(
        one("maintain a 2.2-to-1 debt to equity ratio").value,
        Some(2.2)
    );
    assert_eq!(extract("The 52-to-48 vote was a victory").len(), 1);
    assert!(extract("reflect a five-to-three stock split.").is_empty());
    let f = one("funding did slip, from $11.5 million in fiscal 2011 to $10.1 million");
    assert_eq!((f.from, f.value), (Some(11.5e6), Some(10.1e6)));
    // an age range before "age"
    let f = one("were in the coveted 18-to-34 age range.");
    assert_eq!(f.unit.as_deref(), Some("year"));
}

#[test]
fn a_two_way_price_in_full_or_offered_first() {
    let f = extract(
        "Platinum ended the day at 565.50/566.50 dlrs an ounce little changed from the \
         afternoon fix of 566.35 or the morning setting of 565.75, dealers said.",
    );
    assert_eq!(f.len(), 3, "{f:#?}");
    assert_eq!((f[0].low, f[0].high), (Some(565.5), Some(566.5)));
    // (the same measure at another time, named, is in its unit)
    assert_eq!(f[1].unit.as_deref(), Some("dollar per ounce"));
    assert_eq!(f[2].unit.as_deref(), Some("dollar per ounce"));
    // a deposit rate is quoted offer first
    let f = one("the 4.50/37 pct yield on certificates of deposit");
    assert_eq!((f.low, f.high), (Some(4.37), Some(4.5)));
    // (not two numbers far apart, nor a date)
    assert!(extract("a 2.5/3.5 ratio").iter().all(|f| f.low.is_none()));
    assert!(extract("dated 1.20/30/87").iter().all(|f| f.low.is_none()));
}

#[test]
fn a_first_end_written_as_the_seconds_thousands() {
    let f = one("It would measure between 100-150,000 metric tons.");
    assert_eq!((f.low, f.high), (Some(100_000.0), Some(150_000.0)));
    let f = one("Nigeria produced 75-100,000 bpd below its quota.");
    assert_eq!((f.low, f.high), (Some(75_000.0), Some(100_000.0)));
    // a first end far below the second's thousands is its own number
    let f = one("Rate it 1-10,000.");
    assert_eq!((f.low, f.high), (Some(1.0), Some(10_000.0)));
}

#[test]
fn whole_thousands_either_side_of_a_slash() {
    let f = one("Producers forecast a deficit of some 28,000/29,000 tonnes.");
    assert_eq!(
        (f.low, f.high, f.unit.as_deref()),
        (Some(28_000.0), Some(29_000.0), Some("metric ton"))
    );
    // a quote, a crop year and ends far apart are no range
    assert!(extract("Prices were 805/807.").is_empty());
    assert!(extract("Sales were 1,000/2,500 units.")
        .iter()
        .all(|f| f.low.is_none()));
    // (ends less than twice apart before their unit are: a charter's cargo)
    let f = one("It loaded 20,000/35,000 mt of wheat.");
    assert_eq!((f.low, f.high), (Some(20_000.0), Some(35_000.0)));
}

#[test]
fn anywhere_from_opens_a_range() {
    let f = one("Masks reduce oxygen intake by anywhere from 5 to 20 percent.");
    assert_eq!((f.low, f.high, f.from), (Some(5.0), Some(20.0), None));
}

#[test]
fn a_ranges_ends_around_a_conversion_are_one_range() {
    let f = extract("New EU rules set compensation at between 250 euros (£173) and 600 euros.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!((f[0].low, f[0].high), (Some(250.0), Some(600.0)));
    assert_eq!(f[1].unit.as_deref(), Some("pound sterling"));
    let f = extract("The costs range from $2.5m (£1.33m) to $4m (£2.13m) of local money.");
    assert_eq!((f[0].low, f[0].high), (Some(2.5e6), Some(4e6)), "{f:?}");
    // (not a change's "from")
    let f = extract("Sales rose from $2.5m (£1.33m) to $4m.");
    assert!(f.iter().all(|f| f.low.is_none()), "{f:?}");
}

#[test]
fn one_or_two_opens_a_range_past_modifiers_and_more() {
    for (text, unit) in [
        (
            "These may be too focused on one or two product lines.",
            "line",
        ),
        (
            "It may take at least one or two more years to reach that.",
            "year",
        ),
    ] {
        let f = extract(text);
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        assert_eq!(
            (f[0].low, f[0].high, f[0].unit.as_deref()),
            (Some(1.0), Some(2.0), Some(unit)),
            "{text}"
        );
    }
}

#[test]
fn a_change_from_one_period_to_the_next() {
    // a period's phrase between the ends keeps them one change
    for (text, from, to, change) in [
        (
            "positive coverage grew from 33% during the first four weeks of October to 51%",
            33.0,
            51.0,
            Change::Up,
        ),
        (
            "support dropped from 24 percent in July to 15 percent.",
            24.0,
            15.0,
            Change::Down,
        ),
        (
            "sales rose from 5% in the first quarter of 2003 to 8%.",
            5.0,
            8.0,
            Change::Up,
        ),
        (
            "sales rose from 5% during the same period to 8%.",
            5.0,
            8.0,
            Change::Up,
        ),
        (
            "from 1,641 incidents in the 2016-17 school year to more than 2,500 a year later",
            1641.0,
            2500.0,
            Change::Up,
        ),
    ] {
        let f = one(text);
        assert_eq!(
            (f.from, f.value, f.change),
            (Some(from), Some(to), change),
            "{text}"
        );
    }
    // (not words that name no period, nor a phrase without its "to")
    assert_eq!(
        extract("rose from 5% in the region to 8% in June.").len(),
        2
    );
    assert_eq!(
        extract("rose from 5% in the first quarter, and 8% in June.").len(),
        2
    );
}
