// a mutable borrow stored in an outer vector survives into the next loop iteration
fn main() {
    let mut x = 0;
    let mut refs: Vec<&mut i32> = Vec::new();
    for _ in 0..2 {
        refs.push(&mut x);
    }
    println!("{}", refs.len());
}
