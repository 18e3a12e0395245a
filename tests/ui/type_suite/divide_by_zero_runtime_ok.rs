fn div(a: i32, b: i32) -> i32 { a / b }
fn main() {
    println!("{}", div(7, 2));
    let z = "0".parse::<i32>().unwrap();
    println!("{}", div(1, z));
}
