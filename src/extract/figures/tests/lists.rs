//! Units shared along a list of amounts ("47,000 tonnes of barley, 78,600 of wheat").

use super::extract;

#[test]
fn a_bare_amount_of_a_thing_takes_the_unit_listed_before_it() {
    let text = "a further 233,600 tonnes of cereals will be loaded, comprising 47,000 tonnes of \
                barley, 78,600 of wheat and 25,000 of rapeseed for the Soviet Union, 30,000 of \
                wheat for Sri Lanka";
    let figures = extract(text);
    let units: Vec<(&str, Option<&str>)> = figures
        .iter()
        .map(|f| (f.text.as_str(), f.unit.as_deref()))
        .collect();
    for amount in ["78,600", "25,000", "30,000"] {
        assert!(
            units.contains(&(amount, Some("metric ton"))),
            "{amount}: {units:?}"
        );
    }
    // parts of a whole, counts and lone numbers keep no unit
    for (text, bare) in [
        (
            "shipped 500 tonnes of rice, 10 of the 12 ships were late",
            "10",
        ),
        ("it bought 40 tonnes of copper, 3 of them from Chile", "3"),
        ("it has 12 ships of grain, 5 of wheat", "5"),
    ] {
        let f = extract(text);
        let f = f.iter().find(|f| f.text == bare);
        assert!(f.is_none_or(|f| f.unit.is_none()), "{text}: {f:?}");
    }
}
