// reassigning a vector while an iterator over it is alive
fn main() {
    let mut v = vec![1, 2];
    let mut total = 0;
    for x in &v {
        total += x;
        if total > 1 {
            v = Vec::new();
        }
    }
    println!("{} {:?}", total, v);
}
