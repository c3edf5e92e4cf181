//! Trade measures of the wire: hundredweights, board feet, airline traffic, aircraft counted as
//! written, and bounds written "a maximum"; a time run over a distance ("6.61 seconds over 60m")
//! and an age set to a value ("the voting age to 16"); a market's mixed moves ("0.10 cent lower to
//! 0.20 higher"), a price table's "OFF", kilolitres, money's worth of a thing a year, the bare
//! amount of a noun of trade ("on a turnover of 18.01 billion"), and ages ("workers 55 and older",
//! "then-seven-year-old"); a rate after a bracketed conversion ("50 billion yen ($450 million) a
//! year"), after "cash" ("52 dlrs cash per share"); a cap after a unit ("five minutes tops", "15.0
//! pct maximum"); wire plurals ("1.371 mln sdr's"); deposit quotes after a comma ("6-1/2, 3/8 pct
//! from 6-1/4"); money paid ahead ("a £100,000 advance for"); a table header in capitals ("MATURITY
//! 30-273 days") and "an uptick to 8.2 percent"; a rate's bound after it ("10 barrels a day or
//! less") and "a one-shot" idiom; a plain ton after a short or long one ("per ton"); dinars, and a rate
//! after a bracketed conversion ("200 dinars ($2.77) per canister"); a fraction of a point's unit
//! ("7/8 of a percentage point") and a grade after "good"; the wire's Latin American currencies
//! of the 1980s, euro cents, and things counted per a time's adverb ("271 flights daily"); a rate
//! after a list ("2.4 grammes of gold, … per tonne"), wire tonnes ("10,000 mt") and kwacha; "in
//! the half-hour since"; "$55 a night" and "one night" as some night.

use super::{extract, one};
use crate::model::Change;

#[test]
fn hundredweights_of_livestock_markets() {
    let f = one("Top seen at 51.00 dlrs per cwt.");
    assert_eq!(f.unit.as_deref(), Some("dollar per hundredweight"));
}

#[test]
fn lumber_in_board_feet() {
    let f = one("Lumber futures fell for losses of as much as 3.50 dlrs per tbf.");
    assert_eq!(f.unit.as_deref(), Some("dollar per thousand board feet"));
    let f = one("It sold 5 mln board feet of lumber.");
    assert_eq!(f.unit.as_deref(), Some("board foot"));
}

#[test]
fn aircraft_are_counted_and_a_maximum_bounds() {
    let f = one("It took delivery of the first of 12 A310-300 aircraft on June 17.");
    assert_eq!(f.unit.as_deref(), Some("aircraft"));
    assert_eq!(
        one("It will consist of a maximum 400 mln dlrs.").change,
        Change::Less
    );
    assert_eq!(one("It had a minimum 5 pct stake.").change, Change::More);
}

#[test]
fn airline_traffic_and_a_level_past_its_noun_and_time_before_its_change() {
    let f = extract(
        "The airline said it flew 987.7 mln revenue passenger miles last month, up 15.6 pct \
         from 854.0 mln a year earlier.",
    );
    assert_eq!(
        (f[0].unit.as_deref(), f[0].change),
        (Some("revenue passenger mile"), Change::Up)
    );
    // (a baseline running the other way leaves the level alone)
    assert_eq!(
        extract("sales were 4,324 vehicles, up from 6,198 last year")[0].change,
        Change::Exact
    );
    let f = one("the debt service ratio widened to 33.2 pct for 1987 from 25 pct in 1986.");
    assert_eq!((f.from, f.value), (Some(25.0), Some(33.2)));
    // "turns 50": no counted "turns"
    let f = extract("Michelle Obama turns 50 Michelle Obama turns 50");
    assert!(f.iter().all(|f| f.unit.as_deref() == Some("year")), "{f:?}");
}

#[test]
fn plain_dollars_after_another_countrys_dollar_are_in_it() {
    let f = extract(
        "Canada exported two billion Canadian dlrs worth of steel in 1986, while importing \
         944-mln dlrs worth of the product.",
    );
    assert_eq!(f[1].unit.as_deref(), Some("Canadian dollar"), "{f:#?}");
    // (not one written with "U.S.")
    let f = extract("It raised 600 mln Canadian dlrs, or 450 mln U.S. dlrs.");
    assert_eq!(f[1].unit.as_deref(), Some("dollar"), "{f:#?}");
}

