// lifetimes: a temporary borrowed directly in a let lives to the end of the block
fn main() {
    let s: &str = &String::from("temp");
    println!("{}", s);
}
