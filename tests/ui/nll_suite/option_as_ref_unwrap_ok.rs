// as_ref/as_deref avoid the move
struct S { v: Option<String> }
fn get(s: &S) -> &str { s.v.as_deref().unwrap_or("none") }
fn len(s: &S) -> usize { s.v.as_ref().map(|x| x.len()).unwrap_or(0) }
fn main() {
    let s = S { v: Some(String::from("xyz")) };
    println!("{} {}", get(&s), len(&s));
}
