// `vec![&temp]` goes through a call, so the temporary is dropped at the end of the `let`
fn main() {
    let v = vec![&String::from("x")];
    println!("{:?}", v);
}
