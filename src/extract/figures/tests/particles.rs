//! Words around a figure that decide how it reads: a verb's particle ("brought up 15 bills",
//! "pushed rates up to 2.25%"), a change shared along a list ("falling 0.1 pct and 0.3 pct"), a
//! range reached from a figure ("from 95 million to between 200 and 250 million"), a share
//! with a bound after it ("half or more of"), and groups named by a number ("the Group of 20");
//! a verb's clause that "and" closes ("costs are rising and 87 percent point to …"), where
//! "point" is a verb too.

use super::{extract, one};
use crate::model::Change;

#[test]
fn up_after_a_verb_of_bringing_is_a_particle() {
    let f = one("They have brought up 15 bills that they contend will help create jobs.");
    assert_eq!((f.value, f.change), (Some(15.0), Change::Exact));
    // a verb that moves its object up to a level makes a rise; alone, "up to" is a bound
    let f = one("the December meeting which pushed rates up to 2.25% showed worries");
    assert_eq!((f.value, f.change), (Some(2.25), Change::Up));
    assert_eq!(one("They could take up to 12 pct.").change, Change::Less);
    let f = one("With both parties offering up two of the most unpopular candidates in history");
    assert_eq!((f.value, f.change), (Some(2.0), Change::Exact));
    // "closed down" a count of what closed, not a price's fall
    let f = extract("The administration closed down two of the three bridge access lanes.");
    assert_eq!(f[0].change, Change::Exact, "{f:#?}");
    assert_eq!(one("The index closed down 12 points.").change, Change::Down);
    // "pushed X to" a level is a rise; "pushed 20 bills through" is no change
    let f = one("Spending by Bush has pushed the budget deficit to a record $427bn.");
    assert_eq!(f.change, Change::Up);
    assert_eq!(one("They pushed 20 bills through.").change, Change::Exact);
    // a price "settled up"; "slowed to a 3.5% annual pace" (not "lost access to a line")
    let f = extract("U.S. crude settled up 5.4% at $56.65.");
    assert_eq!((f[0].change, f[1].change), (Change::Up, Change::Up));
    assert_eq!(
        one("GDP decelerated to a 3.5% annual pace.").change,
        Change::Down
    );
    assert_eq!(
        one("It slowed somewhat to a 2.25 pct growth rate.").change,
        Change::Down
    );
    // (the noun is a level: "an acceleration of 9.8 m/s2")
    let f = one("Objects fall with an acceleration of 9.8 m/s2");
    assert_eq!(f.change, Change::Exact);
    let f = one("It had lost access to a four billion dlr revolving credit line.");
    assert_eq!(f.change, Change::Exact);
    // a limit's object of two words before "at"
    let f = one("The limit would have capped individual costs at $6,350 a year.");
    assert_eq!(f.change, Change::Less);
    // an ordinal after "by a": "a bid by a third party"
    assert!(extract("to avert a takeover bid by a third party").is_empty());
    // "off" before the amount of a fall with the level it fell to
    let f = extract("with year-to-date sales off 9.6 pct to 55.3 mln dlrs from 61.2 mln dlrs");
    assert_eq!((f[0].change, f[1].change), (Change::Down, Change::Down));
}

#[test]
fn an_amount_listed_after_a_change_changes_the_same_way() {
    let f = extract("output fell 0.1 pct and 0.3 pct in November and October");
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!((f[0].change, f[1].change), (Change::Down, Change::Down));
    // (not levels a change reaches)
    let f = extract("output fell to 0.1 pct and 0.3 pct in November and October");
    assert_eq!(f[1].change, Change::Exact, "{f:#?}");
}

#[test]
fn a_range_reached_from_a_figure_is_a_rise_or_a_fall() {
    let text = "The government hopes to increase the number of mobile users from 95 million to \
                between 200 and 250 million by 2007.";
    let f = extract(text);
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!((f[1].low, f[1].high), (Some(2e8), Some(2.5e8)));
    assert_eq!(f[1].change, Change::Up);
    let f = extract("Growth is forecast to slow from 5 percent to between 3 and 4 percent.");
    assert_eq!(f[1].change, Change::Down, "{f:#?}");
}

