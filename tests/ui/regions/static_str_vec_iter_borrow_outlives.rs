// regions: a tuple-pattern binding from `iter()` over a Vec of `(&'static str, i32)` outliving the Vec
fn main() {
    let first;
    {
        let pairs = vec![("big", 1), ("small", 2)];
        let (name, n) = pairs.iter().next().unwrap();
        first = n;
        println!("{}", name);
    }
    println!("{}", first);
}
