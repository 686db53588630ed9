//! HTML to title, main text and metadata, with iterative traversals only.

use crate::date::parse_date;
use chrono::NaiveDate;
use ego_tree::iter::Edge;
use ego_tree::NodeRef;
use marsad_core::{Diagnostic, Origin};
use scraper::{Html, Node};
use std::borrow::Cow;

/// Nesting beyond this depth is flattened before parsing: the HTML tree
/// builder scans its stack of open elements per tag, so deeper trees cost
/// quadratic time (browsers cap the depth similarly).
pub(crate) const MAX_DEPTH: usize = 512;

/// The warning given when [`flatten_deep`] changed a page.
pub(crate) fn flattened_warning(origin: &Origin) -> Diagnostic {
    Diagnostic::warning(
        origin.to_string(),
        format!("HTML is nested more than {MAX_DEPTH} elements deep; deeper tags were flattened (all text kept)"),
    )
}

/// What an HTML page yields.
#[derive(Debug, Default)]
pub(crate) struct Extracted {
    /// The headline, whitespace-collapsed, site-name suffix removed.
    pub title: Option<String>,
    /// Main text: paragraphs separated by blank lines.
    pub body: String,
    /// `article:published_time`, JSON-LD `datePublished`, or similar.
    pub published: Option<NaiveDate>,
    /// `og:site_name`.
    pub site_name: Option<String>,
    /// `og:url`, else `<link rel="canonical">`.
    pub url: Option<String>,
    /// `<html lang>`.
    pub lang: Option<String>,
    /// True when nesting deeper than [`MAX_DEPTH`] was flattened.
    pub flattened: bool,
}

/// Extracts a page; `known_site` (e.g. a `--source` default) helps strip
/// " | Site" from titles when the page has no `og:site_name`.
pub(crate) fn extract(html: &str, known_site: Option<&str>) -> Extracted {
    let (html, flattened) = match flatten_deep(html) {
        Cow::Borrowed(s) => (Cow::Borrowed(s), false),
        Cow::Owned(s) => (Cow::Owned(s), true),
    };
    let doc = Html::parse_document(&html);
    let facts = Facts::collect(doc.tree.root());
    let body = facts.main_text(doc.tree.root());
    let site_name = facts.site_name.clone();
    let site = site_name.as_deref().or(known_site);
    let title = facts
        .og_title
        .as_deref()
        .or(facts.title.as_deref())
        .or(facts.h1.as_deref())
        .map(collapse)
        .map(|t| strip_site(&t, site).to_string())
        .filter(|t| !t.is_empty());
    Extracted {
        title,
        body,
        published: facts.published(),
        site_name,
        url: facts.og_url.or(facts.canonical),
        lang: facts.lang,
        flattened,
    }
}

/// Everything gathered in one pass over the tree.
#[derive(Default)]
struct Facts<'a> {
    og_title: Option<String>,
    title: Option<String>,
    h1: Option<String>,
    site_name: Option<String>,
    og_url: Option<String>,
    canonical: Option<String>,
    lang: Option<String>,
    article_time: Option<NaiveDate>,
    ld_date: Option<NaiveDate>,
    itemprop_date: Option<NaiveDate>,
    other_date: Option<NaiveDate>,
    articles: Vec<NodeRef<'a, Node>>,
    article_body: Option<NodeRef<'a, Node>>,
    main: Option<NodeRef<'a, Node>>,
    body: Option<NodeRef<'a, Node>>,
}

/// `<meta name>` values that may carry a publication date, after the preferred ones.
const OTHER_DATE_NAMES: [&str; 9] = [
    "og:published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "parsely-pub-date",
];

