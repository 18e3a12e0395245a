// The counter is mutably borrowed by the boxed FnMut while it is still used.
fn main() {
    let mut count = 0;
    let mut inc: Box<dyn FnMut() + '_> = Box::new(|| count += 1);
    inc();
    println!("{}", count);
    inc();
}
