//! `factdex eval concepts`: labels hold offsets into corpora, never text; the command reads
//! the sentences, extracts their figures and scores each concept against its label.

mod common;

use common::factdex;

/// A corpus folder with one Reuters-style record, and labels pointing into it.
fn fixture(labels: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let corpora = dir.path().join("corpora");
    std::fs::create_dir(&corpora).unwrap();
    let body = "Intro line.\nSoybean exports rose 5% to 20 million tons in March.";
    let record = serde_json::json!({"id": "r-1", "body": body});
    std::fs::write(corpora.join("reuters21578.jsonl"), format!("{record}\n")).unwrap();
    std::fs::write(dir.path().join("labels.tsv"), labels).unwrap();
    dir
}

/// Runs `factdex eval concepts` on the fixture's labels and corpora.
fn eval(dir: &tempfile::TempDir) -> std::process::Output {
    factdex()
        .args(["eval", "concepts", "--labels"])
        .arg(dir.path().join("labels.tsv"))
        .arg("--corpora")
        .arg(dir.path().join("corpora"))
        .output()
        .unwrap()
}

/// A label line: the sentence starts after "Intro line.\n".
fn label(figure: &str, concept: &str) -> String {
    let sentence = "Soybean exports rose 5% to 20 million tons in March.";
    let at = |s: &str| {
        let a = sentence.find(s).unwrap();
        format!("{a}-{}", a + s.len())
    };
    let (fs, fe) = at(figure)
        .split_once('-')
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .unwrap();
    format!(
        "t1\treu\tr-1\t12\t{}\t{fs}\t{fe}\t{}\n",
        12 + sentence.len(),
        at(concept)
    )
}

#[test]
fn scores_concepts_read_through_offsets() {
    let labels = format!(
        "# a comment\n{}{}",
        label("5%", "Soybean exports"),
        label("20 million tons", "March")
    );
    let dir = fixture(&labels);
    let out = eval(&dir);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    // the first concept shares "exports" with its label; the second label is deliberately wrong
    assert!(stdout.contains("t1        1/2"), "{stdout}");
    assert!(stdout.contains("1/2 labelled figures (50.0%)"), "{stdout}");
}

#[test]
fn a_label_that_points_nowhere_is_an_error_naming_its_line() {
    let dir = fixture("t1\treu\tr-404\t0\t5\t0\t1\t0-1\n");
    let out = eval(&dir);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("line 1") && stderr.contains("r-404"),
        "{stderr}"
    );
    // a malformed line names its line and the fields expected
    let dir = fixture("t1\treu\tr-1\n");
    let out = eval(&dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("labels.tsv:1: expected 8"));
}

#[test]
fn without_the_corpora_nothing_is_measured() {
    let dir = tempfile::tempdir().unwrap();
    let out = factdex()
        .args(["eval", "concepts", "--corpora"])
        .arg(dir.path().join("missing"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .contains("nothing measured"));
}
