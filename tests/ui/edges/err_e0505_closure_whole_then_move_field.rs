// a closure using the whole struct conflicts with moving one of its fields
#[derive(Debug)]
struct P { a: Vec<i32>, b: String }
fn main() {
    let p = P { a: vec![], b: String::from("b") };
    let show = || println!("{:?}", p);
    let b = p.b;
    show();
    println!("{}", b);
}
