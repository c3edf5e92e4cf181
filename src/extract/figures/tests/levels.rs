//! Earlier values past an exchange rate, "the equivalent of" or "from the", levels restated
//! as shares with their earlier values ("to X shares, or Y pct, from Z shares, or W pct"),
//! comparatives that outrank "about", margins of victory, and bounds before a figure's mark;
//! and in tables, the cell before a column gap, which bounds nothing after it; the level after
//! a change's time ("up 25p since yesterday at 2,575p"), "from the current 11.35 dlrs", "down
//! to only 10 from the 301"; a count restated after a comma; "an astounding 27 percent"; an
//! earlier value after a counted span ("to 25.94 mln dlrs in the 26 weeks … from 25.35 mln").

use super::{extract, one};
use crate::model::Change;

#[test]
fn earlier_values_past_an_exchange_rate_a_noun_s_of_phrase_or_a_year() {
    for (text, from, to) in [
        // the other currency of an exchange rate; the values say which way it went
        (
            "the Taiwan dollar rose to 36.77 to the U.S. Dollar from 40.45.",
            40.45,
            36.77,
        ),
        // "to the equivalent of", "to a total of": a noun's of-phrase before the level, and
        // the level's own of-phrase and year after it
        (
            "debt was forecast to be reduced to the equivalent of 24 pct of GDP in 1990 from around 55 pct at end-1986.",
            55.0,
            24.0,
        ),
        (
            "the issue was increased to a total of 150 mln dlrs from 125 mln.",
            125e6,
            150e6,
        ),
    ] {
        let f = one(text);
        assert_eq!((f.from, f.value), (Some(from), Some(to)), "{text}");
        assert_eq!(f.change, Change::between(from, to), "{text}");
    }
    // a balance that changed sign is two figures
    let f = extract(
        "the account swung to a surplus of 2.5 billion dlrs from a deficit of 294 mln dlrs",
    );
    assert_eq!(f.len(), 2, "{f:?}");
    assert!(f.iter().all(|f| f.from.is_none()), "{f:?}");
}

#[test]
fn comparatives_outrank_about_and_verbs_of_exceeding_bound_past_an_article() {
    let f = one("Minas is trading about 20 cents higher, they said.");
    assert_eq!(f.change, Change::Up);
    assert_eq!(one("It was about 5%.").change, Change::Approx);
    assert_eq!(
        one("earnings would exceed the 1.65 dlrs a share previously announced").change,
        Change::More
    );
    // "top" as a verb is a bound, not the name word of "the top 10"
    let f = one("Online gaming sales are predicted to top a billion US dollars next year.");
    assert_eq!((f.value, f.change), (Some(1e9), Change::More));
    // "over" a race's distance spans it
    let f = one("He smashed the British record over 60m hurdles twice this season.");
    assert_eq!(
        (f.change, f.concept.as_deref()),
        (Change::Exact, Some("hurdles"))
    );
    // (a track race's distance with no event named after it too; not a height)
    let f = one("Geneti, the world indoor bronze medallist over 3000m, will race.");
    assert_eq!(f.change, Change::Exact);
    assert_eq!(one("a tower over 300m tall").change, Change::More);
}

#[test]
fn a_per_share_level_keeps_its_earlier_value_and_more_nouns_than_is_a_rise() {
    let f = one("its second quarter net rose to 86 cts a share from 73 cts a year ago.");
    assert_eq!(
        (f.from, f.value, f.unit.as_deref()),
        (Some(73.0), Some(86.0), Some("cent per share"))
    );
    assert_eq!(f.concept.as_deref(), Some("second quarter net"));
    // ("5 dlrs a year from now": a time's "from" is no earlier value)
    assert_eq!(one("It will pay 5 dlrs a year from now.").from, None);
    assert_eq!(
        one("Sweden has seen 27% more deaths than normal.").change,
        Change::Up
    );
}

#[test]
fn a_margin_of_victory_is_no_change_and_an_earlier_value_may_follow_the() {
    for text in [
        "Last week we lost by two points.",
        "He won two years ago by 36 percentage points.",
    ] {
        let f = extract(text);
        assert!(f.iter().all(|f| f.change == Change::Exact), "{text}: {f:?}");
    }
    assert_eq!(one("The party lost 20 seats.").change, Change::Down);
    let f = one(
        "The surplus was revised slightly upwards to 25.8 billion francs from the 25.4 billion franc figure.",
    );
    assert_eq!((f.from, f.value), (Some(25.4e9), Some(25.8e9)));
    assert_eq!(f.concept.as_deref(), Some("surplus"));
}

