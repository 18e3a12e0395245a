// lifetimes: a closure pushes a reference to a captured local into a captured Vec that outlives the local
fn main() {
    let mut v: Vec<&String> = Vec::new();
    {
        let s = String::from("x");
        let mut add = || v.push(&s);
        add();
    }
    println!("{}", v.len());
}
