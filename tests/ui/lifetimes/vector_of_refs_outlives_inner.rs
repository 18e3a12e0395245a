// lifetimes: a vector of references outlives a reference pushed into it
fn store<'a>(v: &mut Vec<&'a str>, s: &'a str) { v.push(s); }
fn main() {
    let mut v = Vec::new();
    let a = String::from("a");
    store(&mut v, &a);
    {
        let b = String::from("b");
        store(&mut v, &b);
    }
    println!("{:?}", v);
}
