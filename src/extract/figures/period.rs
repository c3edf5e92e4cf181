//! Resolves a figure's period ("in December 2025", "by 2030", "next year", "the first
//! quarter") to a date range. Absolute periods resolve on their own; relative ones ("this
//! year", "last month") need the article's date. Periods without calendar bounds ("next
//! season", "the current campaign") stay unresolved.

use chrono::{Datelike, NaiveDate};

/// A date range; an open end is `None` ("by 2030" has no start, "since 2019" no end).
pub type Range = (Option<NaiveDate>, Option<NaiveDate>);

fn month_range(year: i32, month: u32) -> Option<(NaiveDate, NaiveDate)> {
    let start = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    Some((start, next.pred_opt()?))
}

fn months_range(year: i32, first: u32, last: u32) -> Option<(NaiveDate, NaiveDate)> {
    Some((month_range(year, first)?.0, month_range(year, last)?.1))
}

/// The date range of `period` (as the extractor writes it), if it has one. `reference` is the
/// article's date, for relative periods and months written without a year.
pub fn resolve(period: &str, reference: Option<NaiveDate>) -> Option<Range> {
    let lower = period.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let (&first, rest) = words.split_first()?;
    // "in December 2025", "by 2030", "since March"
    if matches!(
        first,
        "in" | "by" | "since" | "for" | "until" | "through" | "during" | "from"
    ) {
        let month = rest.first().and_then(|w| crate::extract::date::month_of(w));
        let year = rest
            .last()
            .filter(|w| w.len() == 4)
            .and_then(|w| w.parse::<i32>().ok())
            .filter(|y| (1800..=2200).contains(y));
        let (start, end) = match (month, year) {
            (Some(m), Some(y)) => month_range(y, m)?,
            (None, Some(y)) => months_range(y, 1, 12)?,
            (Some(m), None) => month_range(reference?.year(), m)?,
            (None, None) => return None,
        };
        return Some(match first {
            "by" | "until" | "through" => (None, Some(end)),
            "since" | "from" => (Some(start), None),
            _ => (Some(start), Some(end)),
        });
    }
    // "this year", "next month", "the first quarter", "last decade"
    let reference = reference?;
    let (&noun, qualifiers) = words.split_last()?;
    let offset = match qualifiers.last().copied() {
        Some("this" | "current" | "same") => 0,
        Some("next" | "coming" | "following" | "upcoming") => 1,
        Some("last" | "previous" | "past" | "prior") => -1,
        Some("first" | "1st") if noun == "quarter" => return quarter(reference.year(), 1),
        Some("second" | "2nd") if noun == "quarter" => return quarter(reference.year(), 2),
        Some("third" | "3rd") if noun == "quarter" => return quarter(reference.year(), 3),
        Some("fourth" | "4th") if noun == "quarter" => return quarter(reference.year(), 4),
        _ => return None,
    };
    let year = reference.year();
    let (start, end) = match noun {
        "year" => months_range(year + offset, 1, 12)?,
        "month" => {
            let index = year * 12 + reference.month0() as i32 + offset;
            month_range(index.div_euclid(12), index.rem_euclid(12) as u32 + 1)?
        }
        "quarter" => {
            let index = year * 4 + reference.month0() as i32 / 3 + offset;
            return quarter(index.div_euclid(4), index.rem_euclid(4) as u32 + 1);
        }
        "decade" => {
            let decade = year - year.rem_euclid(10) + 10 * offset;
            months_range(decade, 1, 12)
                .zip(months_range(decade + 9, 1, 12))
                .map(|(a, b)| (a.0, b.1))?
        }
        _ => return None,
    };
    Some((Some(start), Some(end)))
}

fn quarter(year: i32, q: u32) -> Option<Range> {
    let (s, e) = months_range(year, 3 * q - 2, 3 * q)?;
    Some((Some(s), Some(e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn absolute_periods() {
        assert_eq!(
            resolve("in December 2025", None),
            Some((d(2025, 12, 1), d(2025, 12, 31)))
        );
        assert_eq!(resolve("by 2030", None), Some((None, d(2030, 12, 31))));
        assert_eq!(resolve("since 2019", None), Some((d(2019, 1, 1), None)));
        assert_eq!(
            resolve("in February 2024", None),
            Some((d(2024, 2, 1), d(2024, 2, 29)))
        );
        assert_eq!(resolve("since March", None), None);
        assert_eq!(
            resolve("since March", d(2026, 2, 4)),
            Some((d(2026, 3, 1), None))
        );
    }

    #[test]
    fn relative_periods() {
        let r = d(2026, 2, 4);
        let cases = [
            ("next year", (2027, 1, 1), (2027, 12, 31)),
            ("last month", (2026, 1, 1), (2026, 1, 31)),
            ("the first quarter", (2026, 1, 1), (2026, 3, 31)),
            ("last quarter", (2025, 10, 1), (2025, 12, 31)),
            ("this decade", (2020, 1, 1), (2029, 12, 31)),
        ];
        for (text, (y0, m0, d0), (y1, m1, d1)) in cases {
            assert_eq!(
                resolve(text, r),
                Some((d(y0, m0, d0), d(y1, m1, d1))),
                "{text}"
            );
        }
        assert_eq!(resolve("next season", r), None);
        assert_eq!(resolve("next year", None), None);
    }
}
