// lifetimes: a struct built by a function outlives the string it borrows
#[derive(Debug)]
struct Config<'a> { name: &'a str }
fn build<'a>(raw: &'a String) -> Config<'a> { Config { name: raw.as_str() } }
fn main() {
    let c;
    {
        let raw = String::from("cfg");
        c = build(&raw);
    }
    println!("{:?}", c);
}
