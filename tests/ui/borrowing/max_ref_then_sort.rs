// borrowing: a reference to the maximum used after sorting
fn main() {
    let mut list = vec![3, 1, 2];
    let biggest = list.iter().max().unwrap();
    list.sort();
    println!("{}", biggest);
}
