//! Topics, entities and attribution on the seed corpus, as the issue states them.

mod common;

use std::collections::BTreeSet;

use common::{seed_index, A000, A003};
use serde_json::Value;

/// Every passage of both seeds, through search JSON (a query that matches them all).
fn articles() -> Vec<Value> {
    let dir = seed_index();
    let args = [
        "search",
        "--json",
        "--per-source",
        "50",
        "the OR a OR of OR and OR to OR in OR China",
    ];
    let (_, r, _) = common::json(dir.path(), &args);
    r["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["articles"].as_array().unwrap().clone())
        .collect()
}

fn article<'a>(all: &'a [Value], id: &str) -> &'a Value {
    all.iter()
        .find(|a| a["id"] == id)
        .unwrap_or_else(|| panic!("no {id}"))
}

fn entities(a: &Value) -> BTreeSet<String> {
    a["passages"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| {
            p["entities"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["name"].as_str().unwrap().to_string())
        })
        .collect()
}

#[test]
fn seed_topics_entities_and_attribution() {
    let all = articles();
    let a000 = article(&all, A000);
    let topics: Vec<&str> = a000["topics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    for t in [
        "trade",
        "agriculture",
        "energy",
        "Taiwan",
        "Ukraine war",
        "Iran",
    ] {
        assert!(topics.contains(&t), "000 lacks topic {t}: {topics:?}");
    }
    let e000 = entities(a000);
    let in_both = [
        "Donald Trump",
        "Xi Jinping",
        "China",
        "Taiwan",
        "Truth Social",
    ];
    for e in in_both {
        assert!(e000.contains(e), "000 lacks entity {e}: {e000:?}");
    }
    // the soybean figures of 000 are Trump's ("He said Beijing is weighing …")
    let soy = passage_with(a000, "soybean purchases to 20");
    for f in soy["figures"].as_array().unwrap() {
        assert_eq!(f["attribution"], "Donald Trump", "{f:#}");
    }
    let a003 = article(&all, A003);
    let e003 = entities(a003);
    for e in in_both
        .into_iter()
        .chain(["Xinhua News Agency", "Vladimir Putin"])
    {
        assert!(e003.contains(e), "003 lacks entity {e}: {e003:?}");
    }
    // "analysts noted that Xinhua's report did not mention these soybean purchases"
    let analysts = passage_with(a003, "analysts noted");
    assert!(
        analysts["speakers"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s == "analysts"),
        "{analysts:#}"
    );
    let xinhua = a003["passages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| {
            p["text"]
                .as_str()
                .unwrap()
                .starts_with("Xinhua News Agency reported")
        })
        .unwrap();
    assert_eq!(xinhua["speakers"][0], "Xinhua News Agency");
}

#[test]
fn topic_and_entity_filters_and_counts() {
    let dir = seed_index();
    let ix = dir.path();
    let search = |args: &[&str]| -> Value {
        let mut all = vec!["search", "--json"];
        all.extend_from_slice(args);
        common::json(ix, &all).1
    };
    let ids = |r: &Value| -> Vec<String> {
        let mut v: Vec<String> = r["groups"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|g| {
                g["articles"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|a| a["id"].as_str().unwrap().to_string())
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        ids(&search(&["soybean", "topic:\"ukraine war\""])),
        vec![A000]
    );
    assert_eq!(
        ids(&search(&["soybean", "--topic", "Ukraine war"])),
        vec![A000]
    );
    assert_eq!(ids(&search(&["soybean person:putin"])), vec![A003]);
    assert_eq!(ids(&search(&["org:xinhua"])), vec![A003]);
    assert_eq!(ids(&search(&["soybean place:taiwan"])), vec![A000, A003]);
    let counts = common::json(ix, &["topics", "--json"]).1;
    let count = |kind: &str, t: &str| {
        counts[kind]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["topic"] == t)
            .map(|c| c["articles"].as_u64().unwrap())
    };
    assert_eq!(count("topics", "taiwan"), Some(2));
    assert_eq!(count("topics", "ukraine war"), Some(1));
    // key phrases surface subjects the taxonomy has no topic for
    let phrases = counts["phrases"].as_array().unwrap();
    assert!(!phrases.is_empty(), "{counts:#}");
    assert!(phrases.iter().all(|c| c["articles"].as_u64() >= Some(1)));
    let counts = common::json(ix, &["topics", "--json", "person:putin"]).1;
    for kind in ["topics", "phrases"] {
        assert!(
            counts[kind]
                .as_array()
                .unwrap()
                .iter()
                .all(|c| c["articles"] == 1),
            "{counts:#}"
        );
    }
}

/// The passage of `article` whose text contains `needle`.
fn passage_with<'a>(article: &'a Value, needle: &str) -> &'a Value {
    article["passages"]
        .as_array()
        .expect("passages")
        .iter()
        .find(|p| p["text"].as_str().is_some_and(|t| t.contains(needle)))
        .unwrap_or_else(|| panic!("no passage with {needle:?}"))
}
