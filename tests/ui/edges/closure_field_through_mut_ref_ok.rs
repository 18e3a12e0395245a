// a closure capturing a field through a `&mut` leaves the other fields usable
struct P { a: i32, b: i32 }
fn main() {
    let mut p = P { a: 0, b: 0 };
    let r = &mut p;
    let mut inc = || r.a += 1;
    r.b += 1;
    inc();
    println!("{} {}", p.a, p.b);
}
