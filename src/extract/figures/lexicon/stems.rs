//! Verb stems matched with their inflections: the change verbs and hedge cues of the schema
//! are stems ("increas", "declin", "weigh") that match "increased", "declining", "weighs".

/// Does `w` match the stem `stem` with an inflection?
pub(super) fn stem_match(w: &str, stem: &str) -> bool {
    // most words differ from a stem in their first two letters or are shorter: no string
    // comparison for them
    let (wb, sb) = (w.as_bytes(), stem.as_bytes());
    if wb.len() < sb.len() || wb.first() != sb.first() || wb.get(1) != sb.get(1) {
        return false;
    }
    w.strip_prefix(stem).is_some_and(|rest| {
        matches!(
            rest,
            "" | "s"
                | "es"
                | "ed"
                | "d"
                | "e"
                | "ing"
                | "en"
                | "n"
                | "ped"
                | "ping"
                | "med"
                | "ming"
                | "ned"
                | "ning"
                | "ged"
                | "ging"
                | "ting"
                | "ted"
                | "ion"
                | "ions"
                | "ment"
                | "ments"
                | "ly"
                | "ies"
                | "y"
        )
    })
}
