// nll_accepts: a loop that pops and pushes through the same vector
fn main() {
    let mut work = vec![3];
    let mut done = Vec::new();
    while let Some(n) = work.pop() {
        if n > 0 {
            work.push(n - 1);
        }
        done.push(n);
    }
    println!("{:?}", done);
}