#[test]
fn a_time_over_a_distance_is_its_course() {
    let f = extract("He clocked a season's best of 6.61 seconds over 60m last week.");
    assert_eq!(f[1].value, Some(60.0));
    assert_eq!(
        (f[1].unit.as_deref(), f[1].change),
        (Some("metre"), Change::Exact)
    );
    // (without the time before it, "over" bounds a length that is no track race's distance)
    assert_eq!(one("He ran over 65m in the race.").change, Change::More);
}

#[test]
fn an_age_set_to_a_value_is_in_years() {
    let f = one("calls for a lowering of the voting age to 16.");
    assert_eq!((f.unit.as_deref(), f.change), (Some("year"), Change::Down));
    assert_eq!(one("the minimum age is 21").unit.as_deref(), Some("year"));
    // (or past the age's of-phrase)
    let f = one("The legal age of consent in the state is 16.");
    assert_eq!(f.unit.as_deref(), Some("year"));
    // (no age word before: a bare number)
    assert_eq!(one("the minimum is 21").unit, None);
}

#[test]
fn a_markets_mixed_moves_and_table_falls() {
    let f = extract("cattle traded 0.10 cent lower to 0.20 higher in latest dealings.");
    let got: Vec<_> = f.iter().map(|f| (f.unit.as_deref(), f.change)).collect();
    assert_eq!(
        got,
        vec![(Some("cent"), Change::Down), (Some("cent"), Change::Up)]
    );
    let f = extract("WHEAT  MAY7 284 1/2            UP      1  JUL7 280 1/4            OFF   1/2");
    let got: Vec<_> = f.iter().map(|f| f.change).collect();
    assert_eq!(
        got,
        vec![Change::Exact, Change::Up, Change::Exact, Change::Down]
    );
    // (the table's move words are no concept)
    assert_eq!(f[3].concept.as_deref(), Some("WHEAT"));
    // (a lower-case "off" without a copula or comma is no fall: "sold off 20 units")
    assert_eq!(one("they sold off 20 units").change, Change::Exact);
    assert_eq!(
        one("four kiloliters of condensate").unit.as_deref(),
        Some("kilolitre")
    );
}

#[test]
fn moneys_worth_of_a_thing_a_year_is_a_rate() {
    let f = one("through the sale of 380 mln dlrs worth of shares a year.");
    assert_eq!(f.unit.as_deref(), Some("dollar per year"));
    // (no time after it: money)
    assert_eq!(
        one("380 mln dlrs worth of shares").unit.as_deref(),
        Some("dollar")
    );
}

#[test]
fn a_bare_amount_of_a_noun_of_trade_is_in_the_currency_before() {
    let f = extract("Profits totalled 843 mln guilders on a turnover of 18.01 billion.");
    assert_eq!(f[1].unit.as_deref(), Some("Dutch guilder"));
    // (not the size of something else: "a population of 1.4 billion")
    let f = extract("It earned 843 mln guilders in a country with a population of 1.4 billion.");
    assert_eq!(f[1].unit, None);
}

#[test]
fn ages_after_and_older_and_a_then_prefix() {
    let f = one("the unemployment rate among workers 55 and older held steady");
    assert_eq!((f.unit.as_deref(), f.change), (Some("year"), Change::More));
    assert_eq!(
        one("a picture of my then-seven-year-old daughter").value,
        Some(7.0)
    );
    // (a name's hyphened number is still none)
    assert!(extract("the COVID-19 pandemic spread").is_empty());
}

#[test]
fn a_rate_after_a_bracketed_conversion_is_each_figures_rate() {
    let f =
        extract("Japan estimates they will cost it about 50 billion yen ($450 million) a year.");
    let units: Vec<_> = f.iter().map(|f| f.unit.as_deref()).collect();
    assert_eq!(units, [Some("yen per year"), Some("dollar per year")]);
    let f = extract("Corruption has cost it 1bn CFA francs ($2m; £1m) a month.");
    assert!(f
        .iter()
        .all(|f| f.unit.as_deref().is_some_and(|u| u.ends_with(" per month"))));
    // a baseline's "a year ago" is no rate
    let f = extract("It paid 50 mln stg ($80 mln) a year ago.");
    assert!(f
        .iter()
        .all(|f| !f.unit.as_deref().unwrap_or("").contains(" per ")));
}

