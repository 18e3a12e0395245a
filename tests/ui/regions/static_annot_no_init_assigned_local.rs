// regions: `let x: &'static str;` then assigned a borrow of a local: the annotation requires 'static
fn main() {
    let s = String::from("hi");
    let x: &'static str;
    x = &s;
    println!("{}", x);
}
