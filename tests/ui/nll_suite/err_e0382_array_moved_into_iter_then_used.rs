// the array is moved by a by-value for loop
fn main() {
    let arr = [String::from("a")];
    for s in arr { println!("{}", s); }
    println!("{}", arr.len());
}
