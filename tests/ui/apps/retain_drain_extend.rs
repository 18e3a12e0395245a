// Vec mutation APIs: retain, drain(range), extend, dedup_by_key, truncate, insert/remove, iter().rev().enumerate()
#[derive(Debug, Clone, PartialEq)]
struct Msg {
    from: String,
    text: String,
    spam: bool,
}

fn msg(from: &str, text: &str) -> Msg {
    let spam = text.contains("WIN") || text.matches('!').count() > 2;
    Msg { from: from.to_string(), text: text.to_string(), spam }
}

fn main() {
    let mut inbox = vec![
        msg("ann", "lunch?"),
        msg("promo", "WIN a prize"),
        msg("ann", "lunch??"),
        msg("bob", "deploy done"),
        msg("x", "hi!!!"),
        msg("bob", "rollback"),
    ];
    let before = inbox.len();
    inbox.retain(|m| !m.spam);
    println!("removed {} spam, {} left", before - inbox.len(), inbox.len());

    inbox.dedup_by_key(|m| m.from.clone());
    let senders: Vec<&str> = inbox.iter().map(|m| m.from.as_str()).collect();
    println!("after dedup: {:?}", senders);

    let mut archive: Vec<Msg> = inbox.drain(..1).collect();
    println!("archived {:?}", archive.iter().map(|m| &m.text).collect::<Vec<_>>());
    archive.extend(inbox.iter().cloned().filter(|m| m.from == "bob"));
    println!("archive size {}", archive.len());

    inbox.insert(0, msg("sys", "welcome"));
    let removed = inbox.remove(1);
    println!("removed {} from {}", removed.text, removed.from);
    for (i, m) in inbox.iter().rev().enumerate() {
        println!("{}: [{}] {}", i, m.from, m.text);
    }
    let mut ids: Vec<u32> = (1..=10).collect();
    ids.truncate(6);
    let evens: Vec<u32> = ids.drain(..).filter(|n| n % 2 == 0).collect();
    println!("evens {:?}, ids now {:?}", evens, ids);
    let mut words = vec!["b", "a", "c"];
    words.extend_from_slice(&["a", "d"]);
    words.sort();
    words.dedup();
    println!("{}", words.concat());
}
