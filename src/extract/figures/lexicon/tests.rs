//! Tests of the bundled lexicon: the schema files parse, and the opener shapes keep every
//! opener.

use super::*;

#[test]
fn schema_files_parse() {
    let lex = Lexicon::load().expect("bundled schema parses");
    assert!(lex.units.len() > 50);
    let (ton, _) = lex.aliases["tons"];
    assert_eq!(lex.units[ton].name, "metric ton");
    assert_eq!(lex.units[lex.symbols["$"]].currency.as_deref(), Some("USD"));
    assert_eq!(lex.scales["million"], 1e6);
    assert!(lex.max_alias_tokens >= 3);
}

#[test]
fn opener_shapes_keep_every_opener_and_reject_common_words() {
    let lex = Lexicon::load().expect("bundled schema parses");
    for w in &lex.openers {
        assert!(lex.opener_shapes.may_contain(w), "{w}");
        assert!(lex.opener_shapes.may_contain(&w.to_uppercase()), "{w}");
    }
    let rejected = [
        "the", "of", "and", "to", "in", "said", "that", "with", "Trump",
    ]
    .iter()
    .filter(|w| !lex.opener_shapes.may_contain(w))
    .count();
    assert!(rejected >= 8, "only {rejected} of 9 common words rejected");
}

#[test]
fn derived_and_cased_unit_forms() {
    let lex = Lexicon::load().expect("bundled schema parses");
    let unit = |alias: &str| {
        lex.aliases
            .get(alias)
            .map(|&(u, _)| lex.units[u].name.as_str())
    };
    // a phrase of words is also found hyphenated
    assert_eq!(unit("percentage-point"), Some("percentage point"));
    assert_eq!(unit("square-mile"), Some("square mile"));
    // wire spellings of currencies
    assert_eq!(unit("h.k. dlrs"), Some("Hong Kong dollar"));
    // "g" counts only in lower case: "5G" is a network
    assert!(lex.lowercase_only.contains("g"));
}
