//! Acceptance tests of the foundation: the bundled seed corpus, end to end through the CLI,
//! as a new user would run it.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

/// A fresh index of the bundled corpus in a temporary folder.
fn indexed() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    Command::cargo_bin("factdex")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["--index", dir.path().to_str().unwrap(), "index", "corpus"])
        .assert()
        .success();
    dir
}

fn search_json(index: &Path, query: &str) -> Value {
    let out = Command::cargo_bin("factdex")
        .unwrap()
        .args([
            "--index",
            index.to_str().unwrap(),
            "search",
            "--json",
            query,
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

fn group_of<'a>(result: &'a Value, article: &str) -> &'a Value {
    result["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| {
            g["articles"]
                .as_array()
                .unwrap()
                .iter()
                .any(|a| a["id"] == article)
        })
        .unwrap_or_else(|| panic!("no group for {article}: {result:#}"))
}

fn values(group: &Value) -> Vec<f64> {
    let mut out = Vec::new();
    for a in group["articles"].as_array().unwrap() {
        for p in a["passages"].as_array().unwrap() {
            for f in p["figures"].as_array().unwrap() {
                for key in ["value", "from", "low", "high"] {
                    if let Some(v) = f[key].as_f64() {
                        out.push(v);
                    }
                }
            }
        }
    }
    out
}

const A000: &str = "000_710f48fbb3f23f27";
const A003: &str = "003_76e08575962d5ea4";

#[test]
fn soybean_tonnage_groups_both_seeds_with_their_figures() {
    let dir = indexed();
    let result = search_json(dir.path(), "soybean tonnage");
    let groups = result["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 2, "{result:#}");
    let g000 = group_of(&result, A000);
    let g003 = group_of(&result, A003);
    assert_ne!(g000["source"], g003["source"]);
    for v in [2.0e7, 2.5e7] {
        assert!(values(g000).contains(&v), "000 lacks {v}: {g000:#}");
        assert!(values(g003).contains(&v), "003 lacks {v}: {g003:#}");
    }
    assert!(values(g003).contains(&1.2e7));
    assert!(!values(g000).contains(&1.2e7));
    let f = &g000["articles"][0]["passages"][0]["figures"][0];
    assert_eq!(f["unit"], "metric ton");
    assert_eq!(f["dimension"], "mass");
    assert_eq!(f["text"], "20 million tons");
}

#[test]
fn both_seeds_are_dated_2026_02_04() {
    let dir = indexed();
    let result = search_json(dir.path(), "soybean");
    for id in [A000, A003] {
        let g = group_of(&result, id);
        assert_eq!(g["articles"][0]["date"], "2026-02-04", "{id}");
    }
}

#[test]
fn arms_package_is_only_in_003() {
    let dir = indexed();
    let result = search_json(dir.path(), "arms package");
    let with_11bn: Vec<&Value> = result["groups"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| values(g).contains(&1.1e10))
        .collect();
    assert_eq!(with_11bn.len(), 1, "{result:#}");
    assert_eq!(with_11bn[0]["articles"][0]["id"], A003);
    let f = &with_11bn[0]["articles"][0]["passages"][0]["figures"][0];
    assert_eq!(f["unit"], "dollar");
    assert_eq!(f["currency"], "USD");
}

#[test]
fn mojibake_apostrophes_are_repaired_and_searchable() {
    let dir = indexed();
    // 003 writes "Xi”s"; the index must match it for "Xi's" and show it repaired
    let result = search_json(dir.path(), "\"Xi's discussions\"");
    let g = group_of(&result, A003);
    let text = g["articles"][0]["passages"][0]["text"].as_str().unwrap();
    assert!(text.contains("President Xi’s discussions"), "{text}");
    assert!(!text.contains('”') || !text.contains("Xi”s"));
}

#[test]
fn terminal_output_marks_figures_and_exit_codes_follow_grep() {
    let dir = indexed();
    let ix = dir.path().to_str().unwrap();
    let out = Command::cargo_bin("factdex")
        .unwrap()
        .args(["--index", ix, "search", "soybean"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("[20 million tons]"), "{text}");
    assert!(!text.contains("\x1b["), "no colors when not a terminal");
    let none = Command::cargo_bin("factdex")
        .unwrap()
        .args(["--index", ix, "search", "zeppelin"])
        .output()
        .unwrap();
    assert_eq!(none.status.code(), Some(1));
    let bad = Command::cargo_bin("factdex")
        .unwrap()
        .args(["--index", ix, "search", "!!!"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("nothing to search for"));
}

#[test]
fn search_without_index_builds_one_from_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let ix = dir.path().join("ix");
    let out = Command::cargo_bin("factdex")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["--index", ix.to_str().unwrap(), "search", "soybean"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("building it from corpus/"));
}

#[test]
fn bad_inputs_are_reported_and_the_rest_indexed() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    std::fs::write(
        docs.join("good.txt"),
        "A title here\nThe port handled 5 million tons.\n",
    )
    .unwrap();
    std::fs::write(docs.join("bad.txt"), b"\xff\xfe binary").unwrap();
    std::fs::write(docs.join("empty.md"), "").unwrap();
    std::fs::write(
        docs.join("feed.jsonl"),
        "{\"body\": \"Exports rose 3%.\", \"outlet\": \"Wire\"}\n{oops\n",
    )
    .unwrap();
    let ix = dir.path().join("ix");
    let out = Command::cargo_bin("factdex")
        .unwrap()
        .args([
            "--index",
            ix.to_str().unwrap(),
            "index",
            docs.to_str().unwrap(),
            "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["added"], 2);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("bad.txt: not valid UTF-8"), "{stderr}");
    assert!(stderr.contains("empty.md: empty file"), "{stderr}");
    assert!(stderr.contains("feed.jsonl:2: not valid JSON"), "{stderr}");
    let result = search_json(&ix, "exports");
    assert_eq!(result["groups"][0]["outlet"], "Wire");
}
