//! Helpers shared by the integration tests: the binary, a fresh index of the bundled corpus,
//! and running a command that prints JSON.
#![allow(dead_code)]

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

/// The seed articles' ids.
pub const A000: &str = "000_710f48fbb3f23f27";
pub const A003: &str = "003_76e08575962d5ea4";

/// The `factdex` binary.
pub fn factdex() -> Command {
    Command::cargo_bin("factdex").unwrap()
}

/// A fresh index of the bundled `corpus/` in a temporary folder.
pub fn seed_index() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    factdex()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("--index")
        .arg(dir.path())
        .args(["index", "corpus"])
        .assert()
        .success();
    dir
}

/// Runs `factdex --index IX ARGS…`: (exit code, stdout as JSON or null, stderr).
pub fn json(ix: &Path, args: &[&str]) -> (i32, Value, String) {
    let out = factdex()
        .arg("--index")
        .arg(ix)
        .args(args)
        .output()
        .unwrap();
    let v = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (
        out.status.code().unwrap_or(-1),
        v,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