#[test]
fn a_bound_before_the_figure_s_mark_and_the_mark_is_no_currency() {
    let f = one("Crude oil prices surged back above the $47 a barrel mark on Thursday.");
    assert_eq!(
        (f.change, f.concept.as_deref()),
        (Change::More, Some("Crude oil prices"))
    );
    let f = one("The Dow topped the 10,000 mark.");
    assert_eq!((f.value, f.unit.as_deref()), (Some(10000.0), None));
    assert_eq!(
        one("The dollar rose to 1.80 marks.").unit.as_deref(),
        Some("mark")
    );
    assert_eq!(
        one("a commodity rate of about 2.57 dlrs per dekatherm")
            .unit
            .as_deref(),
        Some("dollar per dekatherm")
    );
}

#[test]
fn a_level_and_its_share_restated_with_their_earlier_values_are_two_changes() {
    let f = extract(
        "They lowered their stake in Quaker State Oil Refining Corp to 1,795,908 shares, or 6.9 pct of the total outstanding, from 2,120,908 shares, or 8.1 pct.",
    );
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!((f[0].from, f[0].change), (Some(2120908.0), Change::Down));
    assert_eq!((f[1].from, f[1].change), (Some(8.1), Change::Down));
    // what the shares measure is the stake the verb changed
    assert_eq!(f[0].concept.as_deref(), Some("stake"));
    let f = extract(
        "first quarter earnings rose to 38.5 mln dlrs, or 73 cts a share, from 31.7 mln dlrs, or 60 cts a share.",
    );
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!((f[1].from, f[1].value), (Some(60.0), Some(73.0)));
}

#[test]
fn a_sum_lost_is_a_level_and_an_equivalent_level_keeps_its_earlier_value() {
    // money "lost" is what the loss came to; a percentage lost is a fall
    let f =
        one("The year-earlier figure excluded a 1,817,000 dlr loss from discontinued operations.");
    assert_eq!((f.value, f.change), (Some(1817000.0), Change::Exact));
    assert_eq!(one("It posted a 5 pct loss in sales.").change, Change::Down);
    let f = one("The minimum had been cut to 50 yuan equivalent, from 150 yuan.");
    assert_eq!(
        (f.value, f.from, f.change),
        (Some(50.0), Some(150.0), Change::Down)
    );
}

#[test]
fn a_parallel_money_clause_shares_its_currency_and_money_plus_a_thing_is_a_sum() {
    let f = extract(
        "exports fell to 1.75 billion dlrs from 1.84 billion and imports fell to 2.06 billion from 2.3 billion.",
    );
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(
        (f[1].from, f[1].unit.as_deref()),
        (Some(2.3e9), Some("dollar"))
    );
    // a level in another clause keeps no unit of its own
    let f = extract("GDP is $3 trillion and the population is 1.4 billion.");
    assert_eq!(f[1].unit, None, "{f:?}");
    let f = one("it will redeem them at 1,014.50 dlrs plus accrued interest");
    assert_eq!((f.value, f.change), (Some(1014.5), Change::Exact));
    assert_eq!(one("10,000 plus people came").change, Change::More);
    // "grand" is a thousand after a number or alone, an adjective before a noun
    assert!(extract("It was not part of a grand timing plan.").is_empty());
    assert_eq!(one("He paid 50 grand.").value, Some(50000.0));
}

#[test]
fn a_change_repeated_for_another_thing_goes_the_same_way() {
    let f = extract(
        "Trade rose 23 pct for exports and 12 pct for imports, but fell 13 pct for exports and 21 pct for imports in yen terms.",
    );
    let changes: Vec<_> = f.iter().map(|f| f.change).collect();
    assert_eq!(
        changes,
        vec![Change::Up, Change::Up, Change::Down, Change::Down],
        "{f:?}"
    );
    // "maybe" and "perhaps" estimate
    assert_eq!(
        one("who constitute maybe 3% of the population").change,
        Change::Approx
    );
    // a form filed is no figure; a member count before "the" and a singular noun counts members
    assert!(extract("It filed its 10K filing.").is_empty());
    assert_eq!(
        one("from the 30 member cabinet").unit.as_deref(),
        Some("member")
    );
    assert_eq!(one("the 27 member states").unit.as_deref(), Some("state"));
}

