// a unique closure capture while a shared borrow of the same place lives
struct Ctr { n: i32 }
fn main() {
    let mut c = Ctr { n: 0 };
    let r = &mut c;
    let view = &r.n;
    let mut inc = || r.n += 1;
    inc();
    println!("{}", view);
}
