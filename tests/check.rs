//! `factdex check` on the seed corpus: the acceptance claims of the issue, verdict by verdict.

mod common;

use common::{factdex, seed_index, A000, A003};
use serde_json::Value;

fn check(ix: &std::path::Path, claim: &str) -> (i32, Value) {
    let (code, v, _) = common::json(ix, &["check", "--json", claim]);
    (code, v)
}

fn verdict(r: &Value, article: &str) -> String {
    r["verdicts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["article"] == article)
        .unwrap_or_else(|| panic!("no verdict for {article}: {r:#}"))["verdict"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn seed_claims() {
    let dir = seed_index();
    let ix = dir.path();

    let (code, r) = check(
        ix,
        "China committed to buy 25 million tons of soybeans next season",
    );
    assert_eq!(code, 0);
    assert_eq!(
        (verdict(&r, A000), verdict(&r, A003)),
        ("supports".into(), "hedged".into()),
        "{r:#}"
    );
    let hedged = r["verdicts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["article"] == A003)
        .unwrap();
    assert_eq!(hedged["figure"]["hedge"], "projections");
    assert_eq!(r["summary"]["supports"], 1);
    assert_eq!(r["summary"]["hedged"], 1);

    let (_, r) = check(ix, "China will buy 30 million tons of soybeans next season");
    assert_eq!(
        (verdict(&r, A000), verdict(&r, A003)),
        ("contradicts".into(), "contradicts".into()),
        "{r:#}"
    );
    for v in r["verdicts"].as_array().unwrap() {
        assert_eq!(
            v["figure"]["value"], 2.5e7,
            "contradicted by the 25 million tons: {v:#}"
        );
    }

    let (_, r) = check(
        ix,
        "China's soybean purchases rose from 12 million tons this season",
    );
    assert_eq!(
        (verdict(&r, A000), verdict(&r, A003)),
        ("silent".into(), "supports".into()),
        "{r:#}"
    );

    let (_, r) = check(ix, "The US approved an $11 billion arms package for Taiwan");
    assert_eq!(
        (verdict(&r, A000), verdict(&r, A003)),
        ("silent".into(), "supports".into()),
        "{r:#}"
    );

    // a figure nobody reports: every source silent, exit 1
    let (code, r) = check(ix, "China bought 500 fighter jets from Russia");
    assert_eq!(code, 1, "{r:#}");
    assert!(
        r["verdicts"]
            .as_array()
            .unwrap()
            .iter()
            .all(|v| v["verdict"] == "silent"),
        "{r:#}"
    );

    // a claim without a figure still works, and says so
    let out = factdex()
        .arg("--index")
        .arg(ix)
        .args(["check", "Xi and Trump discussed Taiwan"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("no figure found in the claim"), "{text}");
    assert!(text.contains("0 sources support"), "{text}");
}
