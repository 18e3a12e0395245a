// lifetimes: a closure assigns a reference to an inner-scope local to a captured outer reference
fn main() {
    let a = String::from("a");
    let mut r: &String = &a;
    {
        let b = String::from("b");
        let mut set = || r = &b;
        set();
    }
    println!("{}", r);
}
