// lifetimes: a reference into a temporary Vec kept past its statement
fn main() {
    let first: &i32 = vec![7, 8].first().unwrap();
    println!("{}", first);
}
