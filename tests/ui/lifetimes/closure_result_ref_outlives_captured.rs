// lifetimes: a reference returned by a closure borrowing an inner-scope String is used after the scope
fn main() {
    let r;
    {
        let s = String::from("x");
        let get = || &s;
        r = get();
    }
    println!("{}", r);
}
