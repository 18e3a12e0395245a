// a closure assigning through a captured shared reference
struct C { n: i32 }
fn main() {
    let c = C { n: 0 };
    let r = &c;
    let mut f = || r.n = 3;
    f();
    println!("{}", c.n);
}
