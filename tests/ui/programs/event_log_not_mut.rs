// an event logger whose log vector binding is not declared mutable before a push
#[derive(Debug)]
enum Level {
    Info,
    Warn,
}

struct Event {
    level: Level,
    text: String,
}

fn summarize(events: &[Event]) -> String {
    let warns = events.iter().filter(|e| matches!(e.level, Level::Warn)).count();
    format!("{} events, {} warnings", events.len(), warns)
}

fn main() {
    let raw = ["boot ok", "WARN disk 91%", "login ana", "WARN slow query"];
    let log = Vec::with_capacity(raw.len());
    for line in raw.iter() {
        let (level, text) = match line.strip_prefix("WARN ") {
            Some(rest) => (Level::Warn, rest),
            None => (Level::Info, *line),
        };
        log.push(Event { level, text: text.to_string() });
    }
    println!("{}", summarize(&log));
    for e in &log {
        println!("{:?}: {}", e.level, e.text);
    }
}
