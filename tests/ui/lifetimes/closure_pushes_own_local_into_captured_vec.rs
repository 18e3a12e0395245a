// lifetimes: a closure pushes a reference to its own local into a captured Vec
fn main() {
    let mut v: Vec<&String> = Vec::new();
    let mut add = || {
        let s = String::from("x");
        v.push(&s);
    };
    add();
    println!("{}", v.len());
}
