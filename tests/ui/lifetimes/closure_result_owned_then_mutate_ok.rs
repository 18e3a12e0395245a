// lifetimes: a closure returns a length computed from its argument: mutating afterwards is fine
struct P { name: String }
fn main() {
    let name_of = |p: &P| p.name.len();
    let mut p = P { name: "x".into() };
    let n = name_of(&p);
    p.name.push('y');
    println!("{} {}", n, p.name);
}
