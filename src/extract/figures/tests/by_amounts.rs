//! Changes by an amount behind a bound or "another" ("slash prices by up to 8%", "up by
//! another £130m"), a change restated at a yearly pace ("grew 0.1%, an annual rate of 0.3%"),
//! misspelled scales ("a 2.15 biilion dlr loan"), "and top" before money, "an additional 60
//! mln" and money spent or asked for after money, a limit set on a change ("limiting export
//! growth to 0.5 pct"), a currency hyphened to the noun a count counts ("10 dollar-denominated
//! bonds").

use super::{extract, one};
use crate::model::Change;

#[test]
fn a_change_by_up_to_an_amount_goes_its_way() {
    assert_eq!(
        one("owners must slash prices by up to 8%.").change,
        Change::Down
    );
    assert_eq!(
        one("expanding the reserve by up to 20 mln acres.").change,
        Change::Up
    );
    // (no verb of change: a bound)
    assert_eq!(
        one("a felony, punishable by up to five years in prison.").change,
        Change::Less
    );
}

#[test]
fn a_change_by_another_amount_and_restated_at_an_annual_rate() {
    let f = extract("could drive the cost of the policy up by another £130m by 2022");
    assert_eq!(f[0].change, Change::Up, "{f:?}");
    let f = extract("Output in the period grew just 0.1%, an annual rate of 0.3%.");
    assert_eq!(f[1].change, Change::Up, "{f:?}");
    // (a misspelled scale, as wire copy has it)
    assert_eq!(one("a 2.15 biilion dlr loan").value, Some(2.15e9));
}

