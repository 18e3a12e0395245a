// lifetimes: a clone escapes a scope, the borrow does not
fn main() {
    let s;
    {
        let t = String::from("x");
        s = t.clone();
    }
    println!("{}", s);
}
