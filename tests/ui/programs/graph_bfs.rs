// breadth-first search over an adjacency list with VecDeque, distances and path reconstruction
use std::collections::VecDeque;

struct Graph {
    adj: Vec<Vec<usize>>,
}

impl Graph {
    fn new(n: usize) -> Self {
        Graph { adj: vec![Vec::new(); n] }
    }

    fn edge(&mut self, a: usize, b: usize) {
        self.adj[a].push(b);
        self.adj[b].push(a);
    }

    fn bfs(&self, start: usize) -> (Vec<Option<usize>>, Vec<Option<usize>>) {
        let n = self.adj.len();
        let mut dist = vec![None; n];
        let mut parent = vec![None; n];
        let mut queue = VecDeque::new();
        dist[start] = Some(0);
        queue.push_back(start);
        while let Some(node) = queue.pop_front() {
            let d = dist[node].unwrap();
            for &next in &self.adj[node] {
                if dist[next].is_none() {
                    dist[next] = Some(d + 1);
                    parent[next] = Some(node);
                    queue.push_back(next);
                }
            }
        }
        (dist, parent)
    }
}

fn path_to(parent: &[Option<usize>], target: usize) -> Vec<usize> {
    let mut path = vec![target];
    let mut cur = target;
    while let Some(p) = parent[cur] {
        path.push(p);
        cur = p;
    }
    path.reverse();
    path
}

fn main() {
    let mut g = Graph::new(8);
    for (a, b) in [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (4, 5), (6, 7)] {
        g.edge(a, b);
    }
    let (dist, parent) = g.bfs(0);
    for (node, d) in dist.iter().enumerate() {
        match d {
            Some(d) => println!("node {} at distance {} via {:?}", node, d, path_to(&parent, node)),
            None => println!("node {} unreachable", node),
        }
    }
}
