//! Fars News articles (mostly not about armed conflict): how many events the
//! extractor finds where there should be few.

use serde::Serialize;
use serde_json::Value;

/// One article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FarsArticle {
    /// Its link, else `line-N`.
    pub id: String,
    /// Headline.
    pub title: String,
    /// Headline, abstract and paragraphs, separated by blank lines.
    pub text: String,
    /// The data set's flag: the article mentions Syria or Iraq.
    pub mentions_syria_or_iraq: bool,
}

fn flag(v: &Value, key: &str) -> bool {
    match v.get(key) {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => s.trim().eq_ignore_ascii_case("true"),
        _ => false,
    }
}

fn paragraphs(v: &Value) -> Vec<String> {
    match v.get("paragraphs") {
        Some(Value::Array(all)) => all.iter().filter_map(Value::as_str).map(str::to_string).collect(),
        Some(Value::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// Reads the JSON Lines file (`title`, `abstract`, `paragraphs`, `link`, ...);
/// bad lines and lines without text are returned as messages naming their line.
pub fn read_farsnews(text: &str) -> (Vec<FarsArticle>, Vec<String>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = match serde_json::from_str(line) {
            Ok(v @ Value::Object(_)) => v,
            Ok(_) => {
                errors.push(format!("line {}: not a JSON object", i + 1));
                continue;
            }
            Err(e) => {
                errors.push(format!("line {}: not JSON: {e}", i + 1));
                continue;
            }
        };
        let get = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or_default().trim().to_string();
        let title = get("title");
        let parts: Vec<String> = [title.clone(), get("abstract")]
            .into_iter()
            .chain(paragraphs(&v))
            .filter(|p| !p.trim().is_empty())
            .collect();
        if parts.is_empty() {
            errors.push(format!("line {}: no text", i + 1));
            continue;
        }
        let link = get("link");
        out.push(FarsArticle {
            id: if link.is_empty() { format!("line-{}", i + 1) } else { link },
            title,
            text: parts.join("\n\n"),
            mentions_syria_or_iraq: flag(&v, "mentions_syria") || flag(&v, "mentions_iraq"),
        });
    }
    (out, errors)
}

/// An article with many events.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Busy {
    /// The article's id.
    pub id: String,
    /// Its headline.
    pub title: String,
    /// Events extracted.
    pub events: usize,
}

/// Events per article.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct FarsSummary {
    /// Articles.
    pub articles: usize,
    /// Articles with at least one event.
    pub with_events: usize,
    /// Events.
    pub events: usize,
    /// `events / articles`.
    pub events_per_article: f64,
    /// Articles flagged as mentioning Syria or Iraq.
    pub syria_or_iraq_articles: usize,
    /// Of those, articles with at least one event.
    pub syria_or_iraq_with_events: usize,
    /// The articles with most events, most first (ties in input order).
    pub busiest: Vec<Busy>,
}

/// Sums event counts (one per article, in input order); keeps the `top` busiest.
pub fn summarise(articles: &[FarsArticle], events: &[usize], top: usize) -> FarsSummary {
    let mut s = FarsSummary::default();
    let mut busy: Vec<(usize, usize)> = Vec::new();
    for (i, (a, &n)) in articles.iter().zip(events).enumerate() {
        s.articles += 1;
        s.events += n;
        s.with_events += usize::from(n > 0);
        if a.mentions_syria_or_iraq {
            s.syria_or_iraq_articles += 1;
            s.syria_or_iraq_with_events += usize::from(n > 0);
        }
        if n > 0 {
            busy.push((n, i));
        }
    }
    busy.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    s.busiest = busy
        .into_iter()
        .take(top)
        .map(|(n, i)| Busy { id: articles[i].id.clone(), title: articles[i].title.clone(), events: n })
        .collect();
    s.events_per_article = if s.articles == 0 { 0.0 } else { s.events as f64 / s.articles as f64 };
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_ranks() {
        let text = "{\"title\":\"الف\",\"abstract\":\"ب\",\"paragraphs\":[\"پ\",\"ت\"],\"link\":\"L1\",\"mentions_syria\":\"True\"}\n\
                    {\"title\":\"ج\",\"paragraphs\":[]}\n\
                    [1]\n{\"title\":\"\"}\n{\"title\":\"د\",\"link\":\"L4\"}\n";
        let (articles, errors) = read_farsnews(text);
        assert_eq!(articles.len(), 3);
        assert_eq!(articles[0].text, "الف\n\nب\n\nپ\n\nت");
        assert!(articles[0].mentions_syria_or_iraq);
        assert_eq!(articles[1].id, "line-2");
        assert_eq!(errors.len(), 2);
        let s = summarise(&articles, &[2, 0, 2], 1);
        assert_eq!((s.articles, s.with_events, s.events), (3, 2, 4));
        assert_eq!((s.syria_or_iraq_articles, s.syria_or_iraq_with_events), (1, 1));
        assert_eq!(s.busiest, vec![Busy { id: "L1".into(), title: "الف".into(), events: 2 }]);
    }
}
