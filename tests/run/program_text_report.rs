// a text report: char_indices, rfind, splitn, trim_start_matches, strip_suffix, bytes,
// from_utf8, chars().rev(), repeat, {:#?} of nested data, sort_unstable_by_key, split_first
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Section { title: String, words: usize, longest: Option<String> }

fn sections(text: &str) -> Vec<Section> {
    let mut out: Vec<Section> = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if let Some(rest) = line.strip_prefix('#') {
            out.push(Section { title: rest.trim_start_matches('#').trim().to_string(), ..Default::default() });
            continue;
        }
        let Some(cur) = out.last_mut() else { continue };
        for w in line.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())) {
            cur.words += 1;
            if cur.longest.as_ref().map_or(true, |l| w.len() > l.len()) {
                cur.longest = Some(w.to_string());
            }
        }
    }
    out
}

fn main() {
    let text = "# Intro\nRust is fast, safe.\n\n## Ownership!\nEach value has one owner; moves transfer it.\n# End\n";
    let secs = sections(text);
    println!("{:#?}", secs[0]);
    for s in &secs {
        println!("{:<10}|{:>3}|{}", s.title, s.words, s.longest.as_deref().unwrap_or("-"));
    }

    let path = "src/interp/layout.rs";
    let dot = path.rfind('.').unwrap();
    let (stem, ext) = path.split_at(dot);
    println!("{stem} {ext} {:?}", path.splitn(2, '/').collect::<Vec<_>>());
    println!("{:?} {:?}", path.strip_suffix(".rs"), path.strip_suffix(".py"));
    let caps: Vec<(usize, char)> = "hello World Wide".char_indices().filter(|(_, c)| c.is_uppercase()).collect();
    println!("{:?}", caps);
    let rev: String = "stressed".chars().rev().collect();
    println!("{rev} {}", "ab".repeat(3));
    let bytes = "héllo".bytes().map(|b| format!("{b:02x}")).collect::<Vec<_>>().join(" ");
    println!("{bytes}");
    let raw = vec![82u8, 117, 115, 116];
    println!("{:?} {:?}", String::from_utf8(raw.clone()), std::str::from_utf8(&raw[1..]));
    let bad = String::from_utf8(vec![0xff, 0x41]);
    println!("{}", bad.is_err());

    let mut words: Vec<&str> = text.split(|c: char| !c.is_alphabetic()).filter(|w| w.len() > 3).collect();
    words.sort_unstable_by_key(|w| (std::cmp::Reverse(w.len()), *w));
    if let Some((first, rest)) = words.split_first() {
        println!("{first} then {}", rest.len());
    }
    let mut freq: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for w in &words {
        freq.entry(w.len()).or_default().push(w);
    }
    println!("{:?}", freq);
    let line = "-".repeat(12);
    println!("{line}\n{:^12}\n{line}", "done");
}