impl<'a> Facts<'a> {
    fn collect(root: NodeRef<'a, Node>) -> Facts<'a> {
        let mut f = Facts::default();
        let mut article_depth = 0usize;
        for edge in root.traverse() {
            let (node, open) = match edge {
                Edge::Open(n) => (n, true),
                Edge::Close(n) => (n, false),
            };
            let Node::Element(el) = node.value() else {
                continue;
            };
            let name = el.name();
            if name == "article" {
                if open {
                    if article_depth == 0 {
                        f.articles.push(node);
                    }
                    article_depth += 1;
                } else {
                    article_depth = article_depth.saturating_sub(1);
                }
            }
            if !open {
                continue;
            }
            let itemprop = el.attr("itemprop").unwrap_or("");
            if itemprop.eq_ignore_ascii_case("articleBody") && f.article_body.is_none() {
                f.article_body = Some(node);
            }
            if itemprop.eq_ignore_ascii_case("datePublished") && f.itemprop_date.is_none() {
                f.itemprop_date = el.attr("content").or(el.attr("datetime")).and_then(parse_date);
            }
            match name {
                "html" if f.lang.is_none() => {
                    f.lang = el.attr("lang").map(str::trim).filter(|l| !l.is_empty()).map(String::from);
                }
                "body" if f.body.is_none() => f.body = Some(node),
                "main" if f.main.is_none() => f.main = Some(node),
                "title" if f.title.is_none() => f.title = nonempty(text_of(node)),
                "h1" if f.h1.is_none() => f.h1 = nonempty(text_of(node)),
                "link" if f.canonical.is_none() => {
                    let canonical = el
                        .attr("rel")
                        .is_some_and(|r| r.split_whitespace().any(|w| w.eq_ignore_ascii_case("canonical")));
                    if canonical {
                        f.canonical = el.attr("href").and_then(|h| nonempty(h.trim().to_string()));
                    }
                }
                "script"
                    if f.ld_date.is_none()
                        && el.attr("type").is_some_and(|t| t.to_ascii_lowercase().contains("ld+json")) =>
                {
                    f.ld_date = jsonld_date(&text_of(node));
                }
                "meta" => f.meta(el),
                _ => {}
            }
        }
        f
    }

    fn meta(&mut self, el: &scraper::node::Element) {
        let Some(key) = el.attr("property").or(el.attr("name")) else {
            return;
        };
        let Some(content) = el.attr("content").map(str::trim).filter(|c| !c.is_empty()) else {
            return;
        };
        let key = key.trim().to_ascii_lowercase();
        match key.as_str() {
            "og:title" if self.og_title.is_none() => self.og_title = Some(content.to_string()),
            "og:site_name" if self.site_name.is_none() => self.site_name = Some(collapse(content)),
            "og:url" if self.og_url.is_none() => self.og_url = Some(content.to_string()),
            "article:published_time" if self.article_time.is_none() => {
                self.article_time = parse_date(content);
            }
            k if self.other_date.is_none() && OTHER_DATE_NAMES.contains(&k) => {
                self.other_date = parse_date(content);
            }
            _ => {}
        }
    }

    fn published(&self) -> Option<NaiveDate> {
        self.article_time.or(self.ld_date).or(self.itemprop_date).or(self.other_date)
    }

    /// Renders the best container: the longest top-level `<article>`, else
    /// `[itemprop=articleBody]`, `<main>`, `<body>`, the whole document.
    fn main_text(&self, root: NodeRef<'a, Node>) -> String {
        let best_article = self.articles.iter().map(|a| render(*a)).max_by_key(String::len).filter(|t| !t.is_empty());
        if let Some(text) = best_article {
            return text;
        }
        [self.article_body, self.main, self.body, Some(root)]
            .into_iter()
            .flatten()
            .map(render)
            .find(|t| !t.is_empty())
            .unwrap_or_default()
    }
}

fn nonempty(s: String) -> Option<String> {
    let t = collapse(&s);
    (!t.is_empty()).then_some(t)
}

/// All text under `node`, concatenated (iteratively).
fn text_of(node: NodeRef<'_, Node>) -> String {
    let mut out = String::new();
    for n in node.descendants() {
        if let Node::Text(t) = n.value() {
            out.push_str(t);
        }
    }
    out
}

/// Collapses runs of whitespace to one space and trims.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Removes "Site | " / " | Site" (and `-`, `–`, `—`, `::`, `«`, `»`, `·`, `:`) from a title.
fn strip_site<'t>(title: &'t str, site: Option<&str>) -> &'t str {
    const SEPS: [&str; 8] = ["|", "-", "–", "—", "::", "«", "»", "·"];
    let Some(site) = site.map(str::trim).filter(|s| !s.is_empty()) else {
        return title;
    };
    for sep in SEPS {
        let suffix = format!(" {sep} {site}");
        if let Some(head) = title.strip_suffix(&suffix).filter(|h| !h.trim().is_empty()) {
            return head.trim();
        }
        let prefix = format!("{site} {sep} ");
        if let Some(tail) = title.strip_prefix(&prefix).filter(|t| !t.trim().is_empty()) {
            return tail.trim();
        }
    }
    title
}

