fn main() {
    let total = 10i32;
    let y = *total + 1;
    println!("{}", y);
}
