// functions returning impl Iterator, iterator chains borrowing input, trait with generic method
trait Visitor {
    fn visit(&mut self, depth: usize, name: &str);
}

struct Printer;

struct Counter {
    by_depth: Vec<usize>,
}

impl Visitor for Printer {
    fn visit(&mut self, depth: usize, name: &str) {
        println!("{}{}", "- ".repeat(depth), name);
    }
}

impl Visitor for Counter {
    fn visit(&mut self, depth: usize, _name: &str) {
        if self.by_depth.len() <= depth {
            self.by_depth.resize(depth + 1, 0);
        }
        self.by_depth[depth] += 1;
    }
}

fn entries(listing: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    listing
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let indent = l.len() - l.trim_start().len();
            (indent / 2, l.trim())
        })
}

fn evens_squared(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|n| n % 2 == 0).map(|n| n * n)
}

fn walk<V: Visitor>(listing: &str, v: &mut V) {
    for (d, name) in entries(listing) {
        v.visit(d, name);
    }
}

fn main() {
    let tree = "src\n  main.rs\n  util\n    fmt.rs\n    io.rs\n\ndocs\n  guide.md\n";
    walk(tree, &mut Printer);
    let mut c = Counter { by_depth: vec![] };
    walk(tree, &mut c);
    println!("per depth {:?}", c.by_depth);
    let rs_files: Vec<&str> = entries(tree).map(|(_, n)| n).filter(|n| n.ends_with(".rs")).collect();
    println!("rust files {:?}", rs_files);
    println!("{:?}", evens_squared(10).collect::<Vec<_>>());
    println!("sum {}", evens_squared(100).take_while(|&x| x < 1000).sum::<u32>());
    let deepest = entries(tree).max_by_key(|e| e.0).map(|e| e.1);
    println!("deepest {:?}", deepest);
}
