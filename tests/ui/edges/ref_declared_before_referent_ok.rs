// a plain reference or a Vec of references may be declared before their referent
fn main() {
    let r;
    let mut v = Vec::new();
    let s = String::from("x");
    r = &s;
    v.push(&s);
    println!("{} {:?}", r, v);
}
