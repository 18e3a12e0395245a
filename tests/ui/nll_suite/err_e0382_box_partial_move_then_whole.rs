// after moving a field out of a Box, the box cannot be used whole
struct Pair { l: String, r: String }
fn show(p: &Pair) -> usize { p.l.len() + p.r.len() }
fn main() {
    let b = Box::new(Pair { l: String::from("L"), r: String::from("R") });
    let l = b.l;
    println!("{} {}", l, show(&b));
}
