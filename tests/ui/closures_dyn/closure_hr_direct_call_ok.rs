// Called directly, a let-bound `|s| s` needs no higher-ranked signature.
fn main() {
    let f = |s| s;
    let owned = String::from("direct");
    println!("{}", f(owned.as_str()));
}
