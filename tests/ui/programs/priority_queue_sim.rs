// a priority queue simulation of jobs on a single worker using BinaryHeap and Reverse
use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Job {
    priority: u8,
    arrival: Reverse<u32>,
    name: String,
    cost: u32,
}

fn main() {
    let incoming = vec![
        (0, "backup", 1, 5),
        (1, "email", 5, 1),
        (2, "report", 3, 3),
        (2, "alert", 9, 1),
        (6, "index", 3, 2),
        (7, "cleanup", 1, 2),
    ];
    let mut heap = BinaryHeap::new();
    let mut clock = 0;
    let mut next = 0;
    let mut finished = Vec::new();
    while next < incoming.len() || !heap.is_empty() {
        while next < incoming.len() && incoming[next].0 <= clock {
            let (t, name, priority, cost) = incoming[next];
            heap.push(Job { priority, arrival: Reverse(t), name: name.to_string(), cost });
            next += 1;
        }
        match heap.pop() {
            Some(job) => {
                println!("t={:2} run {:8} (prio {}, {} ticks)", clock, job.name, job.priority, job.cost);
                clock += job.cost;
                finished.push((job.name, clock));
            }
            None => clock = incoming[next].0,
        }
    }
    let waits: u32 = finished.iter().map(|(_, t)| *t).sum();
    println!("finished {:?}", finished.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>());
    println!("sum of completion times {}", waits);
}
