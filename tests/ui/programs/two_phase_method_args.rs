// method calls whose arguments read the receiver (two-phase borrows) in a small undo buffer
struct Buffer {
    lines: Vec<String>,
    undo: Vec<usize>,
}

impl Buffer {
    fn len(&self) -> usize {
        self.lines.len()
    }
    fn append(&mut self, line: String) {
        self.undo.push(self.lines.len());
        self.lines.push(line);
    }
    fn truncate_to(&mut self, n: usize) {
        self.lines.truncate(n);
    }
}

fn main() {
    let mut buf = Buffer { lines: Vec::new(), undo: Vec::new() };
    buf.append(format!("line {}", buf.len()));
    buf.append(format!("line {}", buf.len()));
    buf.append(buf.lines[0].to_uppercase());
    let mut sizes: Vec<usize> = Vec::new();
    sizes.push(sizes.len());
    sizes.push(buf.lines.iter().map(|l| l.len()).sum());
    sizes.insert(0, sizes[1] * 2);
    println!("{:?}", buf.lines);
    println!("{:?} undo {:?}", sizes, buf.undo);
    let keep = *buf.undo.last().unwrap();
    buf.truncate_to(keep);
    buf.lines.push(buf.lines.len().to_string());
    println!("{:?}", buf.lines);
}
