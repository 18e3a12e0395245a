struct P { x: String, y: String }
struct W(String, i32);
fn main() {
    let mut a = String::from("a");
    let r = &a;
    P { x: a, y: _ } = P { x: String::from("x"), y: String::from("y") };
    println!("{}", r);
    let w = W(String::from("w"), 1);
    let (s, n);
    W(s, n) = w;
    println!("{} {} {}", s, n, w.0);
}
