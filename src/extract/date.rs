//! Dates: parses the date forms news metadata uses, and finds an article's date in its text
//! ("February 4, 2026", "4 February 2026", "Wednesday, February 4" resolved to the nearest year
//! in which February 4 is a Wednesday).

use chrono::{Datelike, NaiveDate, Weekday};

use super::figures::lexer::{lex, Kind, Toks};

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// The month (1–12) a word names: a full name, or an abbreviation with or without its period
/// ("Feb", "Sept.", "Oct.").
pub fn month_of(w: &str) -> Option<u32> {
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let w = w.trim_end_matches('.');
    let b = w.as_bytes();
    if b.len() < 3 || b.len() > 9 {
        return None;
    }
    // `| 0x20` lower-cases an ASCII letter and turns no other byte into one
    let key = [b[0] | 0x20, b[1] | 0x20, b[2] | 0x20];
    let i = MONTHS.iter().position(|m| m.as_bytes() == key)?;
    let full = FULL[i].as_bytes();
    let named = b.len() == 3
        || full
            .get(..b.len())
            .is_some_and(|f| f.eq_ignore_ascii_case(b))
        || w.eq_ignore_ascii_case("sept");
    named.then_some(i as u32 + 1)
}

/// A date found in text, before its year is known for sure.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month.
    pub day: u32,
    /// The year when written.
    pub year: Option<i32>,
    /// The weekday when written.
    pub weekday: Option<Weekday>,
    /// The words as written.
    pub raw: String,
}

impl DateMention {
    /// Resolves the mention to a date, using `reference` for a missing year: the year nearest
    /// to it in which the date falls on the written weekday, else the reference year itself.
    pub fn resolve(&self, reference: NaiveDate) -> Option<NaiveDate> {
        if let Some(y) = self.year {
            return NaiveDate::from_ymd_opt(y, self.month, self.day);
        }
        let base = reference.year();
        let Some(weekday) = self.weekday else {
            return NaiveDate::from_ymd_opt(base, self.month, self.day);
        };
        (0..=28)
            .flat_map(|d| [base - d, base + d])
            .filter_map(|y| NaiveDate::from_ymd_opt(y, self.month, self.day))
            .find(|date| date.weekday() == weekday)
    }
}

fn text_of<'a>(text: &'a str, toks: &Toks, i: usize) -> Option<&'a str> {
    toks.get(i).map(|t| &text[t.start..t.end])
}

fn day_at(text: &str, toks: &Toks, i: usize) -> Option<u32> {
    let t = toks.get(i).filter(|t| t.kind == Kind::Num)?;
    let d: u32 = text[t.start..t.end].parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year_at(text: &str, toks: &Toks, i: usize) -> Option<i32> {
    let t = toks
        .get(i)
        .filter(|t| t.kind == Kind::Num && t.end - t.start == 4)?;
    text[t.start..t.end].parse().ok()
}

/// Finds the first date mention with a day in `text`.
pub fn find_in_text(text: &str) -> Option<DateMention> {
    let toks = lex(text);
    for i in 0..toks.len() {
        let Some(month) = text_of(text, &toks, i).and_then(month_of) else {
            continue;
        };
        if toks[i].kind != Kind::Word || !text_of(text, &toks, i)?.starts_with(char::is_uppercase) {
            continue;
        }
        let skip_dot = usize::from(text_of(text, &toks, i + 1) == Some("."));
        // "February 4, 2026" / "February 4"
        let (day, mut start, end, mut year) = if let Some(d) = day_at(text, &toks, i + 1 + skip_dot)
        {
            let j = i + 2 + skip_dot;
            let comma = usize::from(text_of(text, &toks, j) == Some(","));
            match year_at(text, &toks, j + comma) {
                Some(y) => (d, i, j + comma + 1, Some(y)),
                None => (d, i, j, None),
            }
        } else if let Some(d) = i.checked_sub(1).and_then(|k| day_at(text, &toks, k)) {
            // "4 February 2026"
            match year_at(text, &toks, i + 1 + skip_dot) {
                Some(y) => (d, i - 1, i + 2 + skip_dot, Some(y)),
                None => (d, i - 1, i + 1, None),
            }
        } else {
            continue;
        };
        // "Wednesday, February 4"
        let mut weekday = None;
        let comma = usize::from(start > 0 && text_of(text, &toks, start - 1) == Some(","));
        if let Some(w) = start
            .checked_sub(1 + comma)
            .and_then(|k| text_of(text, &toks, k))
        {
            if let Some(&(_, wd)) = WEEKDAYS
                .iter()
                .find(|(name, _)| w.eq_ignore_ascii_case(name))
            {
                weekday = Some(wd);
                start -= 1 + comma;
            }
        }
        if year.is_some_and(|y| !(1800..=2200).contains(&y)) {
            year = None;
        }
        let raw = text[toks[start].start..toks[end - 1].end].to_string();
        return Some(DateMention {
            month,
            day,
            year,
            weekday,
            raw,
        });
    }
    None
}

/// Parses a metadata date string: ISO 8601, RFC 2822, `26-FEB-1987 15:01:01`, `Feb. 4, 2026`,
/// `4 February 2026`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Some(d) = s
        .get(..10)
        .and_then(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").ok())
    {
        return Some(d);
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc2822(s) {
        return Some(dt.date_naive());
    }
    let head = s.split_whitespace().next().unwrap_or("");
    for fmt in ["%d-%b-%Y", "%d/%m/%Y", "%Y/%m/%d"] {
        if let Ok(d) = NaiveDate::parse_from_str(head, fmt) {
            return Some(d);
        }
    }
    let m = find_in_text(s)?;
    m.year
        .and_then(|y| NaiveDate::from_ymd_opt(y, m.month, m.day))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn finds_full_and_weekday_dates() {
        let m = find_in_text("held a call on February 4, 2026, addressing").unwrap();
        assert_eq!(m.resolve(ymd(2000, 1, 1)), Some(ymd(2026, 2, 4)));
        assert_eq!(m.raw, "February 4, 2026");
        let m =
            find_in_text("In a Truth Social post on Wednesday, February 4, Trump said").unwrap();
        assert_eq!(m.weekday, Some(Weekday::Wed));
        assert_eq!(m.raw, "Wednesday, February 4");
        assert_eq!(m.resolve(ymd(2026, 3, 1)), Some(ymd(2026, 2, 4)));
        assert_eq!(m.resolve(ymd(2021, 3, 1)).unwrap().weekday(), Weekday::Wed);
        let m = find_in_text("on 4 February 2026 the").unwrap();
        assert_eq!(m.resolve(ymd(2000, 1, 1)), Some(ymd(2026, 2, 4)));
        assert!(find_in_text("May I ask? He may come in march.").is_none());
    }

    #[test]
    fn parses_metadata_dates() {
        assert_eq!(parse_date("2016-09-20"), Some(ymd(2016, 9, 20)));
        assert_eq!(parse_date("1987-02-26T15:01:01Z"), Some(ymd(1987, 2, 26)));
        assert_eq!(parse_date("26-FEB-1987 15:01:01"), Some(ymd(1987, 2, 26)));
        assert_eq!(
            parse_date("Wed, 04 Feb 2026 10:00:00 +0000"),
            Some(ymd(2026, 2, 4))
        );
        assert_eq!(parse_date("Feb. 4, 2026"), Some(ymd(2026, 2, 4)));
        assert_eq!(parse_date("4 February 2026"), Some(ymd(2026, 2, 4)));
        assert_eq!(parse_date("soon"), None);
    }
}
