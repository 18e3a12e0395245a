// A `fn(&str) -> &str` pointer: the result borrows the argument, which is dropped.
fn main() {
    let f: fn(&str) -> &str = str::trim;
    let r;
    {
        let s = String::from(" a ");
        r = f(&s);
    }
    println!("{}", r);
}
