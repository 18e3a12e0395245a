// a value only assigned on some loop paths
fn main() {
    let found: usize;
    let v = [3, 5, 7];
    for (i, x) in v.iter().enumerate() {
        if *x == 5 { found = i; break; }
    }
    println!("{}", found);
}
