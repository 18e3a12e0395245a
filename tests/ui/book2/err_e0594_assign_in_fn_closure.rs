// closures: assigning to a captured variable inside a closure passed where Fn is required
fn repeat<F: Fn()>(n: u32, f: F) {
    for _ in 0..n {
        f();
    }
}

fn main() {
    let mut count = 0;
    repeat(3, || {
        count += 1;
    });
    println!("{count}");
}
