//! Market tables and charter fixtures: a spread between two months after a wide gap is no
//! date, a bound word set apart by wide gaps belongs to the cell before it, and a fixture's
//! cargo range, loading rates and laydays ("20,000/35,000 mt bulk wheat 5,000/222,500
//! 10-15/4") are a range, two figures and a date; a currency code opening a cell labels its
//! row ("FFR   71.5  (  71.6 )").

use super::extract;
use crate::model::Change;

#[test]
fn a_spread_tables_cells_are_figures_without_bounds() {
    let f = extract(
        "DIFFERENCE  May/Jul  1      under  1      under  Sep/Nov  1-1/2  under  2-1/2  under",
    );
    let values: Vec<_> = f.iter().map(|f| f.value).collect();
    assert_eq!(
        values,
        [Some(1.0), Some(1.0), Some(1.5), Some(2.5)],
        "{f:#?}"
    );
    assert!(f.iter().all(|f| f.change == Change::Exact), "{f:#?}");
    // (a month and its day in prose stay a date)
    assert!(extract("The meeting is on May 1 in Paris.").is_empty());
}

#[test]
fn a_fixtures_cargo_is_a_range_and_its_rates_two_figures() {
    let f = extract("Marseilles range 20,000/35,000 mt bulk wheat 5,000/222,500 10-15/4.");
    assert_eq!(f.len(), 3, "{f:#?}");
    assert_eq!((f[0].low, f[0].high), (Some(20_000.0), Some(35_000.0)));
    assert_eq!(f[0].unit.as_deref(), Some("metric ton"));
    assert_eq!((f[1].value, f[2].value), (Some(5_000.0), Some(222_500.0)));
    // (rates a little apart with no unit after them are two figures too)
    assert_eq!(
        extract("USG 10,500 mt bulk ore 2,500/4,000 7-13/4.").len(),
        3
    );
    // (a pair written high to low is not split in two; a mixed number is no layday)
    assert!(extract("Prices fell towards the 1,100/1,050 stg area.").len() <= 1);
    assert_eq!(extract("The stock closed up 1/2 at 12-5/8.").len(), 2);
}

#[test]
fn a_two_way_price_may_end_on_a_whole_number() {
    let f = extract("It was quoted from 155.80/156 last night and a high-low of 155.80/154 dlrs.");
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!((f[0].low, f[0].high), (Some(155.8), Some(156.0)));
    assert_eq!((f[1].low, f[1].high), (Some(154.0), Some(155.8)));
    // (not a whole number far off, nor one of another length)
    assert!(extract("It was quoted at 155.80/1560 dlrs.")
        .iter()
        .all(|f| f.low.is_none()));
}

#[test]
fn a_two_way_price_in_whole_numbers_needs_its_unit() {
    let f = extract("Platinum ended 50 cents higher at 563/567 dlrs.");
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!((f[1].low, f[1].high), (Some(563.0), Some(567.0)));
    assert_eq!(f[1].unit.as_deref(), Some("dollar"));
    // (bare, or far apart, no range)
    assert!(extract("Prices were 805/807.").is_empty());
    assert!(extract("It sold 300/900 tonnes.")
        .iter()
        .all(|f| f.low.is_none()));
}

#[test]
fn a_currency_code_opening_a_cell_labels_its_row() {
    let f = extract(
        "Other effective rates were =  DKR     92.7    (  92.7 )  FFR     71.5    (  71.6 )  \
         DMK     146.4    ( 146.5 )",
    );
    let concepts: Vec<_> = f.iter().map(|f| f.concept.as_deref()).collect();
    assert_eq!(
        concepts,
        [
            Some("DKR"),
            Some("DKR"),
            Some("FFR"),
            Some("FFR"),
            Some("DMK"),
            Some("DMK")
        ],
        "{f:#?}"
    );
    let f = extract("DMK 1.8216  FFR 6.0612  YEN 145.15  STG 1.6198");
    let concepts: Vec<_> = f.iter().map(|f| f.concept.as_deref()).collect();
    assert_eq!(
        concepts,
        [Some("DMK"), Some("FFR"), Some("YEN"), Some("STG")]
    );
    // (a code in prose is no row label)
    let f = extract("The bank placed bonds worth DMK 150 mln with investors.");
    assert_eq!(f[0].concept.as_deref(), Some("bonds"), "{f:#?}");
}

#[test]
fn a_wire_lines_result_turned_after_vs_keeps_the_unit_and_its_own_concept() {
    let f = extract("Net profit 148,000 dlrs vs loss 1,686,000");
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(f[1].unit.as_deref(), Some("dollar"));
    assert_eq!(f[1].concept.as_deref(), Some("loss"));
    // (an adverb ending in -arily is no concept)
    let f = extract("The prime rate is customarily set 0.9 percentage point above the coupon.");
    assert_eq!(f[0].concept.as_deref(), Some("prime rate"), "{f:#?}");
}

#[test]
fn a_charters_rates_before_its_laydays_are_two_figures() {
    for text in [
        "Santos/Hodeidah 10,000 mt bagged sugar about 30 dlrs 750/750 20-30/4 a/c Dutch charterer.",
        "Antwerp/Lagos 12,000 mt bagged sugar 750/750 try liner discharge 5-20/4 a/c E D and F Man.",
    ] {
        let f = extract(text);
        let rates: Vec<_> = f.iter().filter(|f| f.value == Some(750.0)).collect();
        assert_eq!(rates.len(), 2, "{text}: {f:#?}");
        // (the laydays count nothing, before the charterer's account too)
        assert!(f.iter().all(|f| f.value.is_some_and(|v| v >= 30.0)), "{f:#?}");
    }
    // (not a split or a score without laydays)
    assert!(extract("a 50/50 split").is_empty());
    assert!(extract("It was 750/750 at the end.").is_empty());
}