/// The first `datePublished` found in a JSON-LD block (object, array or `@graph`).
fn jsonld_date(json: &str) -> Option<NaiveDate> {
    let value: serde_json::Value = serde_json::from_str(json.trim()).ok()?;
    let mut stack = vec![&value];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Object(map) => {
                if let Some(d) = map.get("datePublished").and_then(|d| d.as_str()).and_then(parse_date) {
                    return Some(d);
                }
                stack.extend(map.values().rev());
            }
            serde_json::Value::Array(items) => stack.extend(items.iter().rev()),
            _ => {}
        }
    }
    None
}

/// How an element affects line breaks.
#[derive(Clone, Copy, PartialEq)]
enum Layout {
    Inline,
    Cell,
    Line,
    Para,
}

fn layout(name: &str) -> Layout {
    match name {
        "br" | "li" | "dt" | "dd" | "tr" | "option" => Layout::Line,
        "td" | "th" => Layout::Cell,
        "address" | "article" | "aside" | "blockquote" | "body" | "caption" | "center" | "details" | "dialog"
        | "div" | "dl" | "fieldset" | "figcaption" | "figure" | "footer" | "form" | "h1" | "h2" | "h3" | "h4"
        | "h5" | "h6" | "header" | "hgroup" | "hr" | "legend" | "main" | "nav" | "ol" | "p" | "pre" | "section"
        | "summary" | "table" | "tbody" | "tfoot" | "thead" | "ul" => Layout::Para,
        _ => Layout::Inline,
    }
}

/// Elements never part of the article text.
const DROP_TAGS: [&str; 24] = [
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe", "button", "template", "svg",
    "select", "textarea", "input", "object", "embed", "canvas", "audio", "video", "dialog", "menu", "head", "title",
];

/// ARIA roles of page furniture.
const DROP_ROLES: [&str; 8] =
    ["navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog"];

/// Class/id words naming boilerplate (compared after splitting on `-`, `_`, spaces).
const DROP_WORDS: [&str; 44] = [
    "share",
    "shares",
    "sharing",
    "social",
    "socials",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "comment",
    "comments",
    "disqus",
    "related",
    "newsletter",
    "newsletters",
    "subscribe",
    "subscription",
    "breadcrumb",
    "breadcrumbs",
    "menu",
    "menus",
    "sidebar",
    "ad",
    "ads",
    "advert",
    "adverts",
    "advertisement",
    "advertising",
    "sponsored",
    "promo",
    "tags",
    "taglist",
    "tagcloud",
    "popup",
    "modal",
    "nav",
    "navbar",
    "navigation",
    "footer",
    "masthead",
    "widget",
    "readmore",
    "mostread",
    "seealso",
];

/// Word prefixes that are boilerplate even when run together (`shareButtons`, `relatedPosts`).
const DROP_PREFIXES: [&str; 12] = [
    "share",
    "social",
    "cookie",
    "newsletter",
    "breadcrumb",
    "sidebar",
    "related",
    "advert",
    "taboola",
    "outbrain",
    "addthis",
    "commentform",
];

/// Adjacent word pairs naming boilerplate (`read-more`, `more_news`).
const DROP_PAIRS: [(&str, &str); 6] =
    [("read", "more"), ("more", "news"), ("see", "also"), ("most", "read"), ("also", "read"), ("tag", "list")];

