// a destructuring let: temporaries inside the initializer end with the statement
fn make() -> Option<String> { Some(String::from("t")) }
fn main() {
    let (first, n) = (make().as_ref().map(|s| s.len()), 1);
    let (kept, _) = (make().as_deref(), 2);
    println!("{:?} {} {:?}", first, n, kept);
}
