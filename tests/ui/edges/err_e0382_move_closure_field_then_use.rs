// a move closure moves only the field it uses; using that field later is an error
struct P { name: String, tag: String }
fn main() {
    let p = P { name: String::from("a"), tag: String::from("b") };
    let f = move || p.name.len();
    println!("{}", p.tag);
    println!("{} {}", f(), p.name);
}
