// a closure that mutates a field conflicts with a shared borrow of the same field
struct P { name: String, hits: u32 }
fn main() {
    let mut p = P { name: String::from("x"), hits: 0 };
    let mut hit = || p.hits += 1;
    let h = &p.hits;
    hit();
    println!("{} {}", h, p.name);
}
