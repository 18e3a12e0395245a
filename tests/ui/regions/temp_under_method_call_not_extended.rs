// regions: `&temp.method()[..]`: the receiver temporary of a method call is not extended
fn main() {
    let r = &String::from("x").as_str()[..];
    println!("{}", r);
}
