// a move closure takes the Vec; using it afterwards fails
fn main() {
    let data = vec![1, 2, 3];
    let total = move || data.iter().sum::<i32>();
    println!("{}", total());
    println!("{}", data.len());
}