#[test]
fn a_change_repeated_by_another_thing_and_ages_from_a_range() {
    let f = extract("wheat exports were increased by 480,200 tonnes and barley by 283,800 tonnes.");
    assert_eq!(f[1].change, Change::Up, "{f:?}");
    let f = one("The bodies of the youths, aged from 15 to 17, were found.");
    assert_eq!(
        (f.low, f.high, f.unit.as_deref()),
        (Some(15.0), Some(17.0), Some("year"))
    );
    assert_eq!(
        one("two pro-Trump personalities who have long claimed")
            .unit
            .as_deref(),
        Some("personality")
    );
}

#[test]
fn a_difference_after_a_level_and_a_bound_past_an_adjective() {
    let f = extract("shares closed at 2,678 francs, up 38 from yesterday's close.");
    assert_eq!(
        (f[0].change, f[1].change, f[1].unit.as_deref()),
        (Change::Up, Change::Up, Some("franc")),
        "{f:?}"
    );
    let f = one("prices below the psychological 1,000 stg level");
    assert_eq!(f.change, Change::Less);
    // one after another is no count
    assert!(extract("the bug could infect one phone at a time").is_empty());
}

#[test]
fn a_change_verb_through_a_bound_goes_its_way_and_911_after_on_is_the_date() {
    for (text, change) in [
        (
            "to support the dollar from falling below 140.00 yen",
            Change::Down,
        ),
        (
            "the unemployment rate dropping below 5 percent",
            Change::Down,
        ),
        ("prices rose above $50 a barrel", Change::Up),
        ("prices are below $50", Change::Less),
    ] {
        assert_eq!(one(text).change, change, "{text}");
    }
    assert!(extract("because of their bravery on 911, rather than").is_empty());
    assert_eq!(one("after 911 people were evacuated").value, Some(911.0));
}

