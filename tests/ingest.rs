//! Ingestion and batch re-indexing as a newsroom runs it: every kind of bad input, re-runs,
//! changes, duplicates, pruning, a second writer, and recovery after `kill -9`.

use std::path::Path;
use std::process::Command as Std;

use assert_cmd::Command;
use serde_json::Value;

fn factdex() -> Command {
    Command::cargo_bin("factdex").unwrap()
}

/// Runs `factdex --index IX index ARGS --json`: (exit code, summary, stderr).
fn index(ix: &Path, args: &[&str]) -> (i32, Value, String) {
    let out = factdex()
        .arg("--index")
        .arg(ix)
        .arg("index")
        .args(args)
        .arg("--json")
        .output()
        .unwrap();
    let summary = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (
        out.status.code().unwrap_or(-1),
        summary,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn search(ix: &Path, query: &str) -> Value {
    let out = factdex()
        .arg("--index")
        .arg(ix)
        .args(["search", "--json", "--limit", "50", query])
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap_or(Value::Null)
}

fn count(summary: &Value, key: &str) -> u64 {
    summary[key]
        .as_u64()
        .unwrap_or_else(|| panic!("no {key} in {summary}"))
}

#[test]
fn every_bad_input_is_one_clear_error_and_the_rest_is_indexed() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir_all(docs.join("sub")).unwrap();
    std::fs::write(
        docs.join("good.txt"),
        "Port throughput\nThe port handled 5 million tons.\n",
    )
    .unwrap();
    std::fs::write(docs.join("bad-utf8.txt"), b"caf\xe9 prices rose").unwrap();
    std::fs::write(docs.join("binary.txt"), b"\x00\x01\x02ELF").unwrap();
    std::fs::write(docs.join("empty.md"), "").unwrap();
    std::fs::write(docs.join("front.md"), "---\ntitle: [unclosed\n---\nBody.\n").unwrap();
    std::fs::write(
        docs.join("dated.md"),
        "---\ntitle: Odd date\ndate: sometime soon\n---\nExports rose 3%.\n",
    )
    .unwrap();
    std::fs::write(
        docs.join("feed.jsonl"),
        "{\"id\": \"a1\", \"body\": \"Wheat exports rose 4%.\", \"outlet\": \"Wire\"}\n{oops\n{\"id\": \"a3\", \"body\": \"Corn fell 2%.\", \"outlet\": \"Wire\"}\n",
    )
    .unwrap();
    // a 100 MB article: refused by its size, before it is read
    let huge = std::fs::File::create(docs.join("huge.txt")).unwrap();
    huge.set_len(100 << 20).unwrap();
    // a truncated .zst: the complete records before the cut are still indexed
    let mut records = String::new();
    for i in 0..20_000 {
        records.push_str(&format!(
            "{{\"id\": \"z{i}\", \"body\": \"Record {i} says output rose {i}% in region {}.\"}}\n",
            i * 7919 % 10007
        ));
    }
    let packed = zstd::encode_all(records.as_bytes(), 3).unwrap();
    std::fs::write(docs.join("cut.jsonl.zst"), &packed[..packed.len() * 2 / 3]).unwrap();
    // an unreadable file (a dangling link) and a symbolic link loop
    std::os::unix::fs::symlink(docs.join("gone.txt"), docs.join("dangling.txt")).unwrap();
    std::os::unix::fs::symlink(&docs, docs.join("sub").join("loop")).unwrap();
    // hidden and boilerplate files are not articles
    std::fs::write(docs.join(".hidden.txt"), "Secret notes\nNot news at all.\n").unwrap();
    std::fs::write(
        docs.join("README.txt"),
        "About this folder\nNot an article.\n",
    )
    .unwrap();

    let ix = dir.path().join("ix");
    let (code, summary, stderr) = index(&ix, &[docs.to_str().unwrap()]);
    assert_eq!(code, 2, "something was skipped: {stderr}");
    let expect = [
        ("bad-utf8.txt", "not valid UTF-8"),
        ("binary.txt", "binary file"),
        ("empty.md", "empty file"),
        ("front.md", "front matter is not valid YAML"),
        ("feed.jsonl:2", "not valid JSON"),
        ("huge.txt", "the limit for one article"),
        ("cut.jsonl.zst", "zstd stream is truncated or corrupt"),
        ("dangling.txt", ""),
        ("loop", "symbolic link loop"),
    ];
    for (file, what) in expect {
        let line = stderr
            .lines()
            .find(|l| l.contains(file))
            .unwrap_or_else(|| panic!("no error for {file}:\n{stderr}"));
        assert!(line.contains(what), "{file}: {line}");
    }
    assert!(
        stderr.contains("dated.md: date \"sometime soon\" not understood"),
        "{stderr}"
    );
    assert!(
        !stderr.contains(".hidden") && !stderr.contains("README"),
        "{stderr}"
    );
    let added = count(&summary, "added");
    // good, dated, a1, a3, and the records of the cut file before the cut
    assert!(added > 4 + 100 && added < 4 + 20_000, "{summary}");
    assert_eq!(
        count(&summary, "skipped") as usize,
        summary["errors"].as_array().unwrap().len()
    );
    let wheat = search(&ix, "wheat");
    assert_eq!(wheat["groups"][0]["outlet"], "Wire");
    assert!(search(&ix, "secret")["groups"]
        .as_array()
        .is_none_or(|g| g.is_empty()));
}

fn write_corpus(docs: &Path, n: usize) {
    std::fs::create_dir_all(docs).unwrap();
    for i in 0..n {
        std::fs::write(
            docs.join(format!("a{i:04}.txt")),
            format!("Story number {i}\nThe mill in town{i} produced {i} thousand tonnes of flour, marker{i}.\n"),
        )
        .unwrap();
    }
}

#[test]
fn reindexing_is_incremental_and_exact() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    write_corpus(&docs, 30);
    let ix = dir.path().join("ix");
    let d = docs.to_str().unwrap();
    let (code, s, _) = index(&ix, &[d]);
    assert_eq!((code, count(&s, "added")), (0, 30));
    // the same input again changes nothing
    let (_, s, _) = index(&ix, &[d]);
    assert_eq!(
        (
            count(&s, "added"),
            count(&s, "updated"),
            count(&s, "unchanged")
        ),
        (0, 0, 30)
    );
    // a changed article is replaced, a copied one reported as a duplicate, a deleted one pruned
    std::fs::write(
        docs.join("a0001.txt"),
        "Story number 1\nThe mill produced 99 thousand tonnes, marker1 revised.\n",
    )
    .unwrap();
    std::fs::copy(docs.join("a0002.txt"), docs.join("copy.txt")).unwrap();
    std::fs::remove_file(docs.join("a0003.txt")).unwrap();
    let (code, s, stderr) = index(&ix, &[d, "--prune"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(count(&s, "updated"), 1, "{s}");
    assert_eq!(count(&s, "duplicates"), 1, "{s}");
    assert_eq!(count(&s, "pruned"), 1, "{s}");
    assert_eq!(count(&s, "unchanged"), 28, "{s}");
    assert!(
        stderr.contains("copy.txt: same text as article \"a0002\""),
        "{stderr}"
    );
    let revised = search(&ix, "revised");
    assert_eq!(revised["groups"].as_array().unwrap().len(), 1);
    assert!(search(&ix, "marker3")["groups"]
        .as_array()
        .unwrap()
        .is_empty());
    let passages: usize = search(&ix, "marker1")["groups"][0]["articles"][0]["passages"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(passages, 1, "the old version of a0001 is gone");
}

#[test]
fn a_second_writer_gets_a_clear_error() {
    use factdex::index::{Backend, LocalIndex};
    let dir = tempfile::tempdir().unwrap();
    let ix = dir.path().join("ix");
    let mut holder = LocalIndex::open_or_create(&ix).unwrap();
    holder.delete(&["nothing".to_string()]).unwrap(); // takes the writer lock
    let out = factdex()
        .arg("--index")
        .arg(&ix)
        .args(["index", concat!(env!("CARGO_MANIFEST_DIR"), "/corpus")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("index is locked by another factdex process"),
        "{stderr}"
    );
    // searching still works while the lock is held
    let s = factdex()
        .arg("--index")
        .arg(&ix)
        .args(["search", "soybean"])
        .output()
        .unwrap();
    assert_ne!(
        s.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&s.stderr)
    );
}

#[test]
fn kill_9_mid_run_loses_nothing_and_doubles_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    let n = 1500;
    write_corpus(&docs, n);
    let ix = dir.path().join("ix");
    let mut child = Std::new(assert_cmd::cargo::cargo_bin("factdex"))
        .arg("--index")
        .arg(&ix)
        .args(["index", docs.to_str().unwrap(), "--batch", "50"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // wait for the first commits, then kill without warning
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while std::time::Instant::now() < deadline {
        let committed = std::fs::read_to_string(ix.join("meta.json"))
            .map(|m| m.matches("segment_id").count())
            .unwrap_or(0);
        if committed >= 2 || child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let was_running = child.try_wait().unwrap().is_none();
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        was_running,
        "the run finished before it could be killed; make the corpus larger"
    );
    // the index opens at its last commit, and a re-run completes it
    let (code, s, stderr) = index(&ix, &[docs.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(count(&s, "added") + count(&s, "unchanged"), n as u64, "{s}");
    assert!(
        count(&s, "unchanged") > 0 && count(&s, "added") > 0,
        "killed between commits: {s}"
    );
    let (_, s, _) = index(&ix, &[docs.to_str().unwrap()]);
    assert_eq!(count(&s, "unchanged"), n as u64, "{s}");
    for i in [0, 777, n - 1] {
        let r = search(&ix, &format!("marker{i}"));
        let groups = r["groups"].as_array().unwrap();
        assert_eq!(groups.len(), 1, "marker{i}: {r}");
        assert_eq!(
            groups[0]["articles"][0]["passages"]
                .as_array()
                .unwrap()
                .len(),
            1,
            "marker{i} doubled: {r}"
        );
    }
}

#[test]
fn stdin_json_and_outlet_resolution() {
    let dir = tempfile::tempdir().unwrap();
    let ix = dir.path().join("ix");
    let feed = "{\"body\": \"Oil rose to $90 a barrel.\", \"url\": \"https://www.foxnews.com/x\"}\n{\"body\": \"Gas fell 3%.\"}\n";
    let out = factdex()
        .arg("--index")
        .arg(&ix)
        .args(["index", "-", "--json"])
        .write_stdin(feed)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // no outlet in the metadata: the URL's domain, through schema/outlets.toml
    assert_eq!(search(&ix, "oil")["groups"][0]["outlet"], "Fox News");
    assert_eq!(search(&ix, "gas")["groups"][0]["outlet"], Value::Null);
    // --outlet comes before the URL
    let out = factdex()
        .arg("--index")
        .arg(&ix)
        .args(["index", "-", "--outlet", "Desk"])
        .write_stdin(feed)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(search(&ix, "oil")["groups"][0]["outlet"], "Desk");
    assert_eq!(search(&ix, "gas")["groups"][0]["outlet"], "Desk");
    // a folder's corpus.toml names the outlet of its files
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    std::fs::write(docs.join("corpus.toml"), "outlet = \"Folder Daily\"\n").unwrap();
    std::fs::write(docs.join("x.txt"), "Coal news\nCoal output fell 7%.\n").unwrap();
    let (code, _, stderr) = index(&ix, &[docs.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(search(&ix, "coal")["groups"][0]["outlet"], "Folder Daily");
}
