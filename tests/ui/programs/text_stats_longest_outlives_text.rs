// a text tool that keeps a reference to the longest word of a text owned by an inner block
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
    let mut lengths = Vec::new();
    let winner;
    {
        let report = String::from("quarterly revenue grew considerably overall");
        for w in report.split_whitespace() {
            lengths.push(w.len());
        }
        winner = longest_word(&report);
    }
    lengths.sort();
    println!("lengths: {:?}", lengths);
    println!("longest: {}", winner);
}
