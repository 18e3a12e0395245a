// Cow<str> for conditional allocation: normalizing identifiers only when needed, escaping
// HTML lazily, to_mut / into_owned, and counting how many inputs were left borrowed.
use std::borrow::Cow;

fn normalize(input: &str) -> Cow<str> {
    if input.contains(char::is_whitespace) {
        Cow::Owned(input.split_whitespace().collect::<Vec<_>>().join("_"))
    } else {
        Cow::Borrowed(input)
    }
}

fn escape_html(s: &str) -> Cow<'_, str> {
    if !s.contains(|c| c == '<' || c == '>' || c == '&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn describe(c: &Cow<str>) -> &'static str {
    match c {
        Cow::Borrowed(_) => "borrowed",
        Cow::Owned(_) => "owned",
    }
}

fn main() {
    let inputs = ["plain", "has some spaces", "  lead", "tab\there"];
    let mut borrowed = 0;
    for s in inputs {
        let n = normalize(s);
        if let Cow::Borrowed(_) = n {
            borrowed += 1;
        }
        println!("{:?} -> {:?} ({}, {} bytes)", s, n, describe(&n), n.len());
    }
    println!("{} of {} borrowed", borrowed, inputs.len());

    for s in ["a < b", "fish & chips", "nothing"] {
        let e = escape_html(s);
        println!("[{:^20}] {}", e, describe(&e));
    }

    let mut c = normalize("x");
    println!("before to_mut: {}", describe(&c));
    c.to_mut().push_str("-edited");
    println!("{} len {} now {}", c, c.len(), describe(&c));
    let owned: String = normalize("a b c").into_owned();
    let kept: String = normalize("abc").into_owned();
    println!("{} {}", owned, kept);
    let upper = normalize("mixed Case words").to_uppercase();
    println!("{} starts with MIXED: {}", upper, upper.starts_with("MIXED"));
    let from_str: Cow<str> = "literal".into();
    let from_string: Cow<str> = String::from("heap").into();
    println!("{} {} {} {}", from_str, describe(&from_str), from_string, describe(&from_string));
}
