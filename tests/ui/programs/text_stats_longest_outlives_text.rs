// a text tool that keeps a reference to the longest word of a report owned by an inner block
fn longest_word(text: &str) -> &str {
    let mut best = "";
    for w in text.split_whitespace() {
        if w.len() > best.len() {
            best = w;
        }
    }
    best
}

fn load_report(quarter: u32) -> String {
    format!("quarter {} revenue grew considerably overall", quarter)
}

fn main() {
    let mut lengths = Vec::new();
    let winner;
    {
        let report = load_report(3);
        for w in report.split_whitespace() {
            lengths.push(w.len());
        }
        winner = longest_word(&report);
    }
    lengths.sort();
    lengths.dedup();
    println!("distinct lengths: {:?}", lengths);
    println!("longest: {}", winner);
}
