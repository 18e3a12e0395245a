// nll_accepts: a borrow created inside a loop body ends before the next iteration mutates
fn main() {
    let mut log = Vec::new();
    for i in 0..4 {
        let last = log.last().copied().unwrap_or(0);
        log.push(last + i);
    }
    println!("{:?}", log);
}
