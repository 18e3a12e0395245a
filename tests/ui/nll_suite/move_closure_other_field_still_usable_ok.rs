// a move closure capturing s.name leaves s.tag usable
struct S { name: String, tag: String }
fn main() {
    let s = S { name: String::from("n"), tag: String::from("t") };
    let f = move || s.name.len();
    println!("{} {}", f(), s.tag);
}