/// True when an element (other than the container being rendered) is page furniture.
fn is_dropped(el: &scraper::node::Element) -> bool {
    let name = el.name();
    if DROP_TAGS.contains(&name) || el.attr("hidden").is_some() {
        return true;
    }
    if el.attr("aria-hidden").is_some_and(|v| v.eq_ignore_ascii_case("true")) {
        return true;
    }
    if el.attr("role").is_some_and(|r| DROP_ROLES.iter().any(|d| r.eq_ignore_ascii_case(d))) {
        return true;
    }
    // Never drop the structural containers of content by their class names.
    if matches!(name, "html" | "body" | "main" | "article")
        || el.attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("articleBody"))
    {
        return false;
    }
    el.attr("class").is_some_and(boilerplate_names) || el.attr("id").is_some_and(boilerplate_names)
}

/// True when a class or id attribute names boilerplate. Tokens such as
/// `has-sidebar` or `no-comments` describe a page, not the element, and are ignored.
fn boilerplate_names(attr: &str) -> bool {
    attr.split_whitespace().any(|token| {
        let token = token.to_ascii_lowercase();
        if ["has-", "no-", "with-", "hide-", "show-"].iter().any(|p| token.starts_with(p)) {
            return false;
        }
        let words: Vec<&str> = token.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
        words.iter().any(|w| DROP_WORDS.contains(w) || DROP_PREFIXES.iter().any(|p| w.starts_with(p)))
            || words.windows(2).any(|pair| match pair {
                [a, b] => DROP_PAIRS.contains(&(*a, *b)),
                _ => false,
            })
    })
}

/// Renders the text under `root`: blocks become line breaks, whitespace collapses,
/// boilerplate subtrees are skipped. Iterative, so depth cannot overflow the stack.
fn render(root: NodeRef<'_, Node>) -> String {
    let mut out = Emitter::default();
    let mut skipping = None;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => out.text(t),
                    Node::Element(el) => {
                        if node.id() != root.id() && is_dropped(el) {
                            skipping = Some(node.id());
                            continue;
                        }
                        out.layout(layout(el.name()));
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if let Some(id) = skipping {
                    if id == node.id() {
                        skipping = None;
                    }
                    continue;
                }
                if let Node::Element(el) = node.value() {
                    out.layout(layout(el.name()));
                }
            }
        }
    }
    out.out
}

/// Collapses whitespace and turns block boundaries into `\n` / `\n\n`.
#[derive(Default)]
struct Emitter {
    out: String,
    pending: Option<Layout>,
    space: bool,
}

impl Emitter {
    fn layout(&mut self, l: Layout) {
        match l {
            Layout::Inline => {}
            Layout::Cell => self.space = true,
            Layout::Line if self.pending != Some(Layout::Para) => self.pending = Some(Layout::Line),
            Layout::Line => {}
            Layout::Para => self.pending = Some(Layout::Para),
        }
    }

    fn text(&mut self, s: &str) {
        if s.starts_with(char::is_whitespace) {
            self.space = true;
        }
        for (i, word) in s.split_whitespace().enumerate() {
            if i > 0 {
                self.space = true;
            }
            if !self.out.is_empty() {
                match self.pending {
                    Some(Layout::Para) => self.out.push_str("\n\n"),
                    Some(_) => self.out.push('\n'),
                    None if self.space => self.out.push(' '),
                    None => {}
                }
            }
            self.pending = None;
            self.space = false;
            self.out.push_str(word);
        }
        if s.ends_with(char::is_whitespace) {
            self.space = true;
        }
    }
}

/// Elements whose nesting the tree builder bounds itself (auto-closed or void):
/// not counted towards depth.
fn uncounted(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "p"
            | "li"
            | "dt"
            | "dd"
            | "option"
            | "optgroup"
            | "tr"
            | "td"
            | "th"
            | "thead"
            | "tbody"
            | "tfoot"
            | "html"
            | "head"
            | "body"
            | "colgroup"
            | "caption"
            | "rp"
            | "rt"
    )
}

