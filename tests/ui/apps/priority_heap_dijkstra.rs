// BinaryHeap with Reverse for Dijkstra shortest paths, manual Ord impl, Vec<Vec<(usize, u32)>> adjacency
use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq)]
struct Job {
    priority: u8,
    name: String,
}

impl Ord for Job {
    fn cmp(&self, other: &Self) -> Ordering {
        self.priority.cmp(&other.priority).then_with(|| other.name.cmp(&self.name))
    }
}

impl PartialOrd for Job {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn dijkstra(adj: &[Vec<(usize, u32)>], start: usize) -> Vec<Option<u32>> {
    let mut dist: Vec<Option<u32>> = vec![None; adj.len()];
    let mut heap = BinaryHeap::new();
    dist[start] = Some(0);
    heap.push(Reverse((0u32, start)));
    while let Some(Reverse((d, u))) = heap.pop() {
        if let Some(best) = dist[u] {
            if d > best {
                continue;
            }
        }
        for &(v, w) in &adj[u] {
            let nd = d + w;
            if dist[v].map_or(true, |cur| nd < cur) {
                dist[v] = Some(nd);
                heap.push(Reverse((nd, v)));
            }
        }
    }
    dist
}

fn main() {
    let mut jobs = BinaryHeap::new();
    for (p, n) in [(2, "backup"), (9, "page oncall"), (2, "archive"), (5, "deploy")] {
        jobs.push(Job { priority: p, name: n.to_string() });
    }
    println!("peek: {:?}", jobs.peek().map(|j| &j.name));
    while let Some(j) = jobs.pop() {
        println!("run {} (p{})", j.name, j.priority);
    }

    let mut adj = vec![Vec::new(); 6];
    for &(a, b, w) in &[(0, 1, 7), (0, 2, 9), (0, 5, 14), (1, 2, 10), (1, 3, 15), (2, 3, 11), (2, 5, 2), (3, 4, 6)] {
        adj[a].push((b, w));
        adj[b].push((a, w));
    }
    let d = dijkstra(&adj, 0);
    for (i, x) in d.iter().enumerate() {
        match x {
            Some(v) => println!("0 -> {}: {}", i, v),
            None => println!("0 -> {}: unreachable", i),
        }
    }
    let mut mins: BinaryHeap<Reverse<i32>> = vec![5, 1, 8, 3].into_iter().map(Reverse).collect();
    mins.push(Reverse(0));
    let sorted: Vec<i32> = std::iter::from_fn(|| mins.pop().map(|Reverse(x)| x)).collect();
    println!("ascending {:?}", sorted);
}
