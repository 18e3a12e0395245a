// `impl Fn(&str) -> &'a str + 'a`: the result borrows what the closure captured, not the argument.
fn constant<'a>(p: &'a str) -> impl Fn(&str) -> &'a str + 'a {
    move |_s| p
}
fn main() {
    let r;
    {
        let owned = String::from("p");
        let f = constant(&owned);
        r = f("x");
    }
    println!("{}", r);
}