#[test]
fn top_as_a_verb_before_money_and_a_counting_verb_s_bare_one() {
    let f = extract("earnings will hit 100 mln dlrs in 1987 and top 200 mln dlrs in 1992.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(f[1].change, Change::More);
    // (a list's name: no figure)
    assert!(extract("the top 10 and top 20 lists")
        .iter()
        .all(|f| f.value != Some(20.0)));
    let f = extract("a fire which has so far killed one and sent 17 to hospital");
    assert_eq!(f.len(), 2, "{f:?}");
    // (a gilt's price in "stg pct" is a percent of its nominal value)
    assert_eq!(
        one("issued at 96.50 stg pct").unit.as_deref(),
        Some("percent")
    );
    let f = extract("the cost would be 33 mln dlrs in cash, plus an additional 60 mln in crude.");
    assert_eq!(f[1].unit.as_deref(), Some("dollar"), "{f:?}");
}

#[test]
fn bounds_after_the_and_after_the_unit_and_a_bracketed_weight() {
    let f = one("the first complaint \"in the over 20 years he's been at NBC News.\"");
    assert_eq!(f.change, Change::More);
    let f = one("motorcycles with engine capacity of 700 cc and bigger for sale");
    assert_eq!(f.change, Change::More);
    let f = extract("roastings were about 325,000 (60-kilo) bags, compared with 290,000 bags.");
    assert_eq!(
        (f[0].unit.as_deref(), f[1].change),
        (Some("bag"), Change::Exact),
        "{f:?}"
    );
    assert!(extract("adaptation, The Fantastic Four, will be released").is_empty());
}

#[test]
fn one_listed_after_a_placed_count_counts_what_it_does() {
    let f = extract(
        "It plans to close 11 offices in the Cleveland area and one in Columbus, Ohio, reducing \
         its total number of offices to 81 statewide.",
    );
    assert_eq!(f.len(), 3, "{f:#?}");
    assert_eq!(
        (f[1].value, f[1].unit.as_deref()),
        (Some(1.0), Some("office"))
    );
    // (not "one in ten", nor "one in which")
    let f = extract("Police found 3 bodies in the house and one in ten neighbours fled.");
    assert!(f.iter().all(|f| f.text != "one"), "{f:#?}");
    let f = extract("They opened 12 branches in Ohio and one in which nobody works.");
    assert!(f.iter().all(|f| f.text != "one"), "{f:#?}");
}

#[test]
fn one_each_counts_in_a_list_of_placed_counts() {
    let f = extract(
        "During 1986 the company opened 81 new stores, including 76 in the U.S., two in \
         Australia and one each in Japan, Canada and the U.K.",
    );
    let units: Vec<_> = f.iter().map(|f| (f.value, f.unit.as_deref())).collect();
    assert_eq!(
        units,
        [
            (Some(81.0), Some("store")),
            (Some(76.0), Some("store")),
            (Some(2.0), Some("store")),
            (Some(1.0), Some("store"))
        ],
        "{f:#?}"
    );
}

#[test]
fn an_elided_amount_before_its_kind_alone_takes_the_unit() {
    let f = extract("This season's total comprises 3.94 mln tonnes of wheat and 3.66 mln barley.");
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(f[1].unit.as_deref(), Some("metric ton"), "{f:#?}");
    // (not a count of another size: "2,000 tonnes of wheat and 3 ships")
    let f = extract("It shipped 2,000 tonnes of wheat and 3 ships.");
    assert_ne!(f[1].unit.as_deref(), Some("metric ton"), "{f:#?}");
}

#[test]
fn money_spent_or_asked_for_after_money_is_in_its_currency() {
    let f = extract(
        "The government would take in 903 billion dlrs in revenues and spend 1.066 trillion \
         during fiscal 1988.",
    );
    assert_eq!(f[1].unit.as_deref(), Some("dollar"), "{f:#?}");
    // (past a conversion of the first amount)
    let f = extract(
        "Banks have lent the board 77 billion yen -- the equivalent of 55 mln dlrs -- while \
         the government had asked for 100 billion.",
    );
    assert_eq!(f[2].unit.as_deref(), Some("yen"), "{f:#?}");
    // (not a count after another verb)
    let f = extract("It spent 903 billion dlrs and counts 1.3 billion people.");
    assert_eq!(f[1].unit.as_deref(), Some("people"), "{f:#?}");
}

#[test]
fn a_currency_hyphened_to_a_word_after_a_plain_number_modifies_the_noun() {
    let f = one("It sold 10 dollar-denominated bonds.");
    assert_eq!(f.unit.as_deref(), Some("bond"));
    assert_ne!(
        one("only 13 Euro-MTN programs").unit.as_deref(),
        Some("euro")
    );
    // (not a rate, nor a currency after a scale word)
    let f = one("Zico's 30 dlr-a-share tender offer");
    assert_eq!(f.unit.as_deref(), Some("dollar per share"));
    assert_eq!(
        one("a 5.85 dlrs-per-hour wage").unit.as_deref(),
        Some("dollar per hour")
    );
    assert_eq!(
        one("It sold 5 billion euro-denominated bonds.")
            .unit
            .as_deref(),
        Some("euro")
    );
}

#[test]
fn a_limit_set_on_a_change_caps_it() {
    let f = extract("an accord limiting textile export growth to 0.5 pct a year");
    assert_eq!(f[0].change, Change::Less, "{f:#?}");
}

#[test]
fn a_level_restated_a_share_before_its_earlier_value() {
    let f = extract("It had earned 6,818,000 dlrs or 92 cts per share, up from 6,354,000 dlrs.");
    assert_eq!(
        (f[0].change, f[1].change),
        (Change::Up, Change::Up),
        "{f:?}"
    );
    assert_eq!(f[2].change, Change::Exact);
}

#[test]
fn a_bare_amount_of_assets_or_a_loss_is_in_the_sentence_s_money() {
    let f = extract(
        "It reported pre-tax profits of 2.0 mln dlrs with end-year assets of 8.4 mln, giving a \
         book profit on disposal of 16.2 mln.",
    );
    assert_eq!(f.len(), 3, "{f:?}");
    assert!(
        f.iter().all(|g| g.unit.as_deref() == Some("dollar")),
        "{f:?}"
    );
}