#[test]
fn a_cap_after_a_unit_cash_per_share_and_wire_plurals() {
    let f = one("The convoy could get him to Central Park in five minutes tops.");
    assert_eq!((f.value, f.change), (Some(5.0), Change::Less));
    assert_eq!(
        one("yellow corn (15.0 pct maximum moisture)").change,
        Change::Less
    );
    // not a bare number before a noun: "20 tops" are shirts
    assert_eq!(one("He saw 20 tops in the shop.").change, Change::Exact);
    let f = one("It offered to buy the airline at 52 dlrs cash per share.");
    assert_eq!(f.unit.as_deref(), Some("dollar per share"));
    assert_eq!(
        one("It paid 5 mln dlrs cash and stock.").unit.as_deref(),
        Some("dollar")
    );
    let f = one("The country has an imf quota of 1.371 mln sdr's.");
    assert_eq!(f.unit.as_deref(), Some("special drawing right"));
    // a quarter as a rate's base, never a figure's own unit
    let f = one("which is a proration of 50 cts per quarter.");
    assert_eq!(f.unit.as_deref(), Some("cent per quarter"));
    assert_eq!(
        one("The first two quarters were weak.").unit.as_deref(),
        Some("quarter")
    );
}

#[test]
fn deposit_quotes_after_a_comma_and_their_earlier_values() {
    let f = extract(
        "One-month deposits rose to 6-1/2, 3/8 pct from 6-1/4, six and three-month deposits \
         climbed to 6-3/4, 5/8 pct from 6-9/16, 7/16.",
    );
    let values: Vec<_> = f
        .iter()
        .map(|f| (f.value, f.from, f.unit.as_deref()))
        .collect();
    assert_eq!(
        values,
        [
            (Some(1.0), None, Some("month")),
            (Some(6.5), None, Some("percent")),
            (Some(6.375), Some(6.25), Some("percent")),
            (Some(6.0), None, Some("month")),
            (Some(3.0), None, Some("month")),
            (Some(6.75), None, Some("percent")),
            (Some(6.625), Some(6.5625), Some("percent")),
            (Some(6.4375), None, Some("percent")),
        ],
        "{f:#?}"
    );
    assert_eq!(f[2].change, Change::Up);
}

#[test]
fn money_paid_ahead_is_no_advance_in_price() {
    let f = one("Ann Widdecombe declaring a £100,000 advance for her third and fourth novels.");
    assert_eq!(f.change, Change::Exact);
    assert_eq!(
        one("Shares posted a 5% advance on Monday.").change,
        Change::Up
    );
}

#[test]
fn a_table_header_in_capitals_is_no_name_and_an_uptick_a_rise() {
    let f = extract("MATURITY   NEW RATE  OLD RATE  MATURITY   30-273 days  5.00 pct  5.00 pct");
    assert_eq!((f[0].low, f[0].high), (Some(30.0), Some(273.0)), "{f:#?}");
    assert_eq!(
        one("an unemployment uptick to 8.2 percent").change,
        Change::Up
    );
}

#[test]
fn a_rate_and_its_bound_after_it_and_an_idiom_of_one() {
    let f = one("the shutdown of stripper (10 barrels a day or less) wells");
    assert_eq!(
        (f.unit.as_deref(), f.change),
        (Some("barrel per day"), Change::Less)
    );
    assert!(extract("a one-shot grand bargain meant he needed a deal").is_empty());
    assert_eq!(one("a one-page response").unit.as_deref(), Some("page"));
}

#[test]
fn a_plain_ton_after_a_short_ton_is_short() {
    let t = "Assays ranged from about 0.35 ounces of gold per short ton over a 150-foot interval \
             to about 1.1 ounces of gold per ton over a 65-foot interval.";
    let f = extract(t);
    assert_eq!(f[0].unit.as_deref(), Some("ounce per short ton"));
    assert_eq!(f[2].unit.as_deref(), Some("ounce per short ton"), "{f:?}");
    let f = extract("It sold 35,000 long tons of sugar, with an option for 25,000 tons more.");
    assert_eq!(f[1].unit.as_deref(), Some("long ton"));
    // on its own, a ton is metric
    assert_eq!(
        extract("Ore graded 0.2 ounce per ton.")[0].unit.as_deref(),
        Some("ounce per metric ton")
    );
}

