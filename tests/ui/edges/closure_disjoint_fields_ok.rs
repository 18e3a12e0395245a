// edition 2021 closures capture disjoint fields, so another field stays usable
struct P { name: String, hits: u32 }
fn main() {
    let mut p = P { name: String::from("x"), hits: 0 };
    let mut hit = || p.hits += 1;
    let n = &p.name;
    hit();
    hit();
    println!("{} {}", n, p.hits);
}
