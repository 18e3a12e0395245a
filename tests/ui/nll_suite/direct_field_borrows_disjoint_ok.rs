// borrowing fields directly (not via methods) is disjoint
struct Doc { title: String, hits: u32 }
fn main() {
    let mut d = Doc { title: String::from("t"), hits: 0 };
    let t = &d.title;
    d.hits += 1;
    println!("{} {}", t, d.hits);
}
