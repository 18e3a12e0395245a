// nll_accepts: no extra block is needed to end a mutable borrow
fn main() {
    let mut stack = vec![1, 2, 3];
    let top = stack.last_mut().unwrap();
    *top += 100;
    let len = stack.len();
    println!("{} {:?}", len, stack);
}
