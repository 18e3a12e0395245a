// lifetimes: a closure parameter written `&String` is stored in a captured Vec
fn main() {
    let mut v: Vec<&String> = Vec::new();
    {
        let s = String::from("x");
        let mut add = |r: &String| v.push(r);
        add(&s);
    }
    println!("{}", v.len());
}
