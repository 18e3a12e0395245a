// a word counter closure that mutates captured state but is bound without mut
struct Report {
    counts: Vec<(String, u32)>,
    skipped: u32,
}

fn is_stop_word(w: &str) -> bool {
    matches!(w, "the" | "a" | "and")
}

fn main() {
    let text = "the one and two three two a one two";
    let mut counts: Vec<(String, u32)> = Vec::new();
    let mut skipped = 0;
    let tally = |w: &str| {
        match counts.iter_mut().find(|(k, _)| k == w) {
            Some(entry) => entry.1 += 1,
            None => counts.push((w.to_string(), 1)),
        }
    };
    for word in text.split(' ') {
        if is_stop_word(word) {
            skipped += 1;
            continue;
        }
        tally(word);
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let report = Report { counts, skipped };
    for (w, n) in &report.counts {
        println!("{:>6} {}", w, n);
    }
    println!("skipped {}", report.skipped);
}
