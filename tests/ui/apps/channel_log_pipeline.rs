// threads: mpsc channel pipeline with multiple producers, drop(tx) to end the loop, sorted aggregation
use std::collections::BTreeMap;
use std::sync::mpsc;
use std::thread;

#[derive(Debug)]
enum Record {
    Hit { path: String, ms: u32 },
    Miss(String),
}

fn parse(line: &str) -> Option<Record> {
    let mut parts = line.split_whitespace();
    match (parts.next()?, parts.next()?) {
        ("HIT", path) => {
            let ms = parts.next()?.trim_end_matches("ms").parse().ok()?;
            Some(Record::Hit { path: path.to_string(), ms })
        }
        ("MISS", path) => Some(Record::Miss(path.to_string())),
        _ => None,
    }
}

fn main() {
    let shards = vec![
        vec!["HIT /a 12ms", "MISS /b", "HIT /a 8ms"],
        vec!["HIT /c 30ms", "garbage", "HIT /a 10ms"],
        vec!["MISS /b", "HIT /c 2ms"],
    ];
    let (tx, rx) = mpsc::channel();
    for (id, shard) in shards.into_iter().enumerate() {
        let tx = tx.clone();
        thread::spawn(move || {
            for line in shard {
                if let Some(r) = parse(line) {
                    tx.send((id, r)).unwrap();
                }
            }
        });
    }
    drop(tx);

    let mut latency: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    let mut misses: BTreeMap<String, usize> = BTreeMap::new();
    let mut per_shard = [0usize; 3];
    for (id, rec) in rx {
        per_shard[id] += 1;
        match rec {
            Record::Hit { path, ms } => latency.entry(path).or_default().push(ms),
            Record::Miss(path) => *misses.entry(path).or_insert(0) += 1,
        }
    }
    for (path, mut ms) in latency {
        ms.sort();
        let avg = ms.iter().sum::<u32>() as f32 / ms.len() as f32;
        println!("{} hits={} avg={:.1} max={}", path, ms.len(), avg, ms[ms.len() - 1]);
    }
    println!("misses {:?}", misses);
    println!("records per shard {:?}", per_shard);
}
