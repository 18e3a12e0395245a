// unwrap on a field behind & moves it
struct S { v: Option<String> }
fn get(s: &S) -> String { s.v.unwrap() }
fn main() {
    println!("{}", get(&S { v: Some(String::from("x")) }));
}
