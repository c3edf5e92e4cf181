//! The query engine: the seed comparison, figure intent and constraints, filters, grouping
//! limits and bad queries, through the CLI on a fresh index of the bundled corpus (plus a
//! few generated articles where the seeds cannot show a behaviour).

mod common;

use std::path::Path;

use common::{factdex, seed_index, A000, A003};
use serde_json::Value;

fn run(ix: &Path, args: &[&str]) -> (i32, Value, String) {
    let mut all = vec!["search", "--json"];
    all.extend_from_slice(args);
    common::json(ix, &all)
}

/// The cells of a row as (article, value of the fact, certainty).
fn cells(row: &Value) -> Vec<(String, f64, String)> {
    let mut out: Vec<(String, f64, String)> = row["cells"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["article"].as_str().unwrap().to_string(),
                c["value"].as_f64().unwrap(),
                c["certainty"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn seed_comparison_soybean_tonnage() {
    let dir = seed_index();
    let (code, r, _) = run(dir.path(), &["soybean tonnage"]);
    assert_eq!(code, 0);
    assert_eq!(r["understood"]["figure_intent"], "mass");
    let rows = r["comparison"].as_array().unwrap();
    assert_eq!(rows.len(), 3, "{r:#}");
    let find = |period: &str, role: &str| {
        rows.iter()
            .find(|row| row["period"] == period && row["role"] == role)
            .unwrap_or_else(|| panic!("no {role} row for {period}: {r:#}"))
    };
    // this season: 20 million tons in both; 003 from a baseline of 12; 000 only weighing it
    let this = find("this season", "value");
    assert_eq!(this["dimension"], "mass");
    let c = cells(this);
    assert_eq!(c.len(), 2);
    assert_eq!(
        (c[0].0.as_str(), c[0].1, c[0].2.as_str()),
        (A000, 2e7, "tentative")
    );
    assert_eq!((c[1].0.as_str(), c[1].1), (A003, 2e7));
    let from_003 = this["cells"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["article"] == A003)
        .unwrap();
    assert_eq!(from_003["from"], 1.2e7);
    assert_eq!(
        this["cells"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["article"] == A000)
            .unwrap()["hedge"],
        "weighing"
    );
    assert_eq!(this["flag"], "hedged differently");
    // next season: 25 million tons in both, committed in 000 but projected in 003
    let next = find("next season", "value");
    let c = cells(next);
    assert_eq!(
        c,
        vec![
            (A000.into(), 2.5e7, "committed".into()),
            (A003.into(), 2.5e7, "projected".into())
        ]
    );
    assert_eq!(next["flag"], "hedged differently");
    // the baseline of 12 million tons only in 003
    let base = find("this season", "baseline");
    assert_eq!(
        cells(base)
            .iter()
            .map(|c| (c.0.as_str(), c.1))
            .collect::<Vec<_>>(),
        vec![(A003, 1.2e7)]
    );
    assert_eq!(base["flag"], format!("only in {A003}"));
}

#[test]
fn terminal_comparison_table() {
    let dir = seed_index();
    let out = factdex()
        .arg("--index")
        .arg(dir.path())
        .args(["search", "soybean tonnage"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Figures compared across sources"), "{text}");
    assert!(text.contains("→ hedged differently"), "{text}");
    assert!(text.contains(&format!("→ only in {A003}")), "{text}");
}

#[test]
fn figure_constraints_filter_passages() {
    let dir = seed_index();
    let ix = dir.path();
    // more than 22 million tonnes: only the 25-million-ton passages remain, in both sources
    let (code, r, _) = run(ix, &["soybean > 22 million tonnes"]);
    assert_eq!(code, 0);
    assert_eq!(r["groups"].as_array().unwrap().len(), 2);
    let (_, r, _) = run(ix, &["soybean tons:>3e7"]);
    assert!(r["groups"].as_array().unwrap().is_empty(), "{r:#}");
    // unit conversion: 11 billion dollars is within 1e10..1.2e10 dollars, and not kg
    let (code, r, _) = run(ix, &["arms between 10 and 12 billion dollars"]);
    assert_eq!(code, 0);
    assert_eq!(r["groups"][0]["articles"][0]["id"], A003);
    // kilograms and tons are one dimension
    assert_eq!(run(ix, &["kg:>1"]).0, 0);
    assert_eq!(run(ix, &["kg:<1"]).0, 1);
}

#[test]
fn filters_and_grouping_limits() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    let mut feed = String::new();
    for (i, (outlet, date)) in [
        ("Alpha", "2020-01-05"),
        ("Alpha", "2021-03-01"),
        ("Beta", "2021-06-01"),
        ("Gamma", "2022-01-01"),
    ]
    .iter()
    .enumerate()
    {
        feed.push_str(&format!(
            "{{\"id\": \"{i}\", \"outlet\": \"{outlet}\", \"date\": \"{date}\", \"body\": \"Wheat harvest news {i}.\\n\\nWheat exports reached {} tonnes in part one.\\n\\nMore wheat talk.\"}}\n",
            1000 * (i + 1)
        ));
    }
    std::fs::write(docs.join("feed.jsonl"), feed).unwrap();
    let ix = dir.path().join("ix");
    factdex()
        .arg("--index")
        .arg(&ix)
        .args(["index", docs.to_str().unwrap()])
        .assert()
        .success();
    let sources = |r: &Value| {
        r["groups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["source"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    let (_, r, _) = run(&ix, &["wheat"]);
    let mut all = sources(&r);
    all.sort();
    assert_eq!(all, vec!["Alpha", "Beta", "Gamma"]);
    let (_, r, _) = run(&ix, &["wheat", "--limit", "2", "--per-source", "1"]);
    assert_eq!(r["groups"].as_array().unwrap().len(), 2);
    for g in r["groups"].as_array().unwrap() {
        let n: usize = g["articles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["passages"].as_array().unwrap().len())
            .sum();
        assert_eq!(n, 1);
    }
    let (_, r, _) = run(&ix, &["wheat outlet:alpha"]);
    assert_eq!(sources(&r), vec!["Alpha"]);
    let (_, r, _) = run(&ix, &["wheat", "--outlet", "BETA"]);
    assert_eq!(sources(&r), vec!["Beta"]);
    let (_, r, _) = run(
        &ix,
        &["wheat", "--since", "2021-01-01", "--until", "2021-12-31"],
    );
    let mut s = sources(&r);
    s.sort();
    assert_eq!(s, vec!["Alpha", "Beta"]);
    let alpha = &r["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["source"] == "Alpha")
        .unwrap()["articles"];
    assert_eq!(
        alpha.as_array().unwrap().len(),
        1,
        "only the 2021 Alpha article"
    );
    // a misspelling still finds the word
    let (code, r, _) = run(&ix, &["wheet"]);
    assert_eq!(code, 0, "{r:#}");
    assert!(r["understood"]["words"][0].as_str().unwrap().ends_with('~'));
}

#[test]
fn bad_queries_exit_2_with_a_message_or_read_sensibly() {
    let dir = seed_index();
    let ix = dir.path();
    for (q, msg) in [
        ("colour:red soy", "unknown field"),
        ("tons:>lots", "not a number"),
        ("since:someday soy", "YYYY-MM-DD"),
        ("!!!", "nothing to search for"),
    ] {
        let (code, _, stderr) = run(ix, &[q]);
        assert_eq!(code, 2, "{q}");
        assert!(stderr.contains(msg), "{q}: {stderr}");
    }
    let long = "soybean ".repeat(12_500); // 100 KB
    let (code, _, stderr) = run(ix, &[&long]);
    assert_eq!(code, 2);
    assert!(stderr.contains("limit"), "{stderr}");
    // sensible readings: unbalanced quote, a bound without a number, only stop words
    assert_eq!(run(ix, &["\"arms package"]).0, 0);
    assert_eq!(
        run(ix, &["> banana tons"]).0,
        0,
        "read as the words banana, tons"
    );
    assert_ne!(run(ix, &["the of and"]).0, 2);
}