#[test]
fn dinars_and_a_rate_after_a_bracket() {
    let f = extract("The price has risen to 200 dinars ($2.77) per canister from 170 dinars.");
    assert_eq!(f[0].unit.as_deref(), Some("dinar per canister"), "{f:?}");
    assert_eq!(f[1].unit.as_deref(), Some("dollar per canister"));
    assert_eq!(f[2].unit.as_deref(), Some("dinar"));
    assert_eq!(
        one("It paid 5 mln Kuwaiti dinars.").currency.as_deref(),
        Some("KWD")
    );
}

#[test]
fn a_fraction_of_a_points_unit_and_a_livestock_grade() {
    let f = one("Venezuela will repay the debt at 7/8 of a percentage point over Libor.");
    assert_eq!(
        (f.value, f.unit.as_deref()),
        (Some(0.875), Some("percentage point"))
    );
    let f = extract("steers - choice with end good 2-3 1075-1100 lbs 69.25.");
    assert_eq!(f[0].low, Some(1075.0), "{f:?}");
    // a span after "good" stays one
    assert_eq!(one("It took a good 2-3 weeks.").high, Some(3.0));
}

#[test]
fn memory_chips_sold_by_their_bits() {
    let f = extract("Japan will slash output of 256 kilobit memory chips by 11 pct.");
    assert_eq!(f[0].unit.as_deref(), Some("kilobit"), "{f:?}");
    assert_eq!(one("A 4 megabit chip.").unit.as_deref(), Some("megabit"));
    let f = one("It streams at 56 kilobits per second.");
    assert_eq!(f.unit.as_deref(), Some("kilobit per second"));
}

#[test]
fn latin_american_currencies_euro_cents_and_counts_per_an_adverb_of_time() {
    let f = extract(
        "the support price was hiked to 300 Australs per tonne from 250 previously and for \
         sunflowerseed to 450 Australs from 360 previously",
    );
    let got: Vec<_> = f
        .iter()
        .map(|f| (f.from, f.value, f.unit.as_deref(), f.change))
        .collect();
    assert_eq!(
        got[0],
        (
            Some(250.0),
            Some(300.0),
            Some("Argentine austral per metric ton"),
            Change::Up
        )
    );
    // (the second change, in the first one's rate)
    assert_eq!(got[1].2, Some("Argentine austral per metric ton"), "{f:?}");
    let f = one("It was 340 cruzados per arroba.");
    assert_eq!(f.currency.as_deref(), Some("BRC"));
    let f = extract("It would lift its dividend to 70 euro cents from 55 euro cents.");
    assert_eq!(
        (f[0].from, f[0].value, f[0].unit.as_deref()),
        (Some(55.0), Some(70.0), Some("euro cent"))
    );
    // a sum of money's bare amount after "of", of the size of the money before
    let f = extract(
        "The Bank of Japan will sell 1,200 billion yen in bills to help absorb a projected \
         money market surplus of 2,100 billion, traders said.",
    );
    assert_eq!(f[1].unit.as_deref(), Some("yen"), "{f:?}");
    // a bare price after money of its size
    let f = extract(
        "It built up a 9.8 pct stake at 2.54 dlrs a share, topping CSR's cash bid of 2.50.",
    );
    assert_eq!(f[2].unit.as_deref(), Some("dollar per share"), "{f:?}");
    // a standard's letter and number is no figure
    assert!(extract("It uses the X.25 packet switching network.").is_empty());
    // a wire table's bare amount before "vs" and a sum of money
    let f = extract("Personal financial services 3.6 mln vs 735,000 stg");
    assert_eq!(f[0].unit.as_deref(), Some("pound sterling"), "{f:?}");
    // clauses whose verb is left out, each a short subject and its bare amount
    let f = extract(
        "A fall in note circulation will add some 340 mln stg, exchequer transactions around \
         300 mln and bankers' balances above target about 50 mln.",
    );
    let units: Vec<_> = f.iter().map(|f| f.unit.as_deref()).collect();
    assert_eq!(units, [Some("pound sterling"); 3], "{f:?}");
    let f = extract("GDP is $3 trillion, and the population 1.4 billion.");
    assert_eq!(f[1].unit, None, "{f:?}");
    // (not an amount of another size: "GDP of $3 trillion and a population of 1.4 billion")
    let f = extract("It has a GDP of $3 trillion and a total of 1.4 billion.");
    assert_eq!(f[1].unit, None, "{f:?}");
    // an ore's grade, weight per weight
    let f = one("The zone averaged 0.226 ounces of gold a ton.");
    assert_eq!(f.unit.as_deref(), Some("ounce per metric ton"));
    // a typed dollar ("drl"); a parallel change in the currency of the first one's rate
    assert_eq!(one("a 26 mln drl gain").unit.as_deref(), Some("dollar"));
    let f = extract(
        "The price has been cut to 11 dlrs per share from 12 dlrs until September 17 and to 13 \
         dlrs from 14 dlrs thereafter.",
    );
    assert_eq!(f[1].unit.as_deref(), Some("dollar per share"), "{f:?}");
    // a range's second end past its bound
    let f = one("People died, ranging in age from one to over 50, he said.");
    assert_eq!((f.low, f.high), (Some(1.0), Some(50.0)));
    // a rate past the terms of delivery
    let f = extract("Brazil bought 25,000 tonnes also at 83.49 dlrs Fob per tonne.");
    assert_eq!(f[1].unit.as_deref(), Some("dollar per metric ton"));
    let f = one("Jet runs 271 scheduled flights daily within India.");
    assert_eq!(f.unit.as_deref(), Some("flight per day"));
}

