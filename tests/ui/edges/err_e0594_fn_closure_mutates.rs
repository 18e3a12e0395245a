// a closure passed where `Fn` is required may not mutate its capture
fn twice<F: Fn()>(f: F) { f(); f(); }
fn main() {
    let mut n = 0;
    twice(|| n += 1);
    println!("{}", n);
}
