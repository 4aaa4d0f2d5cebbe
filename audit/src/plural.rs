//! Counts in words for people: "1 record", "2 records", "0 records". Every count the text
//! report, the messages and the progress bar print goes through [`count`] (or [`form`], for a
//! verb that agrees with one), so that none reads "1 records".

use std::fmt::Display;

/// `one` for a count of 1, `many` for any other: `form(1, "lies", "lie")` is "lies".
pub fn form<'a, N>(count: N, one: &'a str, many: &'a str) -> &'a str
where
    N: PartialEq + From<u8>,
{
    if count == N::from(1) { one } else { many }
}

/// The count and its noun: `count(1, "delivery", "deliveries")` is "1 delivery",
/// `count(0, "delivery", "deliveries")` is "0 deliveries".
pub fn count<N>(count: N, one: &str, many: &str) -> String
where
    N: Copy + Display + PartialEq + From<u8>,
{
    format!("{count} {}", form(count, one, many))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(count(1_u64, "record", "records"), "1 record");
        assert_eq!(count(0_usize, "record", "records"), "0 records");
        assert_eq!(count(2_u16, "delivery", "deliveries"), "2 deliveries");
        assert_eq!(count(11_u64, "delivery", "deliveries"), "11 deliveries");
        assert_eq!(count(21_usize, "finding", "findings"), "21 findings");
        assert_eq!(form(1_u64, "lies", "lie"), "lies");
        assert_eq!(form(3_u64, "lies", "lie"), "lie");
    }
}
