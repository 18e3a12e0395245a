// assigning a field of a never-initialized struct binding
struct P { a: i32, b: i32 }
fn main() {
    let mut p: P;
    p.a = 1;
    p.b = 2;
    println!("{}", p.a + p.b);
}
