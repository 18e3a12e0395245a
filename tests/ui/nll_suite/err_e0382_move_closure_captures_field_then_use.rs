// a move closure moves only the captured field; using that field later fails
struct S { name: String, tag: String }
fn main() {
    let s = S { name: String::from("n"), tag: String::from("t") };
    let f = move || s.name.len();
    println!("{}", f());
    println!("{}", s.name);
}
