//! Numbers that name things rather than measure them: products written in camel case
//! ("HydroCal 2", "PlayStation 3") and capitalised labels ("Measure 3").

use super::extract;

#[test]
fn a_product_or_ballot_measure_number_is_a_name() {
    for text in [
        "financing for its HydroCal 2 heavy hydrotreating system",
        "Sony's PlayStation 3 console will be released in San Francisco",
        "making Measure 3 part of the constitution would give it permanence",
        // a year's last two digits after an apostrophe
        "He had supported Ford in ’76, H.W.",
        "Wages have barely budged since '08",
        "dividends on its series 2 preferred shares will remain suspended",
        // clock times with a leading zero, and the other end of their span
        "CBT bond futures continue to trade from 0800 to 1400 CST.",
        "a curfew between 2200 and 0700, except",
    ] {
        let f = extract(text);
        assert!(f.is_empty(), "{text}: {f:?}");
    }
    // but a camel-case name before a counted figure, a decimal in a table or a possessive's
    // figure stays a figure
    for (text, figure) in [
        ("Yates spoke with Donald McGahn three times", 3.0),
        ("Africa 125.0  WestHem     1,050.5  1,114.0", 1050.5),
        ("McDonald's 2,000 restaurants", 2000.0),
        ("YouTube 10 million views", 1e7),
        ("he scored '10 points'", 10.0),
    ] {
        let f = extract(text);
        assert!(f.iter().any(|f| f.value == Some(figure)), "{text}: {f:?}");
    }
}
