//! Text for HTML pages (the development plan, the stats report): escaped,
//! with the ids that the words write between backticks set as code.

use std::fmt::Write;

/// `<`, `>`, `&` and quotes as HTML writes them.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// `text` escaped, with each `id` between backticks as code; a backtick
/// without its pair stays a backtick.
pub fn with_code(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut pieces = text.split('`');
    if let Some(first) = pieces.next() {
        out.push_str(&escape(first));
    }
    let rest: Vec<&str> = pieces.collect();
    let paired = rest.len() - rest.len() % 2;
    for pair in rest[..paired].chunks(2) {
        let _ = write!(out, "<code>{}</code>{}", escape(pair[0]), escape(pair[1]));
    }
    if let Some(odd) = rest.get(paired) {
        out.push('`');
        out.push_str(&escape(odd));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_ids_are_code() {
        assert_eq!(escape("a < b & \"c\""), "a &lt; b &amp; &quot;c&quot;");
        assert_eq!(
            escape("a < b & \"c\" 'd'"),
            "a &lt; b &amp; &quot;c&quot; &#39;d&#39;"
        );
        assert_eq!(
            with_code("`a<b>` and `c`"),
            "<code>a&lt;b&gt;</code> and <code>c</code>"
        );
        assert_eq!(with_code("one ` alone"), "one ` alone");
        assert_eq!(with_code("`x` then ` odd"), "<code>x</code> then ` odd");
    }
}
