// run-time panic: index out of bounds through a function parameter in a ring-buffer lookup
struct History {
    items: Vec<String>,
}

impl History {
    fn record(&mut self, cmd: &str) {
        if self.items.last().map(|s| s.as_str()) != Some(cmd) {
            self.items.push(cmd.to_string());
        }
    }

    fn nth_back(&self, n: usize) -> &str {
        let idx = self.items.len() - 1 - n;
        &self.items[idx]
    }
}

fn pick(v: &[i32], i: usize) -> i32 {
    v[i] * 2
}

fn main() {
    let mut h = History { items: Vec::new() };
    for c in ["ls", "ls", "cd src", "make", "make", "ls"] {
        h.record(c);
    }
    println!("{} distinct entries", h.items.len());
    for n in 0..3 {
        println!("back {}: {}", n, h.nth_back(n));
    }
    let weights = vec![3, 1, 4];
    let mut acc = 0;
    for i in 0..5 {
        acc += pick(&weights, i);
        println!("acc {}", acc);
    }
}
