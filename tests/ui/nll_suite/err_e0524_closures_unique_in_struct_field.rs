// two closures uniquely borrowing a field through &mut
struct Ctr { n: i32 }
fn main() {
    let mut c = Ctr { n: 0 };
    let r = &mut c;
    let mut inc = || r.n += 1;
    let mut dec = || r.n -= 1;
    inc();
    dec();
}
