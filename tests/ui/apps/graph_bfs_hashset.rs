// graph adjacency HashMap<u32, Vec<u32>>, BFS with VecDeque, HashSet visited, sorted output
use std::collections::{HashMap, HashSet, VecDeque};

struct Graph {
    edges: HashMap<u32, Vec<u32>>,
}

impl Graph {
    fn from_pairs(pairs: &[(u32, u32)]) -> Self {
        let mut edges: HashMap<u32, Vec<u32>> = HashMap::new();
        for &(a, b) in pairs {
            edges.entry(a).or_default().push(b);
            edges.entry(b).or_default().push(a);
        }
        for list in edges.values_mut() {
            list.sort_unstable();
            list.dedup();
        }
        Graph { edges }
    }

    fn bfs(&self, start: u32) -> Vec<(u32, u32)> {
        let mut seen = HashSet::new();
        let mut order = Vec::new();
        let mut q = VecDeque::from(vec![(start, 0)]);
        seen.insert(start);
        while let Some((node, dist)) = q.pop_front() {
            order.push((node, dist));
            if let Some(ns) = self.edges.get(&node) {
                for &n in ns {
                    if seen.insert(n) {
                        q.push_back((n, dist + 1));
                    }
                }
            }
        }
        order
    }

    fn components(&self) -> usize {
        let mut seen: HashSet<u32> = HashSet::new();
        let mut keys: Vec<&u32> = self.edges.keys().collect();
        keys.sort();
        let mut count = 0;
        for &k in keys {
            if seen.contains(&k) {
                continue;
            }
            count += 1;
            for (n, _) in self.bfs(k) {
                seen.insert(n);
            }
        }
        count
    }
}

fn main() {
    let g = Graph::from_pairs(&[(1, 2), (2, 3), (1, 4), (4, 5), (3, 5), (7, 8), (9, 9), (2, 1)]);
    for (node, dist) in g.bfs(1) {
        println!("node {} at distance {}", node, dist);
    }
    println!("components: {}", g.components());
    let degrees: HashMap<u32, usize> = g.edges.iter().map(|(k, v)| (*k, v.len())).collect();
    let mut deg: Vec<_> = degrees.into_iter().collect();
    deg.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("degrees {:?}", deg);
    let a: HashSet<u32> = g.bfs(1).into_iter().map(|p| p.0).collect();
    let b: HashSet<u32> = [3, 5, 7, 11].into_iter().collect();
    let mut both: Vec<_> = a.intersection(&b).copied().collect();
    both.sort();
    let mut only_b: Vec<_> = b.difference(&a).collect();
    only_b.sort();
    println!("both {:?} only b {:?}", both, only_b);
}
