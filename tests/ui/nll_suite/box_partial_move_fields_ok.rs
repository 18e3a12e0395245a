// moving disjoint fields out of a Box
struct Pair { l: String, r: String }
fn main() {
    let b = Box::new(Pair { l: String::from("L"), r: String::from("R") });
    let l = b.l;
    let r = b.r;
    println!("{}{}", l, r);
}
