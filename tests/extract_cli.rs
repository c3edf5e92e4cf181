//! `factdex extract`: the figure extractor on the command line, in the scorer's format.

use assert_cmd::Command;
use serde_json::Value;

#[test]
fn lines_mode_writes_one_json_object_per_input_line() {
    let input = "It cost $11 billion.\nNo figures here\nAbout 20 million tons of soybeans\n";
    let out = Command::cargo_bin("factdex")
        .unwrap()
        .args(["extract", "--lines", "--json"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["figures"][0]["value"], 1.1e10);
    assert_eq!(lines[1]["figures"].as_array().unwrap().len(), 0);
    let f = &lines[2]["figures"][0];
    assert_eq!(f["value"], 2e7);
    assert_eq!(f["change"], "~");
    assert_eq!(f["concept"], "soybeans");
}

#[test]
fn broken_pipe_is_not_an_error() {
    for args in [
        &["extract", "--lines"][..],
        &["extract", "--lines", "--json"][..],
    ] {
        broken_pipe_exits_0(args);
    }
}

fn broken_pipe_exits_0(args: &[&str]) {
    // a reader that closes at once: the command must still exit 0, not panic
    let text = "5 tons\n".repeat(200_000);
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("factdex"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        use std::io::Write;
        let _ = stdin.write_all(text.as_bytes());
    });
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn a_file_that_is_not_utf8_is_named_with_its_line_and_the_rest_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.txt");
    let good = dir.path().join("good.txt");
    std::fs::write(
        &bad,
        b"fine line\nprices fell 5%\nthe caf\xe9 sold 3 cakes\n",
    )
    .unwrap();
    std::fs::write(&good, "Sales rose 5% to $1.2bn\n").unwrap();
    let out = Command::cargo_bin("factdex")
        .unwrap()
        .arg("extract")
        .args([&bad, &good])
        .output()
        .unwrap();
    // grep's way: the error is reported, the other file is read, and the exit code is 2
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("bad.txt:3: not valid UTF-8"), "{stderr}");
    assert!(stderr.contains("iconv"), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("1.2bn"), "{stdout}");
}
