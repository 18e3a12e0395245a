// borrowing: the maximum copied before sorting
fn main() {
    let mut list = vec![3, 1, 2];
    let biggest = *list.iter().max().unwrap();
    list.sort();
    println!("{}", biggest);
}
