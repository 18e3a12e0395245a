// difftest (from programs/text_stats_longest_outlives_text.rs): a local `&str` initialized with a literal then reassigned from a parameter
fn longest_word(text: &str) -> &str {
    let mut best = "";
    for w in text.split_whitespace() {
        if w.len() > best.len() {
            best = w;
        }
    }
    best
}

fn main() {
    println!("{}", longest_word("a quick brown fox"));
}