/// Elements whose content is raw text up to their end tag.
fn raw_text(name: &str) -> bool {
    matches!(name, "script" | "style" | "textarea" | "title" | "xmp" | "iframe" | "noembed" | "noframes")
}

/// Removes start tags that would nest deeper than [`MAX_DEPTH`] (and as many
/// matching end tags), keeping all text. Borrowed when nothing was removed.
pub(crate) fn flatten_deep(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0usize; // bytes of `html` already handled in `out`
    let (mut depth, mut suppressed) = (0usize, 0usize);
    let mut pos = 0usize;
    while let Some(lt) = memchr::memchr(b'<', bytes.get(pos..).unwrap_or_default()) {
        let start = pos + lt;
        let rest = bytes.get(start + 1..).unwrap_or_default();
        let (closing, name_at) = match rest.first() {
            Some(b'/') => (true, 2),
            Some(b) if b.is_ascii_alphabetic() => (false, 1),
            Some(b'!') if rest.starts_with(b"!--") => {
                pos = find_from(bytes, start + 4, b"-->").map_or(bytes.len(), |e| e + 3);
                continue;
            }
            Some(b'!' | b'?') => {
                pos = tag_end(bytes, start + 1);
                continue;
            }
            _ => {
                pos = start + 1;
                continue;
            }
        };
        let name_start = start + name_at;
        let name_len = bytes
            .get(name_start..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b':'))
            .count();
        if name_len == 0 {
            pos = start + 1;
            continue;
        }
        let name = html.get(name_start..name_start + name_len).unwrap_or("").to_ascii_lowercase();
        let end = tag_end(bytes, name_start + name_len);
        let mut remove = false;
        if closing {
            if !uncounted(&name) {
                if suppressed > 0 {
                    suppressed -= 1;
                    remove = true;
                } else {
                    depth = depth.saturating_sub(1);
                }
            }
            pos = end;
        } else {
            let self_closing = end >= 2 && bytes.get(end - 2) == Some(&b'/');
            if !uncounted(&name) && !self_closing {
                if depth >= MAX_DEPTH {
                    suppressed += 1;
                    remove = true;
                } else {
                    depth += 1;
                }
            }
            pos = end;
            if raw_text(&name) {
                let close = format!("</{name}");
                pos = find_from_ci(bytes, end, close.as_bytes()).unwrap_or(bytes.len());
            }
        }
        if remove {
            let buf = out.get_or_insert_with(|| String::with_capacity(html.len()));
            buf.push_str(html.get(copied..start).unwrap_or(""));
            copied = end;
        }
    }
    match out {
        None => Cow::Borrowed(html),
        Some(mut buf) => {
            buf.push_str(html.get(copied..).unwrap_or(""));
            Cow::Owned(buf)
        }
    }
}

/// Index just past the `>` closing a tag that starts before `from`, honouring quotes.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut quote = None;
    for (i, b) in bytes.iter().enumerate().skip(from) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(*b),
            (Some(q), _) if q == *b => quote = None,
            (None, b'>') => return i + 1,
            _ => {}
        }
    }
    bytes.len()
}

fn find_from(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(bytes.get(from..)?, needle).map(|i| from + i)
}

