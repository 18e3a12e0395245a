// two closures mutating different fields coexist
struct S { n: i32, m: i32 }
fn main() {
    let mut s = S { n: 0, m: 0 };
    let mut inc = || s.n += 1;
    let mut dec = || s.m -= 1;
    inc();
    dec();
    inc();
    println!("{} {}", s.n, s.m);
}
