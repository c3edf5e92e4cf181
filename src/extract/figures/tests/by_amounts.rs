//! Changes by an amount behind a bound or "another" ("slash prices by up to 8%", "up by
//! another £130m"), a change restated at a yearly pace ("grew 0.1%, an annual rate of 0.3%"),
//! and misspelled scales ("a 2.15 biilion dlr loan").

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
