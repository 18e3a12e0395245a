// difftest (from programs/closures_and_callbacks.rs, minimized): a tuple pattern over `iter()` of a Vec of `(&'static str, i32)`
fn main() {
    let pairs = vec![("big", 1)];
    for (name, n) in pairs.iter() {
        println!("{} {}", name, n);
    }
}
