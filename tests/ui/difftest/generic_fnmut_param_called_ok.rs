// difftest (from programs/closures_and_callbacks.rs): calling a generic `F: FnMut` parameter inside a closure
fn apply_all<F: FnMut(i32) -> i32>(items: &[i32], mut f: F) -> Vec<i32> {
    items.iter().map(|x| f(*x)).collect()
}

fn main() {
    let mut calls = 0;
    let doubled = apply_all(&[1, 2, 3], |x| {
        calls += 1;
        x * 2
    });
    println!("{:?} {}", doubled, calls);
}
