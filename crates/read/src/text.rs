//! Plain text: one document, with a headline when the first line looks like one.

/// Longest first line (in characters) still taken as a headline.
const MAX_TITLE_CHARS: usize = 200;

/// Splits `text` (newlines already normalised to `\n`) into an optional
/// headline and the body. The first non-empty line is the headline when it is
/// short, does not end in a full stop, and is followed by a blank line.
pub(crate) fn split_title(text: &str) -> (Option<String>, String) {
    let text = text.trim();
    let Some((first, rest)) = text.split_once('\n') else {
        return (None, text.to_string());
    };
    let first = first.trim();
    let blank_follows = rest.split_once('\n').is_some_and(|(next, _)| next.trim().is_empty());
    let is_title = blank_follows
        && first.chars().count() < MAX_TITLE_CHARS
        && !first.ends_with(['.', '۔'])
        && !rest.trim().is_empty();
    if is_title {
        (Some(first.split_whitespace().collect::<Vec<_>>().join(" ")), rest.trim().to_string())
    } else {
        (None, text.to_string())
    }
}

/// Turns `\r\n` and lone `\r` into `\n`.
pub(crate) fn normalise_newlines(text: String) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_needs_shortness_no_full_stop_and_a_blank_line() {
        let (t, b) = split_title("\n  غارة على إدلب  \n\nقالت مصادر محلية إن غارة استهدفت المدينة.\n");
        assert_eq!(t.as_deref(), Some("غارة على إدلب"));
        assert_eq!(b, "قالت مصادر محلية إن غارة استهدفت المدينة.");

        let (t, b) = split_title("First sentence ends here.\n\nSecond paragraph.");
        assert_eq!(t, None);
        assert_eq!(b, "First sentence ends here.\n\nSecond paragraph.");

        let (t, _) = split_title("No blank line\nright after.");
        assert_eq!(t, None);
        let (t, b) = split_title("Only a line");
        assert_eq!((t, b.as_str()), (None, "Only a line"));
        let long = "و".repeat(MAX_TITLE_CHARS);
        assert_eq!(split_title(&format!("{long}\n\nمتن")).0, None);
    }

    #[test]
    fn newlines_are_normalised() {
        assert_eq!(normalise_newlines("a\r\nb\rc".into()), "a\nb\nc");
    }
}
