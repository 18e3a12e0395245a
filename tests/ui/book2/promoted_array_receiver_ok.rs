// iterators: iterators over literal arrays borrowed by method calls outlive the statement (promotion)
fn main() {
    let mut it = [3, 1, 4].iter().peekable();
    let mut out = Vec::new();
    while let Some(x) = it.next() {
        if let Some(&&next) = it.peek() {
            out.push(x * 10 + next);
        }
    }
    println!("{:?}", out);
    let names = ["ann", "bo"].iter().map(|s| s.len());
    println!("{}", names.sum::<usize>());
    let pairs = [(1, 'a'), (2, 'b')].iter();
    for (n, c) in pairs {
        print!("{n}{c} ");
    }
    println!();
}