#[test]
fn half_or_more_of_a_whole_is_a_bounded_share() {
    let f = one("Half or more of the Islamic State's financial resources come from taxation.");
    assert_eq!(
        (f.value, f.change, f.unit.as_deref()),
        (Some(0.5), Change::More, None)
    );
    // (a share counts nothing, a number does)
    let f = one("They said 10 or more of the people are gone.");
    assert_eq!(f.unit.as_deref(), Some("people"));
}

#[test]
fn groups_and_projects_named_by_a_number() {
    assert!(extract("the Group of 20 met in Osaka").is_empty());
    assert!(extract("one of the bipartisan “Gang of 8” who wrote the bill").is_empty());
    assert!(extract("Among the groups is Project 21, a conservative organization.").is_empty());
    assert_eq!(one("a group of 20 people met").value, Some(20.0));
}

#[test]
fn shaft_horsepower_is_horsepower() {
    let f = extract("The two will be powered by 2,000 shaft horsepower CT7-6 engines.");
    let hp = f
        .iter()
        .find(|f| f.value == Some(2000.0))
        .expect("the power");
    assert_eq!(hp.unit.as_deref(), Some("horsepower"));
}

#[test]
fn multiples_clock_times_limits_and_record_levels() {
    // "twice the national average" is a multiple; a bound before it bounds it
    let f = one("The rate is more than twice the national average.");
    assert_eq!((f.value, f.change), (Some(2.0), Change::More));
    assert!(extract("He scored twice the following week.").is_empty());
    // four digits before a zone are a clock time
    assert_eq!(
        extract("At 1456 local time the index had slumped 502.98.").len(),
        1
    );
    assert!(extract("Trading ended at 1400 GMT.").is_empty());
    // "a limit of" bounds from above
    let f = one("Texas banks may establish a limit of three branches within the county.");
    assert_eq!((f.value, f.change), (Some(3.0), Change::Less));
    // the level a change reaches past "a new high of"
    let f = extract("LSE saw its shares surge 4.9% to a new high of 583p in early trade.");
    assert_eq!(f[1].change, Change::Up, "{f:#?}");
}

#[test]
fn numbers_in_a_quoted_title_name_it() {
    let t = "His latest book is \"Two Days in June: John F. Kennedy and the 48 Hours that Made \
             History\" (Signal/Random House).";
    assert!(extract(t).is_empty(), "{:#?}", extract(t));
    // (not a quoted count, nor a quoted headline's share)
    assert_eq!(
        one("the CIA advised \"ten Islamist militias\" were there").value,
        Some(10.0)
    );
    assert_eq!(one("He said: \"Sales Rose 5 Percent\".").value, Some(5.0));
}

#[test]
fn round_numbers_five_apart_joined_by_or_are_a_range() {
    let f = one("It should result in a more rational system within 10 or 15 years, he said.");
    assert_eq!(
        (f.low, f.high, f.unit.as_deref()),
        (Some(10.0), Some(15.0), Some("year"))
    );
}

#[test]
fn a_baseline_after_a_description_and_a_numbered_role() {
    let t = "production, likely to reach 10,000 tonnes this year against a provisional 9,950 in \
             1986, is insensitive to price falls.";
    let f = extract(t);
    assert_eq!(f[1].unit.as_deref(), Some("metric ton"), "{f:#?}");
    // "Attorney 1", "Individual 1": a role's number in a court filing
    assert!(extract("FBI Attorney 1 responded, “Is it making you rethink?”").is_empty());
}

