// a generic report over a trait with an associated const, trait bounds, where clauses and Display
use std::fmt;

trait Metric {
    const UNIT: &'static str;
    fn value(&self) -> f64;
    fn label(&self) -> String;
}

struct Latency {
    endpoint: String,
    ms: f64,
}

struct Throughput {
    queue: &'static str,
    per_sec: u32,
}

impl Metric for Latency {
    const UNIT: &'static str = "ms";
    fn value(&self) -> f64 {
        self.ms
    }
    fn label(&self) -> String {
        format!("GET {}", self.endpoint)
    }
}

impl Metric for Throughput {
    const UNIT: &'static str = "msg/s";
    fn value(&self) -> f64 {
        self.per_sec as f64
    }
    fn label(&self) -> String {
        self.queue.to_string()
    }
}

struct Report<'a, M> {
    title: &'a str,
    items: &'a [M],
}

impl<'a, M> fmt::Display for Report<'a, M>
where
    M: Metric,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "== {} ==", self.title)?;
        for m in self.items {
            writeln!(f, "{:<12} {:>8.1} {}", m.label(), m.value(), M::UNIT)?;
        }
        write!(f, "max {:.1} {}", worst(self.items).map_or(0.0, |m| m.value()), M::UNIT)
    }
}

fn worst<M: Metric>(items: &[M]) -> Option<&M> {
    items.iter().fold(None, |best: Option<&M>, m| match best {
        Some(b) if b.value() >= m.value() => Some(b),
        _ => Some(m),
    })
}

fn main() {
    let lat = vec![
        Latency { endpoint: "/home".into(), ms: 12.5 },
        Latency { endpoint: "/search".into(), ms: 88.25 },
        Latency { endpoint: "/cart".into(), ms: 40.0 },
    ];
    let thr = [Throughput { queue: "orders", per_sec: 340 }, Throughput { queue: "mail", per_sec: 12 }];
    println!("{}", Report { title: "latency", items: &lat });
    println!("{}", Report { title: "throughput", items: &thr });
}
