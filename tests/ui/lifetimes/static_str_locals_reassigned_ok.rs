// lifetimes: locals starting as string literals and reassigned to shorter references
struct Cfg { name: &'static str }
fn pick(b: bool) -> &'static str { let mut r = "a"; if b { r = "b"; } r }
fn main() {
    let c = Cfg { name: "x" };
    let mut best = "";
    let words = vec![String::from("abc")];
    for w in &words { if w.len() > best.len() { best = w; } }
    println!("{} {} {}", c.name, pick(true), best);
}
