// lifetimes: an inner closure pushes a reference to a local that dies before the Vec is used
fn main() {
    let mut v: Vec<&String> = Vec::new();
    {
        let a = String::from("a");
        let mut outer = || { let mut inner = || v.push(&a); inner(); };
        outer();
    }
    println!("{}", v.len());
}
