// after moving out of `*b` or a boxed field, assigning it back makes the box usable again
struct P { a: String, n: i32 }
fn main() {
    let mut b = Box::new(String::from("x"));
    let s = *b;
    *b = format!("{}!", s);
    let mut p = Box::new(P { a: String::from("y"), n: 1 });
    let a = p.a;
    p.a = a.to_uppercase();
    println!("{} {} {}", b, p.a, p.n);
}
