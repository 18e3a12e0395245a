// lifetimes: an identity closure with an inferred parameter type returns its argument past the argument's scope
fn main() {
    let f = |x| x;
    let r;
    {
        let s = String::from("a");
        r = f(&s);
    }
    println!("{}", r);
}
