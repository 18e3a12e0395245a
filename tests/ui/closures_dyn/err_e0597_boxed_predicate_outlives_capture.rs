// `Box<dyn Fn(&str) -> bool + '_>` keeps the captured string borrowed.
fn make(s: &str) -> Box<dyn Fn(&str) -> bool + '_> {
    Box::new(move |x| x == s)
}
fn main() {
    let f;
    {
        let owned = String::from("a");
        f = make(&owned);
    }
    println!("{}", f("a"));
}