/// Case-insensitive (ASCII) search for `needle` (lower-case) from `from`.
fn find_from_ci(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let hay = bytes.get(from..)?;
    hay.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle)).map(|i| from + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_article_drops_boilerplate_and_keeps_paragraph_order() {
        let page = r#"<!doctype html><html lang="ar"><head>
            <title>اشتباكات في ريف حلب | شبكة المرصد</title>
            <meta property="og:site_name" content="شبكة المرصد">
            <link rel="canonical" href="https://example.org/a/1">
            <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-03-05T23:30:00+03:00"}]}</script>
            </head><body class="single has-sidebar">
            <nav><a href="/">الرئيسية</a></nav>
            <div class="breadcrumbs">أخبار › سوريا</div>
            <article><header><h1>اشتباكات في ريف حلب</h1></header>
              <p>قتل ثلاثة   مقاتلين<br>في اشتباكات.</p>
              <div class="share-buttons"><a>فيسبوك</a></div>
              <p>وأفاد <b>المرصد</b> بذلك.</p>
              <ul><li>أولاً</li><li>ثانياً</li></ul>
              <div id="comments">تعليق مزعج</div>
              <div class="related-posts">خبر آخر</div>
            </article>
            <aside>الأكثر قراءة</aside><footer>حقوق النشر</footer>
            <div class="cookie-consent">نستخدم الكوكيز</div>
            </body></html>"#;
        let x = extract(page, None);
        assert_eq!(x.title.as_deref(), Some("اشتباكات في ريف حلب"));
        assert_eq!(x.body, "قتل ثلاثة مقاتلين\nفي اشتباكات.\n\nوأفاد المرصد بذلك.\n\nأولاً\nثانياً");
        assert_eq!(x.published, NaiveDate::from_ymd_opt(2024, 3, 5));
        assert_eq!(x.site_name.as_deref(), Some("شبكة المرصد"));
        assert_eq!(x.url.as_deref(), Some("https://example.org/a/1"));
        assert_eq!(x.lang.as_deref(), Some("ar"));
        assert!(!x.flattened);
    }

    #[test]
    fn falls_back_to_body_and_h1_and_prefers_og_and_meta_time() {
        let page = r#"<html><head>
            <meta property="og:title" content="  Shelling   near Idlib ">
            <meta property="og:url" content="https://news.example/x">
            <meta property="article:published_time" content="2023-11-02">
            <meta name="date" content="2020-01-01">
            </head><body><div class="content"><h1>Other</h1><p>Two shells hit a market.</p></div>
            <div class="newsletter-signup">Subscribe now</div></body></html>"#;
        let x = extract(page, None);
        assert_eq!(x.title.as_deref(), Some("Shelling near Idlib"));
        assert_eq!(x.body, "Other\n\nTwo shells hit a market.");
        assert_eq!(x.published, NaiveDate::from_ymd_opt(2023, 11, 2));
        assert_eq!(x.url.as_deref(), Some("https://news.example/x"));
        let h1_only = extract("<body><h1>خبر عاجل</h1><p>متن</p></body>", None);
        assert_eq!(h1_only.title.as_deref(), Some("خبر عاجل"));
    }

    #[test]
    fn site_names_are_stripped_only_when_known() {
        assert_eq!(strip_site("Clashes in Deir ez-Zor - Syria Daily", Some("Syria Daily")), "Clashes in Deir ez-Zor");
        assert_eq!(strip_site("ایران | گزارش", Some("ایران")), "گزارش");
        assert_eq!(strip_site("A | B", None), "A | B");
        assert_eq!(strip_site("Syria Daily", Some("Syria Daily")), "Syria Daily");
    }

    #[test]
    fn class_words_do_not_overmatch() {
        assert!(boilerplate_names("post-share social"));
        assert!(boilerplate_names("ReadMore"));
        assert!(boilerplate_names("read_more-link"));
        assert!(!boilerplate_names("has-sidebar headline commentary-body tag-aleppo"));
        assert!(!boilerplate_names("entry-content downloads threads"));
    }

    #[test]
    fn deep_nesting_is_flattened_keeping_text() {
        let n = 3 * MAX_DEPTH;
        let html = format!("<body>{}<p>نص عميق</p>{}<p>after</p></body>", "<div>".repeat(n), "</div>".repeat(n));
        let flat = flatten_deep(&html);
        assert_eq!(flat.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(flat.matches("</div>").count(), MAX_DEPTH);
        let x = extract(&html, None);
        assert!(x.flattened);
        assert_eq!(x.body, "نص عميق\n\nafter");
        let shallow = "<div><script>if (a<b) {}</script><!-- <div> --></div>";
        assert!(matches!(flatten_deep(shallow), Cow::Borrowed(_)));
    }
}
