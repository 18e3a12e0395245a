// A discrete-event simulation: events ordered by (time, seq) in a BinaryHeap through a
// custom Ord, handlers as trait objects that schedule follow-up events, and statistics.
use std::cmp::Ordering;
use std::collections::{BTreeMap, BinaryHeap};

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    Arrive(u32),
    StartService(u32),
    Depart(u32),
    Report,
}

#[derive(Debug, PartialEq, Eq)]
struct Event {
    time: u64,
    seq: u64,
    kind: Kind,
}

impl Ord for Event {
    fn cmp(&self, other: &Self) -> Ordering {
        other.time.cmp(&self.time).then_with(|| other.seq.cmp(&self.seq))
    }
}

impl PartialOrd for Event {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

struct Sim {
    now: u64,
    seq: u64,
    queue: BinaryHeap<Event>,
    busy_until: u64,
    waiting: Vec<u32>,
    arrived_at: BTreeMap<u32, u64>,
    waits: Vec<u64>,
}

trait Policy {
    fn service_time(&self, customer: u32) -> u64;
    fn name(&self) -> String;
}

struct Fixed(u64);
struct ByParity {
    even: u64,
    odd: u64,
}

impl Policy for Fixed {
    fn service_time(&self, _: u32) -> u64 {
        self.0
    }
    fn name(&self) -> String {
        format!("fixed({})", self.0)
    }
}

impl Policy for ByParity {
    fn service_time(&self, c: u32) -> u64 {
        if c % 2 == 0 { self.even } else { self.odd }
    }
    fn name(&self) -> String {
        format!("parity({}/{})", self.even, self.odd)
    }
}

impl Sim {
    fn new() -> Sim {
        Sim { now: 0, seq: 0, queue: BinaryHeap::new(), busy_until: 0, waiting: vec![], arrived_at: BTreeMap::new(), waits: vec![] }
    }
    fn schedule(&mut self, at: u64, kind: Kind) {
        self.seq += 1;
        self.queue.push(Event { time: at, seq: self.seq, kind });
    }
    fn run(&mut self, policy: &dyn Policy, verbose: bool) {
        while let Some(ev) = self.queue.pop() {
            self.now = ev.time;
            if verbose {
                println!("t={:>3} {:?}", self.now, ev.kind);
            }
            match ev.kind {
                Kind::Arrive(c) => {
                    self.arrived_at.insert(c, self.now);
                    if self.busy_until <= self.now && self.waiting.is_empty() {
                        self.schedule(self.now, Kind::StartService(c));
                    } else {
                        self.waiting.push(c);
                    }
                }
                Kind::StartService(c) => {
                    let d = policy.service_time(c);
                    self.busy_until = self.now + d;
                    self.waits.push(self.now - self.arrived_at[&c]);
                    self.schedule(self.busy_until, Kind::Depart(c));
                }
                Kind::Depart(_) => {
                    if !self.waiting.is_empty() {
                        let next = self.waiting.remove(0);
                        self.schedule(self.now, Kind::StartService(next));
                    }
                }
                Kind::Report => println!("  report at {}: {} waiting", self.now, self.waiting.len()),
            }
        }
    }
}

fn main() {
    let arrivals = [(0, 1), (2, 2), (3, 3), (3, 4), (10, 5), (11, 6), (30, 7)];
    let policies: Vec<Box<dyn Policy>> = vec![Box::new(Fixed(4)), Box::new(ByParity { even: 2, odd: 7 })];
    for (i, p) in policies.iter().enumerate() {
        let mut sim = Sim::new();
        for &(t, c) in arrivals.iter() {
            sim.schedule(t, Kind::Arrive(c));
        }
        sim.schedule(12, Kind::Report);
        sim.run(p.as_ref(), i == 0);
        let total: u64 = sim.waits.iter().sum();
        let max = sim.waits.iter().max().copied().unwrap_or(0);
        println!("{}: waits {:?} avg {:.2} max {} end {}", p.name(), sim.waits, total as f64 / sim.waits.len() as f64, max, sim.now);
    }
    let mut h = BinaryHeap::new();
    h.push(Event { time: 5, seq: 2, kind: Kind::Report });
    h.push(Event { time: 5, seq: 1, kind: Kind::Depart(9) });
    h.push(Event { time: 1, seq: 3, kind: Kind::Arrive(1) });
    let order: Vec<(u64, u64)> = std::iter::from_fn(|| h.pop()).map(|e| (e.time, e.seq)).collect();
    println!("{:?}", order);
}
