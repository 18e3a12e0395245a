// mutability: a &self method tries to push into its own Vec field
struct Log {
    lines: Vec<String>,
}

impl Log {
    fn add(&self, line: &str) {
        self.lines.push(line.to_string());
    }
}

fn main() {
    let log = Log { lines: Vec::new() };
    log.add("start");
    println!("{}", log.lines.len());
}