#[test]
fn younger_or_older_than_a_bare_number_is_an_age() {
    let f = one("All kids younger than 5 must be returned to their parents.");
    assert_eq!((f.unit.as_deref(), f.change), (Some("year"), Change::Less));
    // and the age in apposition: "His age, 75, could be problematic"
    let f = one("His age, 75, could be problematic, they said.");
    assert_eq!(f.unit.as_deref(), Some("year"));
    assert_eq!(
        one("By age, 75 percent were covered.").unit.as_deref(),
        Some("percent")
    );
    // people under a bare number: "illegal immigrants under 30"
    let f = extract("Giving amnesty to millions of illegal immigrants under 30 would hurt.");
    assert_eq!(
        (f[1].unit.as_deref(), f[1].change),
        (Some("year"), Change::Less)
    );
}

#[test]
fn a_rate_s_bare_number_and_a_people_s_millions() {
    let t = "The bank lowered its benchmark prime lending rate to 18.25 pct from 18.5, effective \
             today, but left its base rate at 18.5.";
    let f = extract(t);
    assert_eq!(f[1].unit.as_deref(), Some("percent"), "{f:#?}");
    let f = extract("Approximately 1.1m of the UK's 1.6m Muslims are of voting age.");
    assert_eq!(f[1].value, Some(1.6e6), "{f:#?}");
}

#[test]
fn a_baseline_described_as_proposed_and_a_product_s_number() {
    let t = "Cable would be offered a five pct stake, up from an originally proposed three pct.";
    let f = extract(t);
    assert_eq!(f[0].change, Change::Up, "{f:#?}");
    let f = extract("up to 16 of its new Cygna 386 workstations can attach to a PC");
    assert_eq!(f.len(), 1, "{f:#?}");
}

#[test]
fn pronouns_names_and_parts_written_with_numbers() {
    // "however one slices it": a pronoun
    assert!(extract("But however one slices it, the following is clear.").is_empty());
    // a quoted gang, a part of a whole
    assert_eq!(
        extract("a member of the \"gang of six\" in the Senate").len(),
        0
    );
    assert!(extract("She withdrew on day two of the competition.").is_empty());
    assert_eq!(extract("It rained for a day two weeks ago.").len(), 1);
    // "by only about": a change's amount past its adverb and estimate
    let f = one("It will be possible to increase exports by only about 100 mln dlrs.");
    assert_eq!(f.change, Change::Up);
}

#[test]
fn money_before_a_noun_of_what_it_is_is_no_rate() {
    let f = one("The awards include 1.8 mln dlrs an extension of an existing contract.");
    assert_eq!(f.unit.as_deref(), Some("dollar"));
    // (a rate ends its clause: "$20m a movie")
    let f = one("Stars now earn $20m a movie.");
    assert_eq!(f.unit.as_deref(), Some("dollar per movie"));
}

#[test]
fn number_words_in_idioms_count_nothing() {
    assert!(extract("He now endorses a two-state solution.").is_empty());
    // (its hyphen left out before the noun; but "two state legislatures" counts)
    assert!(extract("They discussed a two state solution.").is_empty());
    assert_eq!(extract("Two state legislatures voted.").len(), 1);
    assert!(extract("Continental will fly a daily nonstop and a one-stop flight.").is_empty());
    assert_eq!(one("a two-fold increase in sales").value, Some(2.0));
}

#[test]
fn a_plural_naming_a_kind_modifies_the_counted_noun() {
    let f = one("It completed the sale of its three foam products plants to Atlas Roofing Corp.");
    assert_eq!(f.unit.as_deref(), Some("plant"));
    assert_eq!(
        one("The company sells three products.").unit.as_deref(),
        Some("product")
    );
}

#[test]
fn a_clause_closed_by_and_keeps_its_verb() {
    let f = extract("77 percent say costs are rising and 87 percent point to gas prices.");
    let got: Vec<_> = f.iter().map(|f| (f.unit.as_deref(), f.change)).collect();
    assert_eq!(
        got,
        vec![
            (Some("percent"), Change::Exact),
            (Some("percent"), Change::Exact)
        ]
    );
    // (a rise by the amount right after the verb still reads)
    assert_eq!(one("costs are rising 87 percent").change, Change::Up);
    assert_eq!(
        one("rose 2 percent points to a high").unit.as_deref(),
        Some("percentage point")
    );
}