#[test]
fn a_rate_after_a_list_is_the_rate_of_each_and_wire_tonnes_and_kwacha() {
    let f = extract(
        "Samples showed 2.4 grammes of gold, 64 grammes of silver and 1.9 grammes of copper per \
         tonne.",
    );
    for g in &f {
        assert_eq!(g.unit.as_deref(), Some("gram per metric ton"), "{}", g.text);
    }
    // (a list of amounts without the rate's of-phrases keeps its own units)
    let f = extract("It sold 20 grammes, and 5 grammes per tonne were lost.");
    assert_eq!(f[0].unit.as_deref(), Some("gram"));
    let f = extract("Santos/Hodeidah 10,000 mt bagged sugar about 30 dlrs.");
    assert_eq!(f[0].unit.as_deref(), Some("metric ton"));
    let f = one("an exchange loss of 412 mln kwacha");
    assert_eq!(f.currency.as_deref(), Some("ZMW"));
}

#[test]
fn a_span_named_by_a_half_after_a_preposition_of_time() {
    let f =
        extract("One said it purchased 150 mln dlrs in the half-hour since the market re-opened.");
    assert_eq!(
        (f[1].value, f[1].unit.as_deref()),
        (Some(0.5), Some("hour"))
    );
    assert!(extract("In the first half-year results, profit was flat.").is_empty());
}

#[test]
fn a_price_a_night_and_one_night_as_some_night() {
    let f = one("No, he was killed in a $55-a-night East Baton Rouge motel room.");
    assert_eq!(f.unit.as_deref(), Some("dollar per night"));
    assert!(extract("He could not fall to sleep one night because of the pain.").is_empty());
    assert_eq!(one("They stayed for one night only.").value, Some(1.0));
}

#[test]
fn more_money_per_a_thing_is_a_rate() {
    let f = extract("It sends $1,200 checks to adults, with $500 more per child.");
    assert_eq!(f[1].unit.as_deref(), Some("dollar per child"));
    assert_eq!(one("They paid $5 more per the contract.").text, "$5");
    // (more of a price per a unit is more of that price)
    assert_eq!(
        one("Iraq asked clients to pay 50 cents more per barrel.")
            .unit
            .as_deref(),
        Some("cent")
    );
}

#[test]
fn a_stone_of_body_weight() {
    let f =
        extract("It is a battle with Leamy - three stone heavier than O'Connor - for the role.");
    assert_eq!(
        (f[0].value, f[0].unit.as_deref(), f[0].change),
        (Some(3.0), Some("stone"), Change::Up),
        "{f:?}"
    );
    // (no unit opening a hyphened modifier)
    let f = extract("Thousands of stone-pelting protesters battled police.");
    assert_eq!(f[0].unit.as_deref(), Some("protester"), "{f:?}");
}

#[test]
fn a_range_of_money_per_a_thing_counted() {
    for (text, unit) in [
        (
            "It would cost about $800 to $1,000 per trained employee.",
            "dollar per employee",
        ),
        (
            "The richest schools banked between $1 million and $3 million per student.",
            "dollar per student",
        ),
    ] {
        let f = extract(text);
        assert_eq!(f[0].unit.as_deref(), Some(unit), "{text}: {f:?}");
    }
}
