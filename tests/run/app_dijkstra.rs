// Shortest paths with BinaryHeap and Reverse, an adjacency list built from edge text,
// path reconstruction, BFS on an unweighted grid with VecDeque, and topological sort.
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashMap, VecDeque};

struct Graph {
    names: Vec<String>,
    index: HashMap<String, usize>,
    adj: Vec<Vec<(usize, u32)>>,
}

impl Graph {
    fn new() -> Self {
        Graph { names: vec![], index: HashMap::new(), adj: vec![] }
    }
    fn node(&mut self, name: &str) -> usize {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.names.len();
        self.names.push(name.to_string());
        self.index.insert(name.to_string(), i);
        self.adj.push(Vec::new());
        i
    }
    fn parse(text: &str) -> Result<Graph, String> {
        let mut g = Graph::new();
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let parts: Vec<&str> = line.split_whitespace().collect();
            if let [a, b, w] = parts[..] {
                let w: u32 = w.parse().map_err(|e| format!("{}: {}", line, e))?;
                let (a, b) = (g.node(a), g.node(b));
                g.adj[a].push((b, w));
                g.adj[b].push((a, w));
            } else {
                return Err(format!("bad line {:?}", line));
            }
        }
        Ok(g)
    }
    fn dijkstra(&self, src: usize) -> (Vec<Option<u32>>, Vec<Option<usize>>) {
        let mut dist = vec![None; self.names.len()];
        let mut prev = vec![None; self.names.len()];
        let mut heap = BinaryHeap::new();
        dist[src] = Some(0);
        heap.push(Reverse((0u32, src)));
        while let Some(Reverse((d, u))) = heap.pop() {
            if dist[u].map_or(false, |best| d > best) {
                continue;
            }
            for &(v, w) in &self.adj[u] {
                let nd = d + w;
                if dist[v].map_or(true, |cur| nd < cur) {
                    dist[v] = Some(nd);
                    prev[v] = Some(u);
                    heap.push(Reverse((nd, v)));
                }
            }
        }
        (dist, prev)
    }
    fn path(&self, prev: &[Option<usize>], to: usize) -> String {
        let mut p = vec![to];
        let mut cur = to;
        while let Some(u) = prev[cur] {
            p.push(u);
            cur = u;
        }
        p.iter().rev().map(|&i| self.names[i].as_str()).collect::<Vec<_>>().join("->")
    }
}

fn bfs(grid: &[&str], start: (usize, usize), goal: (usize, usize)) -> Option<usize> {
    let h = grid.len();
    let w = grid[0].len();
    let cells: Vec<Vec<u8>> = grid.iter().map(|r| r.bytes().collect()).collect();
    let mut seen = vec![vec![false; w]; h];
    let mut q = VecDeque::from(vec![(start, 0)]);
    seen[start.1][start.0] = true;
    while let Some(((x, y), d)) = q.pop_front() {
        if (x, y) == goal {
            return Some(d);
        }
        let dirs: [(i32, i32); 4] = [(1, 0), (-1, 0), (0, 1), (0, -1)];
        for (dx, dy) in dirs {
            let nx = x as i32 + dx;
            let ny = y as i32 + dy;
            if nx < 0 || ny < 0 || nx >= w as i32 || ny >= h as i32 {
                continue;
            }
            let (nx, ny) = (nx as usize, ny as usize);
            if cells[ny][nx] != b'#' && !seen[ny][nx] {
                seen[ny][nx] = true;
                q.push_back(((nx, ny), d + 1));
            }
        }
    }
    None
}

fn topo(deps: &[(&'static str, &'static str)]) -> Result<Vec<&'static str>, String> {
    let mut indeg: BTreeMap<&str, usize> = BTreeMap::new();
    let mut out: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for &(a, b) in deps {
        indeg.entry(a).or_insert(0);
        *indeg.entry(b).or_insert(0) += 1;
        out.entry(a).or_default().push(b);
    }
    let mut ready: Vec<&str> = indeg.iter().filter(|(_, &d)| d == 0).map(|(&n, _)| n).collect();
    let mut order = vec![];
    while let Some(n) = ready.pop() {
        order.push(n);
        for &m in out.get(n).map(|v| v.as_slice()).unwrap_or(&[]) {
            let d = indeg.get_mut(m).unwrap();
            *d -= 1;
            if *d == 0 {
                ready.push(m);
                ready.sort_by(|a, b| b.cmp(a));
            }
        }
    }
    if order.len() == indeg.len() { Ok(order) } else { Err(format!("cycle among {} nodes", indeg.len() - order.len())) }
}

fn main() {
    let g = Graph::parse("A B 4\nA C 2\nC B 1\nB D 5\nC D 8\nC E 10\nD E 2\nD F 6\nE F 2\nG H 1").unwrap();
    let (dist, prev) = g.dijkstra(g.index["A"]);
    for (i, d) in dist.iter().enumerate() {
        match d {
            Some(d) => println!("{} {:>2} via {}", g.names[i], d, g.path(&prev, i)),
            None => println!("{} unreachable", g.names[i]),
        }
    }
    println!("{:?}", Graph::parse("A B x").err());
    println!("{:?}", Graph::parse("A B").err());
    let maze = ["S..#....", ".#.#.##.", ".#...#..", ".####.#.", "......#G"];
    println!("maze: {:?}", bfs(&maze, (0, 0), (7, 4)));
    println!("blocked: {:?}", bfs(&["S#", "#G"], (0, 0), (1, 1)));
    let deps = [("std", "core"), ("app", "std"), ("app", "log"), ("log", "core"), ("test", "app")];
    println!("{:?}", topo(&deps));
    println!("{:?}", topo(&[("a", "b"), ("b", "a"), ("c", "a")]));
    let mut heap: BinaryHeap<(u8, &str)> = vec![(2, "mid"), (9, "high"), (1, "low")].into_iter().collect();
    heap.push((5, "five"));
    println!("peek {:?} len {}", heap.peek(), heap.len());
    let sorted = heap.into_sorted_vec();
    println!("{:?}", sorted);
}
