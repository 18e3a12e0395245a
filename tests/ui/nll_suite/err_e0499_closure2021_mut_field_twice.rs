// two closures mutating the same field
struct S { n: i32, m: i32 }
fn main() {
    let mut s = S { n: 0, m: 0 };
    let mut inc = || s.n += 1;
    let mut dec = || s.n -= 1;
    inc();
    dec();
    println!("{} {}", s.n, s.m);
}
