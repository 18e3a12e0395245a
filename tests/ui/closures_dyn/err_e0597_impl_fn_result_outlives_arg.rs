// The result of a returned `impl Fn(&str) -> &str` borrows from an argument that is dropped.
fn first_word() -> impl Fn(&str) -> &str {
    |s| s.split_whitespace().next().unwrap_or("")
}
fn main() {
    let f = first_word();
    let r;
    {
        let s = String::from("alpha beta");
        r = f(&s);
    }
    println!("{}", r);
}
