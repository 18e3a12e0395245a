// binding a 'static reference to a non-promotable temporary
fn main() {
    let n: &'static i32 = &std::env::args().count().try_into().unwrap();
    println!("{}", n);
}
