// a struct field reference needs a lifetime
struct Name { text: &str }
fn main() {
    let n = Name { text: "x" };
    println!("{}", n.text);
}
