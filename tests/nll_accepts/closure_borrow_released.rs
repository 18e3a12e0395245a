// nll_accepts: a closure holding a mutable capture is dead after its last call
fn main() {
    let mut hits = 0;
    let mut record = |n: i32| hits += n;
    record(2);
    record(5);
    println!("hits = {}", hits);
}