#[test]
fn earlier_values_past_a_counted_noun_and_a_share_changed_by() {
    let f = one("a reduction in board size to three members from five.");
    assert_eq!(
        (f.value, f.from, f.unit.as_deref(), f.change),
        (Some(3.0), Some(5.0), Some("member"), Change::Down)
    );
    let f = extract("The debt was cut by half to 66.2 billion dlrs.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!((f[0].value, f[0].change), (Some(0.5), Change::Down));
    // ("cut … in half": so is the share a cut leaves; not "half-time", "in half of the house")
    let f = one("We were told to cut our flying budget roughly in half, he says.");
    assert_eq!((f.value, f.change), (Some(0.5), Change::Down));
    assert!(extract("The cut in half-time pay was small.").is_empty());
    assert_eq!(one("He lives in half of the house.").change, Change::Exact);
    // ("an increase in … from 800,000 to 1.3 mln": a noun of movement with what it moves)
    let f = one(
        "The amendment reflects an increase in the maximum number of shares to be offered from \
         800,000 to 1.3 mln.",
    );
    assert_eq!(
        (f.from, f.value, f.change),
        (Some(8e5), Some(1.3e6), Change::Up)
    );
    // a baseline in brackets is in the figure's unit
    let f = extract("This compares with a 3.3 mln dlr deficit (revised from 1.7 mln) in January.");
    assert_eq!(f[1].unit.as_deref(), Some("dollar"), "{f:?}");
    // "one" after a modal is the pronoun
    assert!(extract("How can one wish a happy Christmas?").is_empty());
}

#[test]
fn money_gained_from_something_is_a_level_and_turning_an_age() {
    let f = one("offset by a 53 mln dlrs gain from favorable settlement of litigation");
    assert_eq!(f.change, Change::Exact);
    assert_eq!(one("a $5 billion gain in exports").change, Change::Up);
    let f = one("Sam Antar, who turns 66 soon, has resigned");
    assert_eq!(f.unit.as_deref(), Some("year"));
}

#[test]
fn a_bare_figure_s_own_more_than_and_a_level_s_growth_rate() {
    let f = extract(
        "the number of jobless was reported at a record 2.7 million, some 300,000 more than a year earlier.",
    );
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(f[1].change, Change::Up);
    let f =
        one("the economy will not sustain the 4.3 pct growth rate recorded in the first quarter.");
    assert_eq!(f.change, Change::Exact);
    let f = one("The MSP earns up to £30,000 a year from the law firm.");
    assert_eq!(f.unit.as_deref(), Some("pound sterling per year"));
}

#[test]
fn a_couple_times_greater_short_margins_and_a_level_after_to_its() {
    let f = one("Hopefully I can get a couple of games under my belt.");
    assert_eq!(
        (f.value, f.unit.as_deref(), f.change),
        (Some(2.0), Some("game"), Change::Approx)
    );
    assert!(extract("The couple married.").is_empty());
    assert_eq!(
        one("the rate was 22 times greater in June than in April.").change,
        Change::Up
    );
    assert_eq!(
        one("supporters of the bill fell 30 votes short.").change,
        Change::Exact
    );
    let f = extract("inflation would rise to its 2% target within two years.");
    assert_eq!(f[0].change, Change::Up, "{f:?}");
    assert_eq!(
        one("issuing a 50 mln New Zealand dlr bond").unit.as_deref(),
        Some("New Zealand dollar")
    );
}

#[test]
fn negated_exceeding_long_time_phrases_and_projected_earlier_values() {
    let f = one("purchases from non-member countries cannot exceed 15 pct of total purchases.");
    assert_eq!(f.change, Change::Less);
    let f = one(
        "NTT expects its profits to fall to 328 billion yen in the year ending March 31, 1988 from a projected 348 billion this year.",
    );
    assert_eq!(
        (f.value, f.from, f.change),
        (Some(3.28e11), Some(3.48e11), Change::Down)
    );
    // "one minute" before its subject is "at one moment"
    assert!(extract("One minute this guy is interviewing a member of Congress.").is_empty());
    assert_eq!(extract("It lasted one minute.").len(), 1);
}

#[test]
fn a_level_then_its_bare_change_and_a_level_after_an_upward_revision() {
    let f = extract("the new prices are: 0.3 pct sulphur 22.50 dlrs, up 1.25; one pct sulphur 20.10 dlrs, up 70 cts.");
    let changes: Vec<_> = f.iter().map(|f| f.change).collect();
    assert_eq!(
        changes,
        vec![
            Change::Exact,
            Change::Up,
            Change::Up,
            Change::Exact,
            Change::Up,
            Change::Up
        ],
        "{f:?}"
    );
    let f = extract("It revised its food import target upward by 300,000 tonnes to 1.8 mln.");
    assert_eq!(
        (f[1].change, f[1].unit.as_deref()),
        (Change::Up, Some("metric ton"))
    );
    // a percentage's level keeps no percent
    let f = extract("the index rose 0.2 pct to 125.1 in March");
    assert_eq!(f[1].unit, None, "{f:?}");
}

#[test]
fn a_bound_before_an_article() {
    let f = one("as long as it received at least a 50.1 pct interest");
    assert_eq!((f.value, f.change), (Some(50.1), Change::More));
    // (a lone "over" before an article spans a period)
    assert_eq!(one("signed over a 10-year period").change, Change::Exact);
}

#[test]
fn a_couple_of_dozen_and_one_additional_game() {
    let f = one("If these couple of dozen emails are reflective, we have seen nothing yet.");
    assert_eq!(
        (f.value, f.unit.as_deref(), f.change),
        (Some(24.0), Some("email"), Change::Approx)
    );
    assert_eq!(one("a couple hundred people came").value, Some(200.0));
    assert!(extract("The couple sold their house.").is_empty());
    // "one additional game" counts the game; "one additional point:" makes a point
    assert_eq!(
        one("Camara will miss one additional game.").unit.as_deref(),
        Some("game")
    );
    assert!(extract("I'll add one additional point: it matters.").is_empty());
}

#[test]
fn a_tables_cell_does_not_bound_the_next() {
    let f = extract("MONTHS    LAST  May/Jul   0.34 under    0.35 under  Dec/Jan   no quote");
    let got: Vec<_> = f.iter().map(|f| (f.value, f.change)).collect();
    assert_eq!(
        got,
        vec![(Some(0.34), Change::Exact), (Some(0.35), Change::Exact)]
    );
    // (a change word aligned in its own cell still reads: "UP      1")
    let f = extract("WHEAT  MAY7 284 1/2            UP      1  JUL7 280 1/4");
    assert_eq!(f[1].change, Change::Up, "{f:?}");
    // (a bound across one space is a bound)
    assert_eq!(one("spread under 0.35 cents").change, Change::Less);
}

#[test]
fn a_level_past_its_fiscal_year_takes_the_change_after_it() {
    let f =
        extract("net profit of 10.95 billion yen in 1986/87, down 29.2 pct from a year earlier.");
    let got: Vec<_> = f.iter().map(|f| f.change).collect();
    assert_eq!(got, vec![Change::Down, Change::Down]);
}

#[test]
fn the_level_a_change_reached_may_follow_its_time() {
    for (text, change) in [
        (
            "Unilever Plc shares are up 25p since yesterday at 2,575p in buoyant response.",
            Change::Up,
        ),
        (
            "the euro was up 0.9% on the day at 1.3187 euros per US dollar",
            Change::Up,
        ),
        (
            "Google shares fell $12.33 on Tuesday to close at $172.55.",
            Change::Down,
        ),
    ] {
        let f = extract(text);
        assert_eq!(f.len(), 2, "{text}: {f:#?}");
        assert_eq!(f[1].change, change, "{text}");
    }
}

#[test]
fn the_current_value_is_the_earlier_one() {
    let f = one(
        "the Secretary can lower the milk price support to 10.60 dlrs per cwt from the current \
         11.35 dlrs.",
    );
    assert_eq!((f.from, f.value), (Some(11.35), Some(10.6)));
    assert_eq!(f.change, Change::Down);
    // (a noun's of-phrase after the earlier word: "from the current forecast of 3.0 mln")
    let f = one("the market will expand to 3.4 mln tonnes from the current forecast of 3.0 mln.");
    assert_eq!((f.from, f.value), (Some(3e6), Some(3.4e6)));
}

#[test]
fn a_restated_count_an_only_level_and_an_astounding_amount() {
    let f =
        extract("“I have five candidates, plus two, two that are unknown to anybody,” he said.");
    assert_eq!(f.len(), 3, "{f:#?}");
    assert_eq!(f[2].unit.as_deref(), Some("candidate"));
    let f = one("it was tough getting down to only 10 from the 301 submitted.");
    assert_eq!(
        (f.from, f.value, f.change),
        (Some(301.0), Some(10.0), Change::Down)
    );
    let f = one("The city’s population has declined by an astounding 27 percent since the 1970s.");
    assert_eq!(f.concept.as_deref(), Some("city’s population"));
}

#[test]
fn a_level_after_a_verb_of_small_moves_and_up_to() {
    let f = extract("The pound edged up to 2.957 marks from 2.955 yesterday.");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!((f[0].from, f[0].change), (Some(2.955), Change::Up));
}

#[test]
fn an_earlier_value_after_a_counted_span_is_the_level_s() {
    let f = extract(
        "net earnings edged up to 25.94 mln dlrs in the 26 weeks ended December 28 from 25.35 \
         mln a year earlier.",
    );
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!((f[0].from, f[0].change), (Some(25_350_000.0), Change::Up));
    assert_eq!(
        (f[1].value, f[1].unit.as_deref()),
        (Some(26.0), Some("week"))
    );
    // (a clause between the span and "from": two figures)
    let f = extract("sales rose to 82 mln dlrs in the nine months, and costs from 20 mln dlrs.");
    assert_eq!(f.len(), 3, "{f:?}");
}

#[test]
fn an_earlier_value_after_the_level_s_bracketed_conversions() {
    let f =
        extract("losses halved in 2004 to $200m (£104m; 151m euros) from $500m the previous year.");
    assert_eq!(f.len(), 3, "{f:?}");
    assert_eq!((f[0].from, f[0].change), (Some(500e6), Change::Down));
    assert!(f.iter().all(|f| f.change == Change::Down), "{f:?}");
    // ("One official, who asked to remain anonymous, told": an unnamed speaker, no count)
    let f =
        extract("One official, who asked to remain anonymous, told Reuters the rate would fall.");
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn a_range_after_the_level_a_move_reached_is_its_earlier_value() {
    let f = extract(
        "Rates are expected to be reduced to around five pct from the current seven to eight pct.",
    );
    assert_eq!((f[0].value, f[0].change), (Some(5.0), Change::Down));
    assert_eq!(
        (f[1].low, f[1].high, f[1].from),
        (Some(7.0), Some(8.0), None)
    );
}
