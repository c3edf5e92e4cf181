//! "One" counting the noun after a name that modifies it ("at least one Newtown parent"), the
//! noun ending before a verb in the past ("at least one voter came") or in -s ("only one
//! Democratic senator faces"), and a people's own name counted ("one Republican"); "one" asked
//! about is a pronoun ("how does one explain"); "from one device to others" is a series; "one"
//! listed after a count counts too ("three companies and one coin retailer"); "One caveat:"
//! opens a heading.

use super::extract;

#[test]
fn one_counts_the_noun_after_a_name() {
    for (text, noun) in [
        (
            "Support came from at least one Newtown parent: Mark Mattioli.",
            "parent",
        ),
        ("At least one GOP insider told the Post.", "insider"),
        (
            "Right now, only one Democratic senator faces a serious challenge.",
            "senator",
        ),
    ] {
        let f = extract(text);
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        assert_eq!(
            (f[0].value, f[0].unit.as_deref()),
            (Some(1.0), Some(noun)),
            "{text}"
        );
    }
    // past an adjective and a plural that modify it, before its state
    let f = extract("The clashes left one civil rights activist dead.");
    assert_eq!(f[0].unit.as_deref(), Some("activist"), "{f:?}");
    // (not a clause's verb in -s: "one thing seems clear")
    assert!(extract("In the meantime, one thing seems clear: it works.").is_empty());
    // a people's name is the noun itself, not a modifier of the verb after it
    let f = extract("At least one Democrat voted for it.");
    assert_eq!(f[0].unit.as_deref(), Some("Democrat"));
    assert!(
        extract("With just one Republican voting against, it passed.")
            .iter()
            .all(|f| f.unit.is_some())
    );
}

#[test]
fn a_past_verb_ends_the_counted_phrase() {
    for (text, noun) in [
        ("At least one voter came.", "voter"),
        ("Only one Trump voter came.", "voter"),
        (
            "There is only one abortion clinic left in the state.",
            "clinic",
        ),
    ] {
        let f = extract(text);
        assert_eq!(f[0].unit.as_deref(), Some(noun), "{text}: {f:?}");
    }
    // "hit" is mostly a noun
    let f = extract("Only one viral hit is enough to keep it afloat.");
    assert_eq!(f[0].unit.as_deref(), Some("hit"), "{f:?}");
}

#[test]
fn one_asked_about_is_a_pronoun() {
    assert!(extract("How does one explain philanthropists?").is_empty());
    // (and "one aim" is one of several, no count; "one wrote" an unnamed writer)
    for text in [
        "One aim had to be to raise the credit standing.",
        "“This is not patty-cake,” one wrote.",
        "Wood tips his former team-mates to go one better.",
        "few broadcasters, never mind one built by the vision of Roger Ailes, have done it",
    ] {
        assert!(extract(text).is_empty(), "{text}");
    }
    // (a verb in the past is no noun it counts: "at least one came back")
    assert_eq!(extract("At least one came back.")[0].unit, None);
    let f = extract("She could only do one pullup last year.");
    assert_eq!(f[0].unit.as_deref(), Some("pullup"));
}

#[test]
fn one_in_a_series_from_one_to_others_counts_nothing() {
    for text in [
        "Content can be moved from one device, such as a digital camera, to others.",
        "They moved from one city to the next.",
    ] {
        assert!(extract(text).is_empty(), "{text}");
    }
    // (a count still: "from one plant to 12")
    assert_eq!(extract("Output rose from one plant to 12 plants.").len(), 2);
}

#[test]
fn one_listed_after_a_count_counts_too() {
    let f = extract("Three Japanese trading companies and one coin retailer will sell coins.");
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(f[1].unit.as_deref(), Some("retailer"));
    let f = extract("a chain with ten franchises and one corporate restaurant");
    assert_eq!(f.len(), 2, "{f:#?}");
    // (not a speaker after a figure)
    assert_eq!(
        extract("Sales rose 5 pct and one analyst said so.").len(),
        1
    );
}

#[test]
fn one_opening_a_heading_before_its_colon_is_an_article() {
    assert!(extract("One caveat: both polls were sponsored by unknown groups.").is_empty());
    assert_eq!(extract("One reason: it costs 5 dlrs.").len(), 1);
}

#[test]
fn one_ending_a_sentence_after_in_counts() {
    for (text, noun) in [
        ("I would have them in one session.", "session"),
        ("You don't solve it in one meeting.", "meeting"),
    ] {
        let f = extract(text);
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        assert_eq!((f[0].value, f[0].unit.as_deref()), (Some(1.0), Some(noun)));
    }
    // (not "in one case", an instance, nor an idiom, nor before a comma)
    for text in [
        "It happened in one case.",
        "He put all his eggs in one basket.",
        "In one video, he spoke.",
    ] {
        assert!(extract(text).is_empty(), "{text}: {:?}", extract(text));
    }
}

#[test]
fn one_counts_past_a_hyphened_modifier() {
    let f = extract("At least one right-wing brawler was caught on video.");
    assert_eq!(f[0].unit.as_deref(), Some("brawler"), "{f:?}");
    // "one more good-faith attempt": the figure ends at "more"
    let f = extract("We will make one more good-faith attempt to negotiate.");
    assert_eq!(
        (f[0].text.as_str(), f[0].unit.as_deref()),
        ("one more", Some("attempt"))
    );
}

#[test]
fn ones_count_no_noun_of_their_own() {
    let f = extract("The four obvious ones on the fence are Collins and Flake.");
    assert_eq!(
        (f[0].value, f[0].unit.as_deref()),
        (Some(4.0), None),
        "{f:?}"
    );
    // (an order of magnitude of them still counts)
    let f = extract("If immigrants, including millions of undocumented ones, see it.");
    assert_eq!(f.len(), 1, "{f:?}");
}

#[test]
fn one_member_of_a_body_counts_unless_it_speaks() {
    let f = extract("One member of the Bank's Monetary Policy Committee - Paul Tucker - voted.");
    assert_eq!(
        (f[0].value, f[0].unit.as_deref()),
        (Some(1.0), Some("member")),
        "{f:?}"
    );
    // an unnamed speaker past its of-phrase, no count; nor any noun before "of"
    assert!(extract("One member of the committee said he would resign.").is_empty());
    assert!(extract("It was one kind of trouble.").is_empty());
}

#[test]
fn one_span_of_a_pair_with_the_next_counts_nothing() {
    assert!(
        extract("One week, he condemns threats and the next, agrees to lift a ban.").is_empty()
    );
    // but a time counted back still counts
    let f = extract("One week before the order lifted, the governor spoke; the next day he left.");
    assert_eq!(f[0].unit.as_deref(), Some("week"), "{f:?}");
}

#[test]
fn one_of_a_series_and_a_gang_named() {
    // "from one topic to an entirely unrelated topic": the same noun again, a series
    assert!(extract("It is a segue from one topic to an entirely unrelated topic.").is_empty());
    // "the gang of eight" names a group
    assert!(extract("Let's make sure that group, the gang of eight, makes progress.").is_empty());
}

#[test]
fn one_count_of_a_charge_counts() {
    let f = extract("Police charged him with one count of murder, two counts of attempted murder.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(
        (f[0].value, f[0].unit.as_deref()),
        (Some(1.0), Some("count"))
    );
}

#[test]
fn one_in_brackets_alone_counts() {
    let f = extract("She received more support from faithless electors (one) than votes (zero).");
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!((f[0].value, f[1].value), (Some(1.0), Some(0.0)));
}
