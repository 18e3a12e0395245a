// a temporary borrowed in a variant constructor call (`Some(&..)`) is lifetime-extended
fn main() {
    let o = Some(&String::from("x"));
    println!("{:?}", o);
}
