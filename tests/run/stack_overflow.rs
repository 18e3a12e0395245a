// process: unbounded recursion overflows the stack and aborts
fn depth(n: u64) -> u64 {
    if n == u64::MAX {
        return 0;
    }
    depth(n + 1) + 1
}

fn main() {
    println!("start");
    println!("{}", depth(0));
}
