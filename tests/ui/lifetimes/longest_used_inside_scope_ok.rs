// lifetimes: a result tied to a shorter-lived argument used inside its scope
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str { if a.len() > b.len() { a } else { b } }
fn main() {
    let a = String::from("xyz");
    let r;
    {
        let b = String::from("ab");
        r = longest(&a, &b);
        println!("{}", r);
    }
}
