// `let x = &temp;` extends the temporary's life to the enclosing block
fn main() {
    let s = &String::from("hello");
    let v = &vec![1, 2, 3];
    println!("{} {:?}", s, v);
}
