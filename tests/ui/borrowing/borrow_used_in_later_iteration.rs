// borrowing: a mutable borrow stored in a loop and used on the next iteration
fn main() {
    let mut data = vec![1, 2, 3];
    let mut keep: Vec<&mut i32> = Vec::new();
    for _ in 0..2 {
        let slot = &mut data;
        keep.push(&mut slot[0]);
    }
    println!("{}", keep.len());
}
